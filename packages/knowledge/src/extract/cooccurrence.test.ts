import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EntityType, Mention } from '../types.ts';
import { countCooccurrences, MAX_ENTITIES_PER_SENTENCE } from './cooccurrence.ts';

function mention(sentence: number, type: EntityType = 'PERSON'): Mention {
  return { start: 0, end: 1, text: 'x', type, chunkSeq: 0, sentence, confidence: 1, source: 'ner' };
}

describe('countCooccurrences', () => {
  test('pairs per sentence, keys ordered a < b, counted once per sentence', () => {
    const mentions = [
      mention(0),
      mention(0),
      mention(0, 'ORGANIZATION'),
      mention(1),
      mention(1, 'ORGANIZATION'),
      mention(2),
    ];
    const keys = ['p:merz', 'p:merz', 'o:siemens', 'p:merz', 'o:siemens', 'p:merz'];
    assert.deepEqual(countCooccurrences(mentions, keys), [
      { a: 'o:siemens', b: 'p:merz', count: 2 },
    ]);
  });

  test('emails, phones and IBANs take part; dates, money and URLs do not', () => {
    const types: EntityType[] = ['PERSON', 'EMAIL', 'PHONE', 'IBAN', 'DATE', 'MONEY', 'URL'];
    const mentions = types.map((type) => mention(0, type));
    const keys = types.map((type) => `k:${type}`);
    const pairs = countCooccurrences(mentions, keys);
    assert.equal(pairs.length, 6);
    for (const pair of pairs) {
      assert.ok(!/DATE|MONEY|URL/.test(pair.a + pair.b));
    }
  });

  test('a sentence listing many entities contributes only its first ones', () => {
    const mentions = Array.from({ length: 100 }, () => mention(0));
    const keys = mentions.map((_, index) => `k:${String(index).padStart(3, '0')}`);
    const pairs = countCooccurrences(mentions, keys);
    assert.equal(pairs.length, (MAX_ENTITIES_PER_SENTENCE * (MAX_ENTITIES_PER_SENTENCE - 1)) / 2);
    assert.ok(
      pairs.every((pair) => pair.b < `k:${String(MAX_ENTITIES_PER_SENTENCE).padStart(3, '0')}`),
    );
  });

  test('one entity alone, or mentions without an entity, give no pairs', () => {
    assert.deepEqual(countCooccurrences([mention(0), mention(0)], ['k:a', 'k:a']), []);
    assert.deepEqual(countCooccurrences([mention(0), mention(0)], ['', 'k:a']), []);
  });
});
