/**
 * A nickname in quotation marks between a person's names is part of the name: 'Charalambos " Bambos "
 * Xanthos', 'William Mailes " Cowboy " Cowley'. The CRF splits it into two people and a MISC (and
 * the quoted-title step reads the nickname as a title); the whole is one PERSON.
 */
import type { NlpAnalysis } from '../corenlp/types.ts';
import type { Candidate } from './candidate.ts';
import { isCapitalized } from './name-shape.ts';

const QUOTES = new Set(['``', "''", '"', '“', '”', '„', '«', '»']);
const MAX_NICKNAME_TOKENS = 3;

export function joinNicknames(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
  const result: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const person = sorted[i]!;
    const tokens = analysis.sentences[person.sentence]!.tokens;
    const open = person.end;
    const close = tokens.findIndex((t, k) => k > open && QUOTES.has(t.word));
    const nickname = tokens.slice(open + 1, close);
    const surname =
      close === -1
        ? undefined
        : sorted.find(
            (c) => c.sentence === person.sentence && c.first === close + 1 && c.type === 'PERSON',
          );
    if (
      person.type === 'PERSON' &&
      QUOTES.has(tokens[open]?.word ?? '') &&
      surname &&
      nickname.length > 0 &&
      nickname.length <= MAX_NICKNAME_TOKENS &&
      nickname.every((t) => isCapitalized(t.word))
    ) {
      result.push({ ...person, end: surname.end, rule: 'nickname' });
      // the nickname's own candidate, if any, and the surname's are inside the joined name
      while (
        sorted[i + 1] &&
        sorted[i + 1]!.sentence === person.sentence &&
        sorted[i + 1]!.first < surname.end
      )
        i++;
    } else result.push(person);
  }
  return result;
}
