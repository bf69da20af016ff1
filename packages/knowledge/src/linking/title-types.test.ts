import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikePersonName, titleType } from './title-types.ts';

const none = { isPlace: false, surnameAnchor: false };

test('the qualifier in brackets names the kind of thing', () => {
  assert.equal(titleType('Queen_(band)', none), 'ORGANIZATION');
  assert.equal(titleType('Georgia_(country)', none), 'LOCATION');
  assert.equal(titleType('John_Smith_(footballer)', none), 'PERSON');
  assert.equal(titleType('Heat_(film)', none), 'MISC');
  assert.equal(titleType('Paris_(disambiguation)', none), 'SKIP');
});

test('lists are never a referent; places, organisations and people by their wording', () => {
  assert.equal(titleType('List_of_cities_in_France', none), 'SKIP');
  assert.equal(titleType('Honolulu', { isPlace: true, surnameAnchor: false }), 'LOCATION');
  assert.equal(titleType('Deutsche_Bank', none), 'ORGANIZATION');
  assert.equal(titleType('Rhine_River', none), 'LOCATION');
  assert.equal(titleType('Angela_Merkel', { isPlace: false, surnameAnchor: true }), 'PERSON');
  assert.equal(titleType('Angela_Merkel', none), null);
  // a bracket qualifier that is not a place keeps a place-named title from counting as the place
  assert.equal(titleType('Paris_(mythology)', { isPlace: true, surnameAnchor: false }), null);
});

test('person names are two to four capitalised words', () => {
  assert.equal(looksLikePersonName('Ludwig van Beethoven'), true);
  assert.equal(looksLikePersonName('Merkel'), false);
  assert.equal(looksLikePersonName('war and peace'), false);
});
