import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SNIPPET_CONTEXT, SNIPPET_MAX, snippetWindow } from './snippet-window.ts';

test('a short sentence is shown whole', () => {
  assert.deepEqual(snippetWindow('A short sentence.', [{ start: 2, end: 7 }]), {
    from: 0,
    to: 17,
    cutStart: false,
    cutEnd: false,
  });
});

test('a long sentence is cut around the marks, at word boundaries', () => {
  const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
  const text = words.join(' ');
  const start = text.indexOf('w100');
  const window = snippetWindow(text, [{ start, end: start + 4 }]);
  assert.ok(window.cutStart && window.cutEnd);
  const shown = text.slice(window.from, window.to);
  assert.ok(shown.includes('w100'));
  assert.match(shown, /^w\d+ .* w\d+$/);
  assert.ok(shown.length <= 2 * SNIPPET_CONTEXT + 4);
});

test('marks at the very start keep the start and show at least half a window', () => {
  const text = 'x '.repeat(SNIPPET_MAX);
  const window = snippetWindow(text, [{ start: 0, end: 1 }]);
  assert.equal(window.cutStart, false);
  assert.ok(window.to >= SNIPPET_MAX / 2 - 2);
});
