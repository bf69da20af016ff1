import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTEXT_CHARS, cutPassage, type TextPiece } from './passage-text.ts';

/** Splits a text into pieces at the given offsets, as chunks would cover it. */
function piecesOf(text: string, ...cuts: number[]): TextPiece[] {
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(0, -1).map((start, i) => ({ start, text: text.slice(start, bounds[i + 1]) }));
}

function span(text: string, needle: string) {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
}

test('a short text gives the span and all of its context, across chunk borders', () => {
  const text = 'The harbour authority approved the budget. A fox was seen near the quay.';
  const passage = cutPassage(
    piecesOf(text, 10, 45),
    span(text, 'approved the budget'),
    text.length,
  );
  assert.deepEqual(passage, {
    text: 'approved the budget',
    before: 'The harbour authority ',
    after: '. A fox was seen near the quay.',
  });
});

test('context is cut at word boundaries and never longer than the window', () => {
  const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
  const text = `${words} TARGET ${words}`;
  const at = span(text, 'TARGET');
  const passage = cutPassage(piecesOf(text, 100, 400), at, text.length)!;
  assert.equal(passage.text, 'TARGET');
  assert.ok(passage.before.length <= CONTEXT_CHARS && passage.after.length <= CONTEXT_CHARS);
  assert.ok(passage.before.length > CONTEXT_CHARS - 10, 'most of the window is used');
  // Whole words only: each side is a run of the words of the text.
  assert.match(passage.before, /^word\d+( word\d+)* $/);
  assert.match(passage.after, /^ word\d+( word\d+)*$/);
  assert.ok(text.includes(passage.before + passage.text + passage.after));
});

test('a window edge that falls between two words keeps the whole first word', () => {
  // 80 characters before the span start exactly at "abc", after a space: nothing is partial.
  const text = `${'x'.repeat(10)} abc ${'y'.repeat(74)}SPAN`;
  const passage = cutPassage(piecesOf(text), span(text, 'SPAN'), text.length)!;
  assert.equal(passage.before, `abc ${'y'.repeat(74)}`.slice(-CONTEXT_CHARS));
});

test('one word longer than the window is kept rather than leaving no context', () => {
  const long = 'z'.repeat(200);
  const text = `${long}SPAN${long}`;
  const passage = cutPassage(piecesOf(text, 150), span(text, 'SPAN'), text.length)!;
  assert.equal(passage.before, 'z'.repeat(CONTEXT_CHARS));
  assert.equal(passage.after, 'z'.repeat(CONTEXT_CHARS));
});

test('offsets are UTF-16 code units and a cut never splits a surrogate pair', () => {
  const text = `${'😀'.repeat(50)}Zürich${'😀'.repeat(50)}`;
  const at = span(text, 'Zürich');
  const passage = cutPassage(piecesOf(text, 33), at, text.length)!;
  assert.equal(passage.text, 'Zürich');
  assert.equal(passage.before, '😀'.repeat(40));
  assert.equal(passage.after, '😀'.repeat(40));
  // One ASCII character more on each side puts both window edges inside a pair: the half goes.
  const odd = `${'😀'.repeat(50)}xZürichx${'😀'.repeat(50)}`;
  const oddPassage = cutPassage(piecesOf(odd, 41), span(odd, 'Zürich'), odd.length)!;
  assert.equal(oddPassage.before, `${'😀'.repeat(39)}x`);
  assert.equal(oddPassage.after, `x${'😀'.repeat(39)}`);
});

test('a span beyond the text, a reversed span or a gap in the pieces gives null', () => {
  const text = 'Short text.';
  assert.equal(cutPassage(piecesOf(text), { start: 5, end: 40 }, text.length), null);
  assert.equal(cutPassage(piecesOf(text), { start: 6, end: 2 }, text.length), null);
  assert.equal(cutPassage([{ start: 0, text: 'Short' }], { start: 6, end: 10 }, text.length), null);
});

test('an empty span at the end of the text is valid', () => {
  const text = 'Ends here';
  assert.deepEqual(cutPassage(piecesOf(text), { start: 9, end: 9 }, text.length), {
    text: '',
    before: 'Ends here',
    after: '',
  });
});

test('the reserved highlight marker characters never leave the service', () => {
  const text = 'The \uE000approved\uE001 budget';
  const passage = cutPassage(piecesOf(text), span(text, '\uE000approved\uE001'), text.length)!;
  assert.deepEqual(passage, { text: 'approved', before: 'The ', after: ' budget' });
});
