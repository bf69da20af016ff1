import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlightSegments, mentionsOnPage, type MentionSpan } from './highlight-segments.ts';

const TEXT = 'The Bank of England met Olaf Scholz in Berlin.';

function mention(needle: string, type: string, key: string | null = `k:${needle}`, pageStart = 0) {
  const start = TEXT.indexOf(needle) + pageStart;
  return { start, end: start + needle.length, type, entityKey: key, text: needle };
}

const layers = { pageStart: 0, mentions: [], hits: [], target: null };

function paint(segments: ReturnType<typeof highlightSegments>) {
  return segments.map((s) => [
    s.text,
    s.mentions.map((m) => m.type).join('>'),
    s.hit ?? 0,
    s.target ? 'T' : '',
  ]);
}

test('every character appears once, in order, whatever overlaps', () => {
  const segments = highlightSegments(TEXT, {
    ...layers,
    mentions: [mention('Bank of England', 'ORGANIZATION'), mention('England', 'LOCATION')],
    hits: [{ start: 9, end: 20 }],
    target: { start: 4, end: 35 },
  });
  assert.equal(segments.map((s) => s.text).join(''), TEXT);
});

test('a nested mention is painted inside the outer one', () => {
  const segments = highlightSegments(TEXT, {
    ...layers,
    mentions: [mention('England', 'LOCATION'), mention('Bank of England', 'ORGANIZATION')],
  });
  assert.deepEqual(paint(segments), [
    ['The ', '', 0, ''],
    ['Bank of ', 'ORGANIZATION', 0, ''],
    ['England', 'ORGANIZATION>LOCATION', 0, ''],
    [' met Olaf Scholz in Berlin.', '', 0, ''],
  ]);
});

test('partly overlapping mentions and a search hit across them split at each boundary', () => {
  const hitStart = TEXT.indexOf('England met');
  const segments = highlightSegments(TEXT, {
    ...layers,
    mentions: [mention('Bank of England', 'ORGANIZATION'), mention('England met Olaf', 'MISC')],
    hits: [{ start: hitStart, end: hitStart + 'England met Olaf Scholz'.length }],
  });
  assert.deepEqual(paint(segments), [
    ['The ', '', 0, ''],
    ['Bank of ', 'ORGANIZATION', 0, ''],
    ['England', 'ORGANIZATION>MISC', 1, ''],
    [' met Olaf', 'MISC', 1, ''],
    [' Scholz', '', 1, ''],
    [' in Berlin.', '', 0, ''],
  ]);
  assert.deepEqual(
    segments.map((s) => s.hitStart),
    [false, false, true, false, false, false],
  );
});

test('hits are numbered as the hit bar counts them: overlapping hits merge into one', () => {
  const segments = highlightSegments(TEXT, {
    ...layers,
    hits: [
      { start: 4, end: 8 },
      { start: 6, end: 11 },
      { start: 39, end: 45 },
    ],
  });
  const marked = segments.filter((s) => s.hit !== null).map((s) => [s.text, s.hit, s.hitStart]);
  assert.deepEqual(marked, [
    ['Bank of', 1, true],
    ['Berlin', 2, true],
  ]);
});

test('the target passage is marked once with its anchor, together with mentions and hits', () => {
  const scholz = mention('Olaf Scholz', 'PERSON');
  const segments = highlightSegments(TEXT, {
    ...layers,
    mentions: [scholz],
    hits: [{ start: scholz.start, end: scholz.start + 4 }],
    target: { start: scholz.start, end: scholz.end },
  });
  const inTarget = segments.filter((s) => s.target);
  assert.equal(inTarget.map((s) => s.text).join(''), 'Olaf Scholz');
  assert.equal(segments.filter((s) => s.targetStart).length, 1);
  assert.deepEqual(
    inTarget.map((s) => [s.text, s.hit]),
    [
      ['Olaf', 1],
      [' Scholz', null],
    ],
  );
});

test('document offsets are moved to the page, and ranges past its edges are clamped', () => {
  const pageStart = 1000;
  const segments = highlightSegments(TEXT, {
    pageStart,
    // Starts on the previous page, ends on this one.
    mentions: [{ start: 990, end: 1003, type: 'MISC', entityKey: null, text: '…The' }],
    hits: [],
    target: { start: pageStart + TEXT.indexOf('Berlin'), end: pageStart + 5000 },
  });
  assert.deepEqual(paint(segments), [
    ['The', 'MISC', 0, ''],
    [' Bank of England met Olaf Scholz in ', '', 0, ''],
    ['Berlin.', '', 0, 'T'],
  ]);
});

test('bad ranges are dropped and an empty text still gives one segment', () => {
  const broken: MentionSpan = { start: 20, end: 10, type: 'PERSON', entityKey: null, text: '' };
  assert.deepEqual(paint(highlightSegments(TEXT, { ...layers, mentions: [broken] })), [
    [TEXT, '', 0, ''],
  ]);
  assert.deepEqual(paint(highlightSegments('', layers)), [['', '', 0, '']]);
});

test('mentionsOnPage keeps mentions that touch the page', () => {
  const all = [
    { start: 0, end: 5 },
    { start: 95, end: 105 },
    { start: 150, end: 160 },
    { start: 200, end: 210 },
  ];
  assert.deepEqual(mentionsOnPage(all, 100, 200), [
    { start: 95, end: 105 },
    { start: 150, end: 160 },
  ]);
});
