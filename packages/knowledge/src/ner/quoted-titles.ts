/**
 * Titles of works in quotation marks (songs, albums, books, films: '" Some Other Son "') are MISC
 * in CoNLL. The CRF rarely tags them, or tags a word inside as a person or place ("Occam 's Razor").
 * A short quoted phrase that starts with a capital and holds a capitalized word after it, or is one
 * capitalized proper noun, becomes one MISC entity replacing whatever was inside.
 */
import type { NlpAnalysis, NlpToken } from '../corenlp/types.ts';
import { replaceInside, type Candidate } from './candidate.ts';
import { isCapitalized } from './name-shape.ts';

const OPENING = new Set(['``', '"', '“', '„', '«', '‘']);
const CLOSING = new Set(["''", '"', '”', '“', '»', '’']);
const MAX_TITLE_TOKENS = 8;
const RULE_CONFIDENCE = 0.6;

export function tagQuotedTitles(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const titles: Candidate[] = [];
  analysis.sentences.forEach((sentence, s) => {
    const tokens = sentence.tokens;
    tokens.forEach((token, open) => {
      if (!OPENING.has(token.word)) return;
      const close = tokens.findIndex((t, k) => k > open && CLOSING.has(t.word));
      if (close === -1 || close - open - 1 < 1 || close - open - 1 > MAX_TITLE_TOKENS) return;
      if (!looksLikeTitle(tokens.slice(open + 1, close))) return;
      titles.push({
        sentence: s,
        first: open + 1,
        end: close,
        type: 'MISC',
        confidence: RULE_CONFIDENCE,
        rule: 'quoted-title',
      });
    });
  });
  return replaceInside(candidates, titles);
}

function looksLikeTitle(words: readonly NlpToken[]): boolean {
  const first = words[0]!;
  if (!isCapitalized(first.word)) return false;
  if (words.length === 1) return true;
  return words.slice(1).some((w) => isCapitalized(w.word));
}
