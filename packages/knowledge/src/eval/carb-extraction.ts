/**
 * CaRB's data model and gold reader, mirrored from CaRB (github.com/dair-iitd/CaRB, MIT):
 * oie_readers/extraction.py (one predicate, its arguments, a confidence), oie_readers/goldReader.py
 * (the gold TSV) and carb.py's `normalizeKey` (how a sentence is looked up). Written from our reading
 * of that code, not copied.
 */

/** One Open IE tuple: `relation(args[0], args[1], ...)`, as CaRB's `Extraction` holds it. */
export interface CarbExtraction {
  relation: string;
  args: string[];
  /** any number; CaRB sweeps every distinct value as a threshold. Gold tuples have 1. */
  confidence: number;
}

/** Extractions by sentence, keyed by the sentence as written (normalised only when scoring). */
export type CarbExtractions = Map<string, CarbExtraction[]>;

/**
 * Reads CaRB's gold TSV: `sentence \t relation \t arg1 \t arg2 ...`. Like goldReader.py, an argument
 * that contains "C: " (a context, e.g. "C: if it rains") is dropped, and every gold tuple has
 * confidence 1.
 */
export function parseCarbGold(tsv: string): CarbExtractions {
  const gold: CarbExtractions = new Map();
  for (const line of tsv.split('\n')) {
    // goldReader.py reads every line; a trailing empty line would make an empty-sentence tuple
    // there too, but CaRB's files end with one newline, so skipping blanks changes nothing.
    if (line.trim() === '') continue;
    const [sentence = '', relation = '', ...args] = line.trim().split('\t');
    const extraction: CarbExtraction = {
      relation: relation.trim(),
      args: args.filter((arg) => !arg.includes('C: ')).map((arg) => arg.trim()),
      confidence: 1,
    };
    const key = sentence.trim();
    const list = gold.get(key);
    if (list) list.push(extraction);
    else gold.set(key, [extraction]);
  }
  return gold;
}

/** Python's `string.punctuation`, which carb.py's `removePunct` deletes. */
const PYTHON_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Penn Treebank bracket escapes that carb.py's `PTB_unescape` turns back into brackets. */
const PTB_ESCAPES: readonly (readonly [string, string])[] = [
  ['(', '-LRB-'],
  [')', '-RRB-'],
  ['[', '-LSB-'],
  [']', '-RSB-'],
  ['{', '-LCB-'],
  ['}', '-RCB-'],
];

/**
 * carb.py's `normalizeKey`: spaces removed, PTB escapes undone, ASCII punctuation removed, so a
 * system that tokenises differently still meets the gold sentence.
 */
export function carbSentenceKey(sentence: string): string {
  let key = sentence.replaceAll(' ', '');
  for (const [bracket, escape] of PTB_ESCAPES) key = key.replaceAll(escape, bracket);
  return key.replace(PYTHON_PUNCTUATION, '');
}

/** carb.py's `normalizeDict`: later sentences with the same key replace earlier ones, as in a dict. */
export function normalizeCarbExtractions(
  extractions: CarbExtractions,
): Map<string, CarbExtraction[]> {
  const normalized = new Map<string, CarbExtraction[]>();
  for (const [sentence, list] of extractions) normalized.set(carbSentenceKey(sentence), list);
  return normalized;
}
