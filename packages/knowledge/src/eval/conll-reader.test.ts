import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conllPart, parseConll } from './conll-reader.ts';

const file = [
  'Merz I-PER',
  'spoke O',
  '',
  'Berlin I-LOC',
  '',
  '-DOCSTART- O',
  '',
  'Siemens I-ORG',
  '-DOCSTART- O',
  'a O',
  '-DOCSTART- O',
  'b 0',
  '',
].join('\n');

test('documents and sentences, the text before the first -DOCSTART- included', () => {
  const documents = parseConll(file);
  assert.equal(documents.length, 4);
  assert.deepEqual(documents[0]!.sentences, [
    { tokens: ['Merz', 'spoke'], tags: ['I-PER', 'O'] },
    { tokens: ['Berlin'], tags: ['I-LOC'] },
  ]);
  assert.deepEqual(documents[3]!.sentences[0]!.tags, ['O']);
});

test('every third document is held out; the parts are disjoint and cover the file', () => {
  const documents = parseConll(file);
  assert.deepEqual(
    conllPart(documents, 'held-out').map((d) => d.index),
    [2],
  );
  assert.deepEqual(
    conllPart(documents, 'development').map((d) => d.index),
    [0, 1, 3],
  );
  assert.equal(conllPart(documents, 'all').length, 4);
});
