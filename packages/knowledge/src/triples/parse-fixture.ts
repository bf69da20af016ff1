/**
 * Hand-written dependency parses for the unit tests, one line per token as CoNLL-U reads:
 * `word POS head relation` (head 0 for the root). Offsets are found by locating each word in the
 * text in turn, so a fixture reads like the sentence it parses.
 */
import type { NlpSentence, NlpToken } from '../corenlp/types.ts';

export function parsedSentence(text: string, lines: readonly string[]): NlpSentence {
  const tokens: NlpToken[] = [];
  const dependencies: NlpSentence['dependencies'] = [];
  let cursor = 0;
  lines.forEach((line, k) => {
    const [word = '', pos = '', head = '0', relation = 'dep'] = line.trim().split(/\s+/);
    const start = text.indexOf(word, cursor);
    if (start < 0) throw new Error(`"${word}" is not in the text after offset ${cursor}`);
    cursor = start + word.length;
    tokens.push({ index: k + 1, word, start, end: cursor, pos });
    dependencies.push({ relation, governor: Number(head), dependent: k + 1 });
  });
  const first = tokens[0];
  const last = tokens.at(-1);
  return { start: first?.start ?? 0, end: last?.end ?? 0, tokens, dependencies };
}
