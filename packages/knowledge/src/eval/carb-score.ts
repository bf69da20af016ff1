/**
 * CaRB's scoring, mirrored from carb.py's `Benchmark.compare` (github.com/dair-iitd/CaRB, MIT; written
 * from our reading of it, not copied): every distinct predicted confidence is a threshold; at each,
 * recall is the sum over gold tuples of their best match recall among the sentence's predictions at
 * or above it, and precision a greedy one-to-one matching of gold and predicted tuples by match
 * precision. CaRB prints the area under that precision-recall curve and the (precision, recall,
 * F1) point with the best F1; papers quote that best F1 as "CaRB F1".
 */
import type { CarbExtraction, CarbExtractions } from './carb-extraction.ts';
import { normalizeCarbExtractions } from './carb-extraction.ts';
import type { CarbMatchScore } from './carb-match.ts';
import { carbMatch } from './carb-match.ts';

export interface CarbCurvePoint {
  confidence: number;
  precision: number;
  recall: number;
}

export interface CarbScore {
  /** area under the precision-recall curve, with (recall 0, precision 1) added, as CaRB prints it */
  auc: number;
  /** the threshold with the best F1 (CaRB's "Optimal (precision, recall, F1)"); zeros when nothing was predicted */
  precision: number;
  recall: number;
  f1: number;
  /** the curve, one point per distinct confidence, lowest threshold first */
  curve: CarbCurvePoint[];
}

/** carb.py's `f1`; NaN when both are 0, as numpy gives there (and nanargmax skips). */
function f1Of(precision: number, recall: number): number {
  return (2 * precision * recall) / (precision + recall);
}

/** The greedy one-to-one precision matching of carb.py, over the predictions in `columns`. */
function greedyPrecision(scores: readonly CarbMatchScore[][], columns: readonly number[]): number {
  const takenRows = new Set<number>();
  const takenColumns = new Set<number>();
  let total = 0;
  for (let t = 0; t < Math.min(scores.length, columns.length); t += 1) {
    let bestRow = -1;
    let bestColumn = -1;
    // below 0 so that a pair scoring 0 is still taken, as in carb.py
    let best = -1;
    scores.forEach((row, i) => {
      if (takenRows.has(i)) return;
      for (const j of columns) {
        if (takenColumns.has(j)) continue;
        const precision = row[j]?.[0] ?? 0;
        if (precision > best) {
          best = precision;
          bestRow = i;
          bestColumn = j;
        }
      }
    });
    takenRows.add(bestRow);
    takenColumns.add(bestColumn);
    total += best;
  }
  return total;
}

/** Adds `value` to `array[from..to)`, as numpy's `a[from:to] += value`. */
function addRange(array: number[], from: number, to: number, value: number): void {
  for (let k = from; k < Math.min(to, array.length); k += 1) array[k] = (array[k] ?? 0) + value;
}

/** Scores `predicted` against `gold` as CaRB's default command line does (binary lenient match). */
export function scoreCarb(gold: CarbExtractions, predicted: CarbExtractions): CarbScore {
  const goldBySentence = normalizeCarbExtractions(gold);
  const predictedBySentence = normalizeCarbExtractions(predicted);

  const thresholds = [
    ...new Set([...predictedBySentence.values()].flat().map((e) => e.confidence)),
  ].sort((a, b) => a - b);
  const thresholdIndex = new Map(thresholds.map((confidence, k) => [confidence, k]));
  const precisionHits = thresholds.map(() => 0);
  const precisionTotal = thresholds.map(() => 0);
  const recallHits = thresholds.map(() => 0);
  const recallTotal = thresholds.map(() => 0);

  for (const [sentence, goldTuples] of goldBySentence) {
    const predictions: CarbExtraction[] = predictedBySentence.get(sentence) ?? [];
    const scores = goldTuples.map((g) => predictions.map((p) => carbMatch(g, p)));
    let previous = 0;
    // Each prediction's confidence in turn: what the sentence contributes at every threshold up
    // to it (thresholds between the previous one and this one select the same predictions).
    for (const confidence of predictions.map((p) => p.confidence).sort((a, b) => a - b)) {
      const c = thresholdIndex.get(confidence) ?? 0;
      const selected = predictions.flatMap((p, j) => (p.confidence >= confidence ? [j] : []));
      let recall = 0;
      for (const row of scores) recall += Math.max(0, ...selected.map((j) => row[j]?.[1] ?? 0));
      addRange(precisionHits, previous, c + 1, greedyPrecision(scores, selected));
      addRange(precisionTotal, previous, c + 1, selected.length);
      addRange(recallHits, previous, c + 1, recall);
      addRange(recallTotal, previous, c + 1, scores.length);
      previous = c + 1;
    }
    // Thresholds above the sentence's highest confidence select nothing of it: its gold tuples
    // still count in recall's denominator.
    addRange(recallTotal, previous, thresholds.length, scores.length);
  }

  const curve = thresholds.map((confidence, k) => ({
    confidence,
    precision:
      (precisionTotal[k] ?? 0) > 0 ? (precisionHits[k] ?? 0) / (precisionTotal[k] ?? 1) : 1,
    recall: (recallTotal[k] ?? 0) > 0 ? (recallHits[k] ?? 0) / (recallTotal[k] ?? 1) : 0,
  }));
  return { ...bestF1(curve), auc: areaUnderCurve(curve), curve };
}

/** numpy's nanargmax over the F1 of each point: the first best, NaN skipped; zeros if none. */
function bestF1(curve: readonly CarbCurvePoint[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  let best: { precision: number; recall: number; f1: number } | undefined;
  for (const point of curve) {
    const f1 = f1Of(point.precision, point.recall);
    if (Number.isNaN(f1)) continue;
    if (best === undefined || f1 > best.f1)
      best = { precision: point.precision, recall: point.recall, f1 };
  }
  return best ?? { precision: 0, recall: 0, f1: 0 };
}

/**
 * sklearn's `auc(recall, precision)` over the curve in threshold order plus (0, 1): the trapezoid
 * rule; recall falls as the threshold rises, so the signed area is negated as sklearn does for a
 * decreasing x. 0 when nothing was predicted, as carb.py returns.
 */
function areaUnderCurve(curve: readonly CarbCurvePoint[]): number {
  if (curve.length === 0) return 0;
  const points = [...curve, { confidence: Infinity, precision: 1, recall: 0 }];
  let area = 0;
  for (let k = 1; k < points.length; k += 1) {
    const a = points[k - 1];
    const b = points[k];
    if (a && b) area += ((b.recall - a.recall) * (a.precision + b.precision)) / 2;
  }
  return -area;
}
