// A document with 10,000 mentions must be extracted in one piece, without quadratic work: the
// test asserts completeness and correctness and reports the time, but does not time-limit it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NlpAnalyser, NlpEntityMention } from '../corenlp/types.ts';
import type { NamedEntityType } from '../types.ts';
import { extractDocumentKnowledge } from './extract.ts';
import { fakeNlp } from './fake-services.ts';
import { documentOf } from './test-documents.ts';

const SENTENCES = 2_500;
const PER_CHUNK = 100;
const PEOPLE = 499; // odd, so each person appears both with the full name and the surname alone

const TYPE_OF_NAME: Array<[RegExp, NamedEntityType]> = [
  [/^Anna/u, 'PERSON'],
  [/^Berg/u, 'PERSON'],
  [/^Company/u, 'ORGANIZATION'],
  [/^Town/u, 'LOCATION'],
];

/** Tags "Anna7 Berg7", "Berg7", "Company3", "Town9" by shape, in linear time. */
function shapeTagger(): NlpAnalyser {
  const sentencesOnly = fakeNlp({});
  return {
    ready: () => Promise.resolve(true),
    analyse: async (text, language, options) => {
      const analysis = await sentencesOnly.analyse(text, language, options);
      const mentions: NlpEntityMention[] = [];
      for (const match of text.matchAll(/\b(?:Anna\d+ Berg\d+|Berg\d+|Company\d+|Town\d+)\b/gu)) {
        const type = TYPE_OF_NAME.find(([shape]) => shape.test(match[0]))?.[1] ?? 'MISC';
        mentions.push({
          start: match.index,
          end: match.index + match[0].length,
          text: match[0],
          type,
          confidence: 0.9,
        });
      }
      return { ...analysis, mentions };
    },
  };
}

function sentence(index: number): string {
  const person = index % PEOPLE;
  const name = index % 2 === 0 ? `Anna${person} Berg${person}` : `Berg${person}`;
  return `${name} met Company${index % 300} in Town${index % 50} and wrote to user${index}@example.com. `;
}

test('a document with 10,000 mentions is extracted whole and correctly', async (t) => {
  const parts: Array<[string, string]> = [];
  for (let first = 0; first < SENTENCES; first += PER_CHUNK) {
    let part = '';
    for (let index = first; index < first + PER_CHUNK; index += 1) part += sentence(index);
    parts.push([part, 'en']);
  }
  const input = documentOf(...parts);
  const started = performance.now();
  const knowledge = await extractDocumentKnowledge(
    input,
    { nlp: shapeTagger(), linker: null, gazetteer: null },
    { skills: ['entities'] },
  );
  t.diagnostic(
    `${knowledge.mentions.length} mentions in ${Math.round(performance.now() - started)} ms`,
  );

  assert.equal(knowledge.sentences.length, SENTENCES);
  assert.equal(knowledge.mentions.length, SENTENCES * 4);
  const byType = (type: string) =>
    knowledge.entities.filter((entity) => entity.type === type).length;
  assert.deepEqual(
    [byType('PERSON'), byType('ORGANIZATION'), byType('LOCATION'), byType('EMAIL')],
    [PEOPLE, 300, 50, SENTENCES],
  );
  const anna7 = knowledge.entities.find((entity) => entity.key === 'name:PERSON:anna7 berg7');
  assert.deepEqual(anna7?.aliases.sort(), ['Anna7 Berg7', 'Berg7']);
  assert.equal(anna7?.mentions.length, 5); // sentences 7, 506, 1005, 1504, 2003
  // four distinct entities in every sentence: six pairs each
  assert.equal(
    knowledge.cooccurrences.reduce((sum, pair) => sum + pair.count, 0),
    SENTENCES * 6,
  );
  const last = knowledge.mentions.at(-1);
  assert.equal(last?.text, `user${SENTENCES - 1}@example.com`);
  assert.equal(input.text.slice(last?.start, last?.end), last?.text);
  assert.equal(last?.sentence, SENTENCES - 1);
});
