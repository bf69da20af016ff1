import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toNlpMentions, toNlpSentence, type CoreNlpSentence } from './corenlp-json.ts';

const token = (index: number, word: string, begin: number, ner: string, pos = 'NNP') => ({
  index,
  word,
  originalText: word,
  pos,
  ner,
  characterOffsetBegin: begin,
  characterOffsetEnd: begin + word.length,
});

// "He met Merz in Bonn" at offset 100 of the piece
const raw: CoreNlpSentence = {
  index: 0,
  tokens: [
    token(1, 'He', 100, 'O', 'PRP'),
    token(2, 'met', 103, 'O', 'VBD'),
    token(3, 'Merz', 107, 'PERSON'),
    token(4, 'in', 112, 'O', 'IN'),
    token(5, 'Bonn', 115, 'CITY'),
  ],
  basicDependencies: [
    { dep: 'ROOT', governor: 0, dependent: 2 },
    { dep: 'nsubj', governor: 2, dependent: 1 },
  ],
  entitymentions: [
    {
      text: 'He',
      ner: 'PERSON',
      tokenBegin: 0,
      tokenEnd: 1,
      characterOffsetBegin: 100,
      characterOffsetEnd: 102,
    },
    {
      text: 'Merz',
      ner: 'PERSON',
      tokenBegin: 2,
      tokenEnd: 3,
      characterOffsetBegin: 107,
      characterOffsetEnd: 111,
      nerConfidences: { PERSON: 0.93 },
    },
    {
      text: 'Bonn',
      ner: 'CITY',
      tokenBegin: 4,
      tokenEnd: 5,
      characterOffsetBegin: 115,
      characterOffsetEnd: 119,
    },
  ],
};
const text = `${' '.repeat(1000)}He met Merz in Bonn`;

test('offsets shift by the piece start; ROOT becomes the UD relation root', () => {
  const sentence = toNlpSentence(raw, 900)!;
  assert.deepEqual([sentence.start, sentence.end], [1000, 1019]);
  assert.equal(text.slice(sentence.tokens[2]!.start, sentence.tokens[2]!.end), 'Merz');
  assert.deepEqual(sentence.dependencies[0], { relation: 'root', governor: 0, dependent: 2 });
});

test('pronoun mentions are dropped, fine classes mapped, missing confidences defaulted', () => {
  const mentions = toNlpMentions(raw, text, 900);
  assert.deepEqual(
    mentions.map((m) => [m.text, m.type, m.confidence]),
    [
      ['Merz', 'PERSON', 0.93],
      ['Bonn', 'LOCATION', 0.8],
    ],
  );
});
