import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityNameQuery, entityOffer, nameSimilarity } from './entity-offer.ts';

const merz = {
  matched: 'Friedrich Merz',
  entity: { key: 'wikipedia:Friedrich_Merz', name: 'Friedrich Merz' },
};
const merzbach = { matched: 'Merzbach', entity: { key: 'geonames:1', name: 'Merzbach' } };
const bank = {
  matched: 'BoE',
  entity: { key: 'wikipedia:Bank_of_England', name: 'Bank of England' },
};

test('a query that names an entity (any case, accents, a typo) offers it', () => {
  assert.equal(entityOffer('friedrich merz', [merzbach, merz]), merz);
  assert.equal(entityOffer('Friedrich Mertz', [merz]), merz);
  assert.equal(entityOffer('"Friedrich Merz"', [merz]), merz);
  // The matched alias counts as much as the name.
  assert.equal(entityOffer('boe', [bank]), bank);
  assert.equal(entityOffer('Bank of  England.', [bank]), bank);
});

test('a prefix or a loose match is not offered', () => {
  assert.equal(entityOffer('merz', [merz, merzbach]), null);
  assert.equal(entityOffer('budget of the harbour', [merz]), null);
  assert.equal(entityOffer('friedrich', [merz]), null);
});

test('search syntax makes it a document search', () => {
  for (const q of ['merz OR scholz', 'merz -scholz', 'merz*', 'mertz~', '"a" b', '(merz)', '']) {
    assert.equal(entityNameQuery(q), null, q);
  }
  assert.equal(entityNameQuery('  Olaf   Scholz '), 'Olaf   Scholz');
  assert.equal(entityNameQuery('Jean-Claude Juncker'), 'Jean-Claude Juncker');
});

test('similarity ignores case, accents and punctuation', () => {
  assert.equal(nameSimilarity('Zürich', 'zurich'), 1);
  assert.equal(nameSimilarity('Procter & Gamble', 'procter gamble'), 1);
  assert.ok(nameSimilarity('Merz', 'Merzbach') < 0.8);
});
