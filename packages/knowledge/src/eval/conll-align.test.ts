import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentText, tokenSpansOf, tokenTagSpans } from './conll-align.ts';
import type { ConllDocument } from './conll-reader.ts';

const document: ConllDocument = {
  index: 0,
  sentences: [
    { tokens: ['Friedrich', 'Merz', 'visited', 'Siemens', 'Energy', '.'], tags: [] },
    { tokens: ['Paris', 'Berlin'], tags: [] },
  ],
};

test('tokens joined by spaces, sentences by a blank line', () => {
  const layout = documentText(document);
  assert.equal(layout.text, 'Friedrich Merz visited Siemens Energy .\n\nParis Berlin');
  assert.deepEqual(layout.tokenOffsets[1], [
    [41, 46],
    [47, 53],
  ]);
});

test('character spans map to the tokens they overlap; touching entities of one type stay two', () => {
  const layout = documentText(document);
  const spans = tokenSpansOf(layout, [
    { start: 0, end: 14, type: 'PER' },
    // a prediction that cuts a token still claims it
    { start: 23, end: 33, type: 'ORG' },
    { start: 41, end: 46, type: 'LOC' },
    { start: 47, end: 53, type: 'LOC' },
  ]);
  assert.deepEqual(spans, [
    [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 5, type: 'ORG' },
    ],
    [
      { start: 0, end: 1, type: 'LOC' },
      { start: 1, end: 2, type: 'LOC' },
    ],
  ]);
});

test('per-token labels are read like a CoNLL file: touching tokens of one type are one entity', () => {
  const layout = documentText(document);
  const spans = tokenSpansOfLabels(layout);
  assert.deepEqual(spans, [
    [{ start: 0, end: 2, type: 'PER' }],
    [{ start: 0, end: 2, type: 'LOC' }],
  ]);
});

function tokenSpansOfLabels(layout: ReturnType<typeof documentText>) {
  return tokenTagSpans(layout, [
    { start: 0, end: 9, type: 'PER' },
    { start: 10, end: 14, type: 'PER' },
    { start: 41, end: 46, type: 'LOC' },
    { start: 47, end: 53, type: 'LOC' },
  ]);
}
