/**
 * Sentences for text the NLP service does not analyse (the fallback, pattern-only languages):
 * Intl.Segmenter's sentence boundaries for the language, whitespace trimmed off each end, and any
 * sentence longer than the cap cut at the last whitespace before it (or hard at the cap when there
 * is none), so one run-on "sentence" from a table or a PDF cannot make co-occurrence meaningless.
 */
import type { Span } from '../types.ts';

/** About 150 tokens of ordinary prose, the NLP service's own sentence cap. */
export const MAX_SENTENCE_CHARS = 1_000;

export interface SplitSentences {
  sentences: Span[];
  /** sentences longer than the cap, each cut into several */
  capped: number;
}

function segmenterFor(language: string | null): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language ?? undefined, { granularity: 'sentence' });
  } catch {
    // an invalid language tag falls back to the default locale's rules, which suit most scripts
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

/** The span without surrounding whitespace, or null when it is only whitespace. */
function trimmed(text: string, start: number, end: number): Span | null {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text.charAt(from))) from += 1;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

function cutToCap(text: string, span: Span, maxChars: number): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > maxChars) {
    const window = text.slice(start, start + maxChars);
    const lastSpace = window.search(/\s\S*$/u);
    const cut = lastSpace > 0 ? start + lastSpace : start + maxChars;
    const piece = trimmed(text, start, cut);
    if (piece !== null) pieces.push(piece);
    start = cut;
  }
  const rest = trimmed(text, start, span.end);
  if (rest !== null) pieces.push(rest);
  return pieces;
}

export function splitSentences(
  text: string,
  language: string | null,
  maxChars: number = MAX_SENTENCE_CHARS,
): SplitSentences {
  const sentences: Span[] = [];
  let capped = 0;
  for (const segment of segmenterFor(language).segment(text)) {
    const span = trimmed(text, segment.index, segment.index + segment.segment.length);
    if (span === null) continue;
    if (span.end - span.start <= maxChars) {
      sentences.push(span);
    } else {
      capped += 1;
      sentences.push(...cutToCap(text, span, maxChars));
    }
  }
  return { sentences, capped };
}
