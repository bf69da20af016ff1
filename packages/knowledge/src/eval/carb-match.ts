/**
 * CaRB's default tuple matcher, `Matcher.binary_linient_tuple_match` in CaRB's matcher.py (the one
 * carb.py uses when no match flag is given, and the one papers report as "CaRB F1"). Written from our
 * reading of that code, not copied. Words are whitespace-separated and compared exactly: the
 * matcher's ignoreCase/ignoreStopwords flags are passed but not used by this match in CaRB.
 */
import type { CarbExtraction } from './carb-extraction.ts';

/** [precision, recall] of one predicted tuple against one gold tuple; [0, 0] when they do not match. */
export type CarbMatchScore = readonly [precision: number, recall: number];

const NO_MATCH: CarbMatchScore = [0, 0];

/** Python's `str.split()` without arguments: runs of whitespace separate, no empty words. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** How many gold words the predicted words contain, each predicted word used once (mutates `predicted`). */
function consumeMatches(gold: readonly string[], predicted: string[]): number {
  let matching = 0;
  for (const word of gold) {
    const at = predicted.indexOf(word);
    if (at >= 0) {
      matching += 1;
      predicted.splice(at, 1);
    }
  }
  return matching;
}

const FORMS_OF_BE = ['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being'];

/**
 * matcher.py's `linient_tuple_match`: word overlap of the relation and of each gold argument in
 * turn. No relation word in common, or a predicted tuple with fewer than the gold's first two
 * arguments, is no match. Predicted arguments beyond the gold's count are not counted.
 */
export function lenientTupleMatch(gold: CarbExtraction, predicted: CarbExtraction): CarbMatchScore {
  let precisionHits = 0;
  let precisionWords = 0;
  let recallHits = 0;
  let recallWords = 0;

  const goldRelation = words(gold.relation);
  const predictedRelation = words(predicted.relation);
  precisionWords += predictedRelation.length;
  recallWords += goldRelation.length;
  let matching = consumeMatches(goldRelation, predictedRelation);
  // A predicted "be" left over matches one form of "be" in the gold relation (matcher.py checks
  // the whole gold relation, words already matched included).
  if (predictedRelation.includes('be')) {
    const form = FORMS_OF_BE.find((candidate) => goldRelation.includes(candidate));
    if (form !== undefined) {
      matching += 1;
      predictedRelation.splice(predictedRelation.indexOf('be'), 1);
    }
  }
  if (matching === 0) return NO_MATCH;
  precisionHits += matching;
  recallHits += matching;

  for (let i = 0; i < gold.args.length; i += 1) {
    const goldWords = words(gold.args[i] ?? '');
    recallWords += goldWords.length;
    const predictedArg = predicted.args[i];
    if (predictedArg === undefined) {
      if (i < 2) return NO_MATCH;
      continue;
    }
    const predictedWords = words(predictedArg);
    precisionWords += predictedWords.length;
    const hits = consumeMatches(goldWords, predictedWords);
    precisionHits += hits;
    recallHits += hits;
  }

  return [
    precisionWords === 0 ? 0 : precisionHits / precisionWords,
    recallWords === 0 ? 0 : recallHits / recallWords,
  ];
}

/** Arguments after the first joined into one, as `binary_linient_tuple_match` does to both sides. */
function binarized(extraction: CarbExtraction): CarbExtraction {
  if (extraction.args.length < 2) return extraction;
  return { ...extraction, args: [extraction.args[0] ?? '', extraction.args.slice(1).join(' ')] };
}

/** Substrings of the gold relation that make it a "said"-type tuple (matcher.py's `said_type_reln`). */
const SAID_VERBS = ['said', 'told', 'added', 'adds', 'says'];

/** Python's max() of two [p, r] lists: lexicographic, the first wins a tie. */
function lexicographicMax(a: CarbMatchScore, b: CarbMatchScore): CarbMatchScore {
  if (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1])) return b;
  return a;
}

/**
 * `binary_linient_tuple_match`: both tuples reduced to (arg1; relation; rest of the arguments), then
 * matched leniently. When the gold relation contains a "said" verb, the predicted tuple may also
 * match with subject and object swapped ("X, he said" vs "he said X"); the better score counts.
 */
export function carbMatch(gold: CarbExtraction, predicted: CarbExtraction): CarbMatchScore {
  const goldBinary = binarized(gold);
  const straight = lenientTupleMatch(goldBinary, binarized(predicted));
  if (!SAID_VERBS.some((verb) => gold.relation.includes(verb))) return straight;
  const swapped =
    predicted.args.length >= 2
      ? { ...predicted, args: [predicted.args.slice(1).join(' '), predicted.args[0] ?? ''] }
      : predicted;
  return lexicographicMax(straight, lenientTupleMatch(goldBinary, swapped));
}
