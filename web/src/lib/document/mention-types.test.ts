import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countMentionTypes } from './mention-types.ts';

test('mentions are counted per type, in the type table order, unknown types last', () => {
  const types = ['MONEY', 'PERSON', 'ZZZ', 'LOCATION', 'PERSON', 'AAA', 'MONEY', 'PERSON'];
  assert.deepEqual(countMentionTypes(types.map((type) => ({ type }))), [
    { type: 'PERSON', count: 3 },
    { type: 'LOCATION', count: 1 },
    { type: 'MONEY', count: 2 },
    { type: 'AAA', count: 1 },
    { type: 'ZZZ', count: 1 },
  ]);
  assert.deepEqual(countMentionTypes([]), []);
});
