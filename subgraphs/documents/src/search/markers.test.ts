import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMarkers, parseMarked, stripMarkerCharacters, type Markers } from './markers.ts';

const markers: Markers = createMarkers();
const mark = (text: string) => `${markers.pre}${text}${markers.post}`;

test('markers become ranges of the cleaned text', () => {
  const result = parseMarked(`The ${mark('harbour')} ${mark('authority')} approved it.`, markers);
  assert.equal(result.text, 'The harbour authority approved it.');
  assert.deepEqual(result.highlights, [
    { start: 4, end: 11 },
    { start: 12, end: 21 },
  ]);
  for (const { start, end } of result.highlights) {
    assert.match(result.text.slice(start, end), /^(harbour|authority)$/);
  }
});

test('adjacent highlights merge and empty ones vanish', () => {
  const result = parseMarked(`${mark('brown')}${mark(' fox')} ${mark('')}jumps`, markers);
  assert.equal(result.text, 'brown fox jumps');
  assert.deepEqual(result.highlights, [{ start: 0, end: 9 }]);
});

test('marker characters in the document text cannot forge a highlight', () => {
  // The text carries the marker characters, even a guessed marker of another request.
  const other = createMarkers();
  const forged = `\uE000forged\uE001 and ${other.pre}guessed${other.post} and ${mark('real')}`;
  const result = parseMarked(forged, markers);
  assert.equal(result.text.includes('\uE000') || result.text.includes('\uE001'), false);
  assert.deepEqual(
    result.highlights.map(({ start, end }) => result.text.slice(start, end)),
    ['real'],
  );
  assert.ok(result.text.startsWith('forged and '));
});

test('every request gets its own markers', () => {
  const a = createMarkers();
  const b = createMarkers();
  assert.notEqual(a.pre, b.pre);
  assert.notEqual(a.pre, a.post);
});

test('an unclosed marker highlights to the end; a stray closing marker is ignored', () => {
  assert.deepEqual(parseMarked(`x${markers.post}y ${markers.pre}z`, markers), {
    text: 'xy z',
    highlights: [{ start: 3, end: 4 }],
  });
});

test('stripMarkerCharacters removes only the two marker characters', () => {
  assert.equal(stripMarkerCharacters('a\uE000b\uE001c\uE002'), 'abc\uE002');
});
