import type { SentenceContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { retext } from 'retext';
import retextKeywords from 'retext-keywords';
import retextPos from 'retext-pos';
import { normalisePhrase } from './phrases.ts';

/** A phrase found in a piece of text, with offsets into that text. */
export interface LocalPhrase {
  phrase: string;
  score: number;
  start: number;
  end: number;
}

/**
 * Measured here on 10,000-character Factbook chunks: about 6-12 ms warm (parse + POS tagging +
 * scoring), so whole chunks are analysed. This cap only guards against an oversized chunk (the
 * pipeline's chunks are far smaller); text past it is not searched for phrases.
 */
export const MAX_ANALYSED_CHARS = 50_000;

/** Ask retext for more than we keep: some of its phrases fail the phrase rules. */
const CANDIDATES = 30;

// Numerals are tagged NN by the POS tagger, so "two German states" arrives with its count.
const NUMBER_WORDS = new Set([
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['eleven', 'twelve', 'dozen', 'hundred', 'hundreds', 'thousand', 'thousands'],
  ...['million', 'millions', 'billion', 'billions'],
]);

const POSSESSIVE = /['’]s$/u;

const processor = retext().use(retextPos).use(retextKeywords, { maximum: CANDIDATES });

/** Key phrases of English text: nouns and capitalised adjectives, grouped by stem (retext). */
export function englishKeyPhrases(text: string, limit: number): LocalPhrase[] {
  const file = processor.processSync(text.slice(0, MAX_ANALYSED_CHARS));
  const phrases: LocalPhrase[] = [];
  const seen = new Set<string>();
  for (const keyphrase of file.data.keyphrases ?? []) {
    // retext scores a stemmed phrase over all its matches; its first match gives the spelling
    // and the provenance offsets.
    const match = keyphrase.matches[0];
    if (!match) continue;
    const nodes = trimNumbers(match.nodes);
    const first = nodes[0]?.position?.start.offset;
    let last = nodes.at(-1)?.position?.end.offset;
    if (first === undefined || last === undefined) continue;
    let raw = toString(nodes);
    // "Burkina Faso’s" is the same phrase as "Burkina Faso"; the tokenizer keeps the 's on the word.
    const possessive = POSSESSIVE.exec(raw);
    if (possessive) {
      raw = raw.slice(0, possessive.index);
      last -= possessive[0].length;
    }
    const phrase = normalisePhrase(raw);
    if (!phrase || seen.has(phrase.toLowerCase())) continue;
    seen.add(phrase.toLowerCase());
    phrases.push({ phrase, score: keyphrase.score, start: first, end: last });
    if (phrases.length >= limit) break;
  }
  return phrases;
}

function trimNumbers(nodes: readonly SentenceContent[]): SentenceContent[] {
  let from = 0;
  let to = nodes.length;
  const skip = (node: SentenceContent | undefined) =>
    node !== undefined &&
    (node.type === 'WhiteSpaceNode' ||
      node.type === 'PunctuationNode' ||
      (node.type === 'WordNode' && isNumber(toString(node))));
  while (from < to && skip(nodes[from])) from++;
  while (to > from && skip(nodes[to - 1])) to--;
  return nodes.slice(from, to);
}

function isNumber(word: string): boolean {
  return /^[\d.,]+$/u.test(word) || NUMBER_WORDS.has(word.toLowerCase());
}
