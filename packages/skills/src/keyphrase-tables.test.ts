import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashString, IS_DIGITS, PhraseTable, WordTable } from './keyphrase-tables.ts';

test('the word table finds every word it was given, through growth, from text or string', () => {
  const table = new WordTable();
  const words = Array.from({ length: 1_000 }, (_, i) => `word${i.toString(36)}x`);
  const ids = words.map((word) => table.add(word, hashString(word)));
  assert.deepEqual(
    ids,
    words.map((_, i) => i),
  );
  const text = words.map((word) => word.toUpperCase()).join(' ');
  let at = 0;
  for (const [i, word] of words.entries()) {
    assert.equal(table.find(word, hashString(word)), i);
    // Looked up straight from upper-case text: compared as if lower-cased.
    assert.equal(table.findAscii(text, at, at + word.length, hashString(word)), i);
    at += word.length + 1;
  }
  assert.equal(table.find('absent', hashString('absent')), -1);
  table.clear();
  assert.equal(table.find(words[0]!, hashString(words[0]!)), -1);
  assert.equal(table.size, 0);
});

test('numbers are flagged once, when first seen', () => {
  const table = new WordTable();
  const number = table.add('1,250', hashString('1,250'));
  const word = table.add('forest', hashString('forest'));
  assert.equal(table.flags[number]! & IS_DIGITS, IS_DIGITS);
  assert.equal(table.flags[word]! & IS_DIGITS, 0);
});

test('the phrase table counts each run of word ids once, keeping its first occurrence', () => {
  const phrases = new PhraseTable();
  const run = new Int32Array(4);
  for (let repeat = 0; repeat < 3; repeat++) {
    for (let i = 0; i < 500; i++) {
      run[0] = i;
      run[1] = i + 1;
      phrases.count(run, i % 2 === 0 ? 2 : 1, repeat * 10_000 + i, repeat * 10_000 + i + 5);
    }
  }
  assert.equal(phrases.size, 500);
  for (let phrase = 0; phrase < 500; phrase++) {
    assert.equal(phrases.counts[phrase], 3);
    assert.equal(phrases.starts[phrase], phrase);
    assert.equal(phrases.lengths[phrase], phrase % 2 === 0 ? 2 : 1);
  }
});
