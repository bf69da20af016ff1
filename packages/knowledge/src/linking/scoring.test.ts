import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PlaceRecord } from './knowledge-base.ts';
import { decide, placePrior, scorePlace, typeAgreement } from './scoring.ts';

const place = (overrides: Partial<PlaceRecord>): PlaceRecord => ({
  id: 1,
  name: 'Paris',
  kind: 'city',
  country: 'FR',
  admin1: '11',
  population: 2_000_000,
  latitude: 0,
  longitude: 0,
  ...overrides,
});
const noContext = {
  countries: new Set<string>(),
  regions: new Set<string>(),
  languageCountries: new Set<string>(),
};

test('type agreement rewards the same kind and punishes a different one', () => {
  assert.equal(typeAgreement('LOCATION', 'LOCATION'), 1);
  assert.equal(typeAgreement('LOCATION', null), 0);
  assert.ok(typeAgreement('LOCATION', 'PERSON') < typeAgreement('LOCATION', 'ORGANIZATION'));
  assert.ok(typeAgreement('PERSON', 'SKIP') < typeAgreement('PERSON', 'LOCATION'));
  // a MISC mention neither agrees nor disagrees: "French" may be the country or the language
  assert.equal(typeAgreement('MISC', 'MISC'), 0);
  assert.equal(typeAgreement('MISC', 'LOCATION'), 0);
  assert.ok(typeAgreement('MISC', 'SKIP') < 0);
});

test('a bigger place is the likelier reading of a bare name', () => {
  assert.ok(
    placePrior(place({ population: 2_000_000 })) > placePrior(place({ population: 25_000 })),
  );
  assert.equal(placePrior(place({ kind: 'country' })), 1);
});

test('the document context can overturn the size prior', () => {
  const big = place({ population: 2_138_551 });
  const small = place({ id: 2, country: 'US', admin1: 'TX', population: 25_171 });
  assert.ok(scorePlace(big, true, noContext) > scorePlace(small, true, noContext));
  const texas = { ...noContext, countries: new Set(['US']), regions: new Set(['US/TX']) };
  assert.ok(scorePlace(small, true, texas) > scorePlace(big, true, texas));
});

test('decide needs a minimum score and a margin over the runner-up', () => {
  const a = { item: 'a', score: 0.8 };
  assert.equal(decide([a, { item: 'b', score: 0.5 }], 0.5, 0.1)?.item, 'a');
  assert.equal(decide([a, { item: 'b', score: 0.78 }], 0.5, 0.1), null);
  assert.equal(decide([{ item: 'c', score: 0.3 }], 0.5, 0.1), null);
  assert.equal(decide([], 0.5, 0.1), null);
});
