/**
 * WikiGold is already tokenized. The NER under test reads running text, so each document becomes
 * one text: a sentence's tokens joined by single spaces, sentences separated by a blank line (which
 * CoreNLP's sentence splitter always honours). Predicted entities come back as character spans and
 * are mapped to the tokens they overlap; the tokens then get `I-<type>` tags (`B-` where two
 * entities of one type touch) and are read back into spans like the gold tags, so both sides go
 * through the same span reading.
 */
import type { NamedEntityType } from '../types.ts';
import type { ConllDocument } from './conll-reader.ts';
import { spansFromTags, type TokenSpan } from './conll.ts';

export interface DocumentText {
  text: string;
  /** tokenOffsets[sentence][token] = [start, end) in text */
  tokenOffsets: [number, number][][];
}

export interface CharSpan {
  start: number;
  end: number;
  type: string;
}

export function documentText(document: ConllDocument): DocumentText {
  let text = '';
  const tokenOffsets: [number, number][][] = [];
  document.sentences.forEach((sentence, i) => {
    if (i > 0) text += '\n\n';
    const offsets: [number, number][] = [];
    sentence.tokens.forEach((token, j) => {
      if (j > 0) text += ' ';
      offsets.push([text.length, text.length + token.length]);
      text += token;
    });
    tokenOffsets.push(offsets);
  });
  return { text, tokenOffsets };
}

/** Per sentence, the token spans of the predicted character spans (the earlier one wins a token). */
export function tokenSpansOf(
  layout: DocumentText,
  predictions: readonly CharSpan[],
): TokenSpan[][] {
  const sorted = [...predictions].sort((a, b) => a.start - b.start);
  return layout.tokenOffsets.map((offsets) => {
    const tags = offsets.map(() => 'O');
    for (const prediction of sorted) {
      const covered = offsets
        .map(([start, end], t) => ({
          t,
          overlaps: start < prediction.end && end > prediction.start,
        }))
        .filter(({ t, overlaps }) => overlaps && tags[t] === 'O')
        .map(({ t }) => t);
      covered.forEach((t, k) => {
        const touchesSameType = k === 0 && t > 0 && tags[t - 1] === `I-${prediction.type}`;
        tags[t] = `${touchesSameType ? 'B' : 'I'}-${prediction.type}`;
      });
    }
    return spansFromTags(tags);
  });
}

export function goldTokenSpans(document: ConllDocument): TokenSpan[][] {
  return document.sentences.map((s) => spansFromTags(s.tags));
}

const CONLL_TYPE: Record<NamedEntityType, string> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  LOCATION: 'LOC',
  MISC: 'MISC',
};

/** PERSON -> PER, ORGANIZATION -> ORG, LOCATION -> LOC, MISC -> MISC */
export function conllType(type: NamedEntityType): string {
  return CONLL_TYPE[type];
}

/**
 * Per sentence, the spans read from per-token labels (a tagger's output, e.g. CoreNLP's token NER
 * tags): each gold token takes the type of the first labelled token overlapping it, as `I-<type>`,
 * and the tags are read like a CoNLL file (touching tokens of one type are one entity).
 */
export function tokenTagSpans(layout: DocumentText, labelled: readonly CharSpan[]): TokenSpan[][] {
  const sorted = [...labelled].sort((a, b) => a.start - b.start);
  return layout.tokenOffsets.map((offsets) =>
    spansFromTags(
      offsets.map(([start, end]) => {
        const label = sorted.find((l) => l.start < end && l.end > start);
        return label ? `I-${label.type}` : 'O';
      }),
    ),
  );
}
