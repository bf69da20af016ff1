import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergePhrases, normalisePhrase } from './phrases.ts';

test('phrases are trimmed and their whitespace collapsed', () => {
  assert.equal(normalisePhrase('  Cold \n  War '), 'Cold War');
});

test('phrases that break the rules are rejected', () => {
  for (const text of [
    'EU', // too short
    'a'.repeat(81),
    'one two three four five six', // more than five words
    '1990',
    '3.5 %',
    'https://example.org/page',
    'www.example.org',
    'info@example.org',
    'example.com',
  ]) {
    assert.equal(normalisePhrase(text), null, text);
  }
  assert.equal(normalisePhrase('one two three four five'), 'one two three four five');
});

test('two-character words count as phrases in Han script only', () => {
  assert.equal(normalisePhrase('北京'), '北京');
  assert.equal(normalisePhrase('ab'), null);
});

test('the same phrase from different chunks is combined case-insensitively and rescaled', () => {
  const merged = mergePhrases(
    [
      { phrase: 'Cold War', score: 1 },
      { phrase: 'Berlin', score: 0.5 },
      { phrase: 'cold war', score: 0.5 },
      { phrase: 'Bonn', score: 1 },
      { phrase: 'Cold War', score: 0.2 },
    ],
    2,
  );
  assert.deepEqual(merged, [
    { phrase: 'Cold War', score: 1 },
    { phrase: 'Bonn', score: 0.588 },
  ]);
  assert.deepEqual(mergePhrases([], 15), []);
});
