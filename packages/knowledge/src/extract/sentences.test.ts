import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitSentences } from './sentences.ts';

const texts = (text: string, language: string | null, maxChars?: number) =>
  splitSentences(text, language, maxChars).sentences.map((span) =>
    text.slice(span.start, span.end),
  );

describe('splitSentences', () => {
  test('sentence boundaries, whitespace trimmed, offsets into the text', () => {
    assert.deepEqual(texts('  Er kam. Sie ging!  Dann?\n\nEnde ', 'de'), [
      'Er kam.',
      'Sie ging!',
      'Dann?',
      'Ende',
    ]);
    assert.deepEqual(texts('Il pleut. Ça va.', 'fr'), ['Il pleut.', 'Ça va.']);
    assert.deepEqual(texts('', 'en'), []);
    assert.deepEqual(texts('   \n ', 'en'), []);
  });

  test('an unknown or missing language still splits', () => {
    assert.deepEqual(texts('One. Two.', null), ['One.', 'Two.']);
    assert.deepEqual(texts('One. Two.', 'not a tag!'), ['One.', 'Two.']);
  });

  test('an over-long sentence is cut at whitespace before the cap and counted once', () => {
    const text = `${'word '.repeat(50).trim()}. Short one.`;
    const result = splitSentences(text, 'en', 42);
    assert.equal(result.capped, 1);
    for (const span of result.sentences) assert.ok(span.end - span.start <= 42);
    assert.equal(
      text.slice(result.sentences.at(-1)?.start, result.sentences.at(-1)?.end),
      'Short one.',
    );
    assert.equal(result.sentences.map((span) => text.slice(span.start, span.end)).join(' '), text);
  });

  test('a sentence without whitespace is cut hard at the cap', () => {
    const result = splitSentences('x'.repeat(25), 'en', 10);
    assert.deepEqual(result.sentences, [
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 25 },
    ]);
    assert.equal(result.capped, 1);
  });
});
