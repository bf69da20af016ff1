import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPatternEntities } from './find.ts';
import { selectNonOverlapping } from './overlap.ts';
import { patternsIn } from './test-helpers.ts';

describe('findPatternEntities', () => {
  test('a German payment note: every type once, offsets exact', () => {
    const text =
      'Am 3. März 2024 überwies die Firma € 2,5 Mio. auf DE89 3704 0044 0532 0130 00, Tel. +49 30 1234567, ' +
      'Mail kasse@firma.de, https://firma.de/zahlung.';
    const found = findPatternEntities(text, 'de');
    assert.deepEqual(
      found.map((match) => [match.type, match.normalized]),
      [
        ['DATE', '2024-03-03'],
        ['MONEY', 'EUR 2500000'],
        ['IBAN', 'DE89370400440532013000'],
        ['PHONE', '+49301234567'],
        ['EMAIL', 'kasse@firma.de'],
        ['URL', 'https://firma.de/zahlung'],
      ],
    );
    for (const match of found) {
      assert.equal(text.slice(match.start, match.end), match.text);
      assert.ok(match.confidence > 0 && match.confidence <= 1);
    }
  });

  test('plain prose and numbers give nothing', () => {
    assert.deepEqual(
      patternsIn('In 2024 there were 4915112345678 requests, up 12.5 % from version 3.2.1.'),
      [],
    );
    assert.deepEqual(patternsIn(''), []);
  });

  test('results come out in text order and never overlap', () => {
    const text = 'DE89370400440532013000 https://x.example.com/3.3.2024 a@b.de 12.03.2024 $5m';
    const found = findPatternEntities(text, 'en');
    for (let index = 1; index < found.length; index += 1) {
      assert.ok((found[index - 1]?.end ?? 0) <= (found[index]?.start ?? 0));
    }
    assert.equal(found.length, 5);
  });
});

describe('selectNonOverlapping', () => {
  test('rank first, then length, then position', () => {
    const spans = [
      { start: 0, end: 10, rank: 2 },
      { start: 5, end: 8, rank: 1 },
      { start: 8, end: 20, rank: 2 },
      { start: 12, end: 14, rank: 2 },
    ];
    assert.deepEqual(
      selectNonOverlapping(spans, (span) => span.rank),
      [
        { start: 5, end: 8, rank: 1 },
        { start: 8, end: 20, rank: 2 },
      ],
    );
  });

  test('touching spans are both kept', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 5, end: 9 },
    ];
    assert.equal(selectNonOverlapping(spans, () => 0).length, 2);
  });
});
