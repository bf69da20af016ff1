import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  asNlpLanguage,
  classifyChunk,
  dominantLanguage,
  isEncodedJunk,
} from './chunk-classification.ts';

const PROSE = 'Die Bundesregierung hat am Dienstag in Berlin neue Pläne für den Hafen vorgestellt.';

describe('classifyChunk', () => {
  test('prose in a language with models goes to the service, or to the fallback without it', () => {
    assert.deepEqual(classifyChunk(PROSE, 'de', 'de', true), { kind: 'nlp', language: 'de' });
    assert.deepEqual(classifyChunk(PROSE, 'de-AT', null, true), { kind: 'nlp', language: 'de' });
    assert.deepEqual(classifyChunk(PROSE, 'de', 'de', false), { kind: 'fallback', language: 'de' });
  });

  test('a chunk without a language borrows the document language; without either it gets patterns', () => {
    assert.deepEqual(classifyChunk(PROSE, null, 'de', true), { kind: 'nlp', language: 'de' });
    assert.deepEqual(classifyChunk(PROSE, null, null, true), { kind: 'patterns', language: null });
  });

  test('languages without models, tables and other scripts get patterns only', () => {
    assert.deepEqual(classifyChunk(PROSE, 'it', 'it', true), { kind: 'patterns', language: 'it' });
    assert.deepEqual(classifyChunk('4711 | 0815 | 2024 | 12.03.2024 | 99 | 17', 'de', 'de', true), {
      kind: 'patterns',
      language: 'de',
    });
    assert.deepEqual(
      classifyChunk('Правительство объявило в Берлине новые планы для порта.', 'de', 'de', true),
      {
        kind: 'patterns',
        language: 'de',
      },
    );
  });

  test('encoded junk is skipped; long URLs are not junk', () => {
    const base64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVm'.repeat(10);
    assert.deepEqual(classifyChunk(`${base64} ok`, 'en', 'en', true), { kind: 'skip' });
    assert.equal(isEncodedJunk(`See https://example.com/${'a'.repeat(80)} for more.`), false);
    assert.equal(isEncodedJunk(''), false);
  });
});

describe('language helpers', () => {
  test('asNlpLanguage keeps en, de, fr, es and strips regions', () => {
    assert.equal(asNlpLanguage('fr-CA'), 'fr');
    assert.equal(asNlpLanguage('ES'), 'es');
    assert.equal(asNlpLanguage('it'), null);
    assert.equal(asNlpLanguage(null), null);
  });

  test('dominantLanguage counts characters, not chunks', () => {
    const chunks = [
      { start: 0, end: 10, language: 'en' },
      { start: 10, end: 20, language: 'en' },
      { start: 20, end: 100, language: 'de' },
      { start: 100, end: 110, language: null },
    ];
    assert.equal(dominantLanguage(chunks), 'de');
    assert.equal(dominantLanguage([{ start: 0, end: 5, language: null }]), null);
  });
});
