/**
 * The CoNLL named-entity scorer (as conlleval counts): a predicted entity is correct only when its
 * token span AND its type equal a gold entity's; precision, recall and F1 over all entities and per
 * type. Spans are read from tag sequences the way conlleval reads IOB1 (WikiGold's and CoNLL-2003's
 * format: `I-X` continues an X entity, `B-X` starts a new one next to another X), which also reads
 * IOB2 correctly.
 */
export interface TokenSpan {
  /** first token, 0-based */
  start: number;
  /** one past the last token */
  end: number;
  type: string;
}

export interface PrecisionRecall {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllScore {
  overall: PrecisionRecall;
  byType: Record<string, PrecisionRecall>;
}

/** Entity spans of one sentence's tags ('O', 'I-PER', 'B-LOC', ...; anything unprefixed is O). */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, index) => {
    const match = /^([BI])-(.+)$/u.exec(tag);
    if (!match) {
      open = undefined;
      return;
    }
    const [, prefix, type] = match as unknown as [string, 'B' | 'I', string];
    if (open && open.type === type && prefix === 'I') {
      open.end = index + 1;
      return;
    }
    open = { start: index, end: index + 1, type };
    spans.push(open);
  });
  return spans;
}

/**
 * Scores sentence by sentence: `gold[i]` and `predicted[i]` are the spans of the same sentence.
 * A boundary error is both a false positive and a false negative, as in conlleval.
 */
export function scoreConll(
  gold: readonly (readonly TokenSpan[])[],
  predicted: readonly (readonly TokenSpan[])[],
): ConllScore {
  if (gold.length !== predicted.length) {
    throw new Error(`${gold.length} gold sentences but ${predicted.length} predicted`);
  }
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const countsOf = (type: string) => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  gold.forEach((goldSpans, i) => {
    const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(goldSpans.map(key));
    const predictedKeys = new Set((predicted[i] ?? []).map(key));
    for (const s of goldSpans) countsOf(s.type)[predictedKeys.has(key(s)) ? 'tp' : 'fn'] += 1;
    for (const s of predicted[i] ?? []) if (!goldKeys.has(key(s))) countsOf(s.type).fp += 1;
  });
  const total = { tp: 0, fp: 0, fn: 0 };
  const byType: Record<string, PrecisionRecall> = {};
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    byType[type] = precisionRecall(c.tp, c.fp, c.fn);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { overall: precisionRecall(total.tp, total.fp, total.fn), byType };
}

function precisionRecall(tp: number, fp: number, fn: number): PrecisionRecall {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}
