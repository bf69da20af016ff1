import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_PREV_CURSORS,
  firstPageState,
  nextPageState,
  previousPageState,
  resultRange,
} from './pagination.ts';
import { EMPTY_SEARCH, parseSearchState, searchHref } from './search-state.ts';

const reparse = (href: string) =>
  parseSearchState(Object.fromEntries(new URL(href, 'http://x').searchParams));

test('next then previous walks back to the exact same pages, through the URL', () => {
  const pages = [{ ...EMPTY_SEARCH, q: 'tax' }];
  for (let i = 1; i <= 5; i += 1) {
    const current = pages.at(-1)!;
    pages.push(reparse(searchHref(nextPageState(current, `cursor${i}`))));
  }
  assert.equal(pages.at(-1)!.page, 6);
  assert.equal(pages.at(-1)!.after, 'cursor5');
  let current = pages.at(-1)!;
  for (let i = pages.length - 2; i >= 0; i -= 1) {
    const back = previousPageState(current);
    assert.ok(back, `previous from page ${current.page}`);
    current = reparse(searchHref(back));
    assert.deepEqual(current, pages[i]);
  }
  assert.equal(previousPageState(current), null);
  assert.equal(searchHref(current), '/search?q=tax');
});

test('the stack is bounded; past it "previous" stops and the first page remains', () => {
  let state = EMPTY_SEARCH;
  for (let i = 1; i <= MAX_PREV_CURSORS + 10; i += 1) state = nextPageState(state, `c${i}`);
  assert.equal(state.prev.length, MAX_PREV_CURSORS);
  assert.equal(state.page, MAX_PREV_CURSORS + 11);
  let steps = 0;
  for (let back = previousPageState(state); back; back = previousPageState(back)) {
    steps += 1;
    state = back;
  }
  assert.equal(steps, MAX_PREV_CURSORS);
  assert.equal(state.page, 11);
  assert.deepEqual(firstPageState(state), EMPTY_SEARCH);
});

test('result ranges', () => {
  assert.deepEqual(resultRange(1, 20, 20), { from: 1, to: 20 });
  assert.deepEqual(resultRange(3, 20, 7), { from: 41, to: 47 });
  assert.deepEqual(resultRange(1, 20, 0), { from: 0, to: 0 });
});
