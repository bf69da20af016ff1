import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTimeline, MAX_MONTH_BARS } from './timeline.ts';

test('months without mentions are filled in as empty bars, in order', () => {
  const timeline = buildTimeline([
    { month: '2025-02', mentions: 2, documents: 1 },
    { month: '2024-11', mentions: 8, documents: 3 },
  ]);
  assert.equal(timeline.unit, 'month');
  assert.deepEqual(
    timeline.bars.map((b) => [b.month, b.mentions, b.height]),
    [
      ['2024-11', 8, 1],
      ['2024-12', 0, 0],
      ['2025-01', 0, 0],
      ['2025-02', 2, 0.25],
    ],
  );
  assert.equal(timeline.maxMentions, 8);
});

test('a long span is drawn by year, sums kept', () => {
  const timeline = buildTimeline([
    { month: '2001-03', mentions: 1, documents: 1 },
    { month: '2001-09', mentions: 2, documents: 2 },
    { month: '2010-01', mentions: 4, documents: 1 },
  ]);
  assert.equal(timeline.unit, 'year');
  assert.equal(timeline.bars.length, 10);
  assert.deepEqual(timeline.bars[0], { month: '2001', mentions: 3, documents: 3, height: 0.75 });
  assert.deepEqual(timeline.bars.at(-1), { month: '2010', mentions: 4, documents: 1, height: 1 });
  const edge = buildTimeline([
    { month: '2000-01', mentions: 1, documents: 1 },
    { month: `2003-12`, mentions: 1, documents: 1 },
  ]);
  assert.equal(edge.bars.length, MAX_MONTH_BARS);
});

test('no dated mentions, or malformed months, give no bars', () => {
  assert.deepEqual(buildTimeline([]), { bars: [], unit: 'month', maxMentions: 0 });
  assert.equal(buildTimeline([{ month: '2024-13', mentions: 1, documents: 1 }]).bars.length, 0);
});
