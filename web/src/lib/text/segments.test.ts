import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countMarks, normaliseRanges, segmentText } from './segments.ts';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

test('plain text without ranges is one unmarked segment', () => {
  assert.deepEqual(segmentText('hello world', []), [{ text: 'hello world', mark: false }]);
  assert.deepEqual(segmentText('', []), [{ text: '', mark: false }]);
});

test('marks ranges at the start, middle and end', () => {
  const text = 'alpha beta gamma';
  const segments = segmentText(text, [
    { start: 0, end: 5 },
    { start: 6, end: 10 },
    { start: 11, end: 16 },
  ]);
  assert.deepEqual(segments, [
    { text: 'alpha', mark: true },
    { text: ' ', mark: false },
    { text: 'beta', mark: true },
    { text: ' ', mark: false },
    { text: 'gamma', mark: true },
  ]);
  assert.equal(join(segments), text);
});

test('unsorted, overlapping and touching ranges are merged', () => {
  assert.deepEqual(
    normaliseRanges(20, [
      { start: 8, end: 12 },
      { start: 2, end: 5 },
      { start: 4, end: 6 },
      { start: 12, end: 14 },
    ]),
    [
      { start: 2, end: 6 },
      { start: 8, end: 14 },
    ],
  );
});

test('out-of-bounds, empty, reversed and non-numeric ranges never break the text', () => {
  const text = 'short';
  const segments = segmentText(text, [
    { start: -5, end: 2 },
    { start: 3, end: 3 },
    { start: 4, end: 1 },
    { start: 4, end: 999 },
    { start: Number.NaN, end: 3 },
  ]);
  assert.equal(join(segments), text);
  assert.deepEqual(
    segments.filter((s) => s.mark).map((s) => s.text),
    ['sh', 't'],
  );
  assert.equal(countMarks(text, [{ start: 0, end: 100 }]), 1);
});

test('text that looks like HTML stays text', () => {
  const text = '<b>bold</b> & <script>x</script>';
  const segments = segmentText(text, [{ start: 3, end: 7 }]);
  assert.equal(join(segments), text);
  assert.deepEqual(segments[1], { text: 'bold', mark: true });
});
