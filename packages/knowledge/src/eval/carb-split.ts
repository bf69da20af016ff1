/**
 * The fixed split of CaRB's dev set that keeps the triple extractor honest: every third sentence
 * (line numbers 3, 6, 9, ... of carb-dev-sentences.txt, counting from 1) is held out and only ever
 * scored; the others are the development part that the extractor's rules were looked at against.
 * Benchmarks report the held-out part, and the whole set only for reference.
 */
import type { CarbExtractions } from './carb-extraction.ts';
import { carbSentenceKey } from './carb-extraction.ts';

export type CarbPart = 'development' | 'held-out' | 'all';

/** Whether the sentence at 0-based `lineIndex` of the sentence file is held out. */
export function isHeldOutCarbLine(lineIndex: number): boolean {
  return lineIndex % 3 === 2;
}

/** The sentences of the sentence file (one a line) that belong to `part`, in file order. */
export function carbSentences(sentenceFile: string, part: CarbPart): string[] {
  const lines = sentenceFile.split('\n').filter((line) => line.trim() !== '');
  return lines.filter(
    (_, index) => part === 'all' || isHeldOutCarbLine(index) === (part === 'held-out'),
  );
}

/** The gold tuples of the given sentences only, so that a part is scored against its own gold. */
export function goldForSentences(
  gold: CarbExtractions,
  sentences: readonly string[],
): CarbExtractions {
  const wanted = new Set(sentences.map(carbSentenceKey));
  return new Map([...gold].filter(([sentence]) => wanted.has(carbSentenceKey(sentence))));
}
