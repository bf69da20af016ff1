import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planPieces } from './pieces.ts';

const limits = { maxSentenceTokens: 10, maxPieceChars: 1_000 };

test('ordinary prose stays one piece', () => {
  const text = 'Merz met Scholz. They talked in Berlin! Then they left?';
  assert.deepEqual(planPieces(text, limits), [
    { start: 0, end: text.length, cutBefore: false, cutAfter: false },
  ]);
});

test('a run of words without punctuation is cut every maxSentenceTokens tokens', () => {
  const words = Array.from({ length: 25 }, (_, i) => `w${i}`);
  const text = words.join(' ');
  const pieces = planPieces(text, limits);
  assert.equal(pieces.length, 3);
  assert.deepEqual(
    pieces.map((p) => text.slice(p.start, p.end).trim().split(' ').length),
    [10, 10, 5],
  );
  assert.deepEqual(
    pieces.map((p) => [p.cutBefore, p.cutAfter]),
    [
      [false, true],
      [true, true],
      [true, false],
    ],
  );
  // the pieces cover the text exactly, so offsets shift back by the piece start
  assert.equal(pieces.map((p) => text.slice(p.start, p.end)).join(''), text);
});

test('sentence ends reset the count, so short sentences are never cut', () => {
  const sentence = 'one two three four five six seven eight. ';
  const text = sentence.repeat(5);
  assert.equal(planPieces(text, limits).length, 1);
});

test('huge texts are split at a sentence boundary, not inside a sentence', () => {
  const sentence = 'Alpha beta gamma. ';
  const text = sentence.repeat(100);
  const pieces = planPieces(text, { maxSentenceTokens: 50, maxPieceChars: 100 });
  assert.ok(pieces.length > 10);
  for (const p of pieces) {
    assert.equal(p.cutAfter, false);
    assert.ok(p.end - p.start <= 100 + sentence.length);
    assert.match(text.slice(p.start, p.end), /^Alpha.*\. $/u);
  }
});

test('empty text is one empty piece', () => {
  assert.deepEqual(planPieces('', limits), [
    { start: 0, end: 0, cutBefore: false, cutAfter: false },
  ]);
});
