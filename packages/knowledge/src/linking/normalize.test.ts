import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeName, titleParts } from './normalize.ts';

test('case, diacritics, punctuation and a leading article do not matter', () => {
  assert.equal(normalizeName('PARIS'), normalizeName('paris'));
  assert.equal(normalizeName('München'), 'munchen');
  assert.equal(normalizeName('  The  Hague '), 'hague');
  assert.equal(normalizeName('Siemens Energy AG.'), 'siemens energy ag');
  assert.equal(normalizeName('Paris, Texas'), 'paris texas');
  assert.notEqual(normalizeName('Paris'), normalizeName('Parise'));
});

test('a title splits into its name and its qualifier', () => {
  assert.deepEqual(titleParts('Paris,_Texas'), { head: 'Paris', qualifier: 'Texas' });
  assert.deepEqual(titleParts('Georgia_(U.S._state)'), {
    head: 'Georgia',
    qualifier: 'U.S. state',
  });
  assert.deepEqual(titleParts('Angela_Merkel'), { head: 'Angela Merkel', qualifier: null });
});
