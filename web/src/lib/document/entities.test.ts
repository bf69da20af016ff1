import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityClass, entitySearchHref, entityTypeLabel } from './entities.ts';

test('entity types read as words, singular for one name', () => {
  assert.equal(entityTypeLabel('PERSON'), 'People');
  assert.equal(entityTypeLabel('PERSON', 1), 'Person');
  assert.equal(entityTypeLabel('IBAN', 3), 'IBANs');
  assert.equal(entityClass('ORGANIZATION'), 'entity-organization');
});

test('named entities link to a search filtered by them; pattern entities do not', () => {
  assert.equal(entitySearchHref('PERSON', 'Friedrich Merz'), '/search?per=Friedrich+Merz');
  assert.equal(entitySearchHref('LOCATION', 'Hamburg'), '/search?loc=Hamburg');
  assert.equal(entitySearchHref('IBAN', 'DE89370400440532013000'), null);
});
