/**
 * Builds an NlpAnalysis by hand for the unit tests: sentences of `word/POS/NER` items separated by
 * spaces, mentions from the runs of tagged tokens (as CoreNLP's entity-mention annotator makes them).
 */
import { namedEntityTypeOf } from '../corenlp/entity-types.ts';
import type { NlpAnalysis, NlpEntityMention, NlpSentence } from '../corenlp/types.ts';

export function analysisOf(...sentences: string[]): { text: string; analysis: NlpAnalysis } {
  let text = '';
  const built: NlpSentence[] = [];
  const mentions: NlpEntityMention[] = [];
  for (const sentence of sentences) {
    if (text) text += ' ';
    const tokens = sentence.split(' ').map((item, k) => {
      const [word = '', pos = 'NN', ner = 'O'] = item.split('/');
      if (k > 0) text += ' ';
      const start = text.length;
      text += word;
      return { index: k + 1, word, start, end: text.length, pos, ner };
    });
    built.push({ start: tokens[0]!.start, end: tokens.at(-1)!.end, tokens, dependencies: [] });
    for (let i = 0; i < tokens.length;) {
      const type = namedEntityTypeOf(tokens[i]!.ner);
      let j = i + 1;
      while (type && j < tokens.length && tokens[j]!.ner === tokens[i]!.ner) j++;
      if (type) {
        const start = tokens[i]!.start;
        const end = tokens[j - 1]!.end;
        mentions.push({ start, end, text: text.slice(start, end), type, confidence: 0.9 });
      }
      i = j;
    }
  }
  return { text, analysis: { language: 'en', sentences: built, mentions, cappedSentences: 0 } };
}
