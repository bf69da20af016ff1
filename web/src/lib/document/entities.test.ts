import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityClass, entitySearchHref, entityTypeLabel, legendEntries } from './entities.ts';

test('entity types read as words, singular for one name', () => {
  assert.equal(entityTypeLabel('PERSON'), 'People');
  assert.equal(entityTypeLabel('PERSON', 1), 'Person');
  assert.equal(entityTypeLabel('IBAN', 3), 'IBANs');
  assert.equal(entityClass('ORGANIZATION'), 'entity-organization');
});

test('the legend has one entry per colour: named types apiece, pattern types together', () => {
  const entries = legendEntries([
    { type: 'PERSON', names: ['Friedrich Merz', 'Olaf Scholz'] },
    { type: 'LOCATION', names: ['Hamburg'] },
    { type: 'DATE', names: ['12 March 2026'] },
    { type: 'IBAN', names: ['DE89370400440532013000', 'GB82WEST12345698765432'] },
  ]);
  assert.deepEqual(
    entries.map((entry) => [entry.className, entry.label, entry.count]),
    [
      ['entity-person', 'People', 2],
      ['entity-location', 'Places', 1],
      ['entity-pattern', 'Dates, amounts, contacts and accounts', 3],
    ],
  );
  assert.deepEqual(legendEntries([]), []);
});

test('named entities link to a search filtered by them; pattern entities do not', () => {
  assert.equal(entitySearchHref('PERSON', 'Friedrich Merz'), '/search?per=Friedrich+Merz');
  assert.equal(entitySearchHref('LOCATION', 'Hamburg'), '/search?loc=Hamburg');
  assert.equal(entitySearchHref('IBAN', 'DE89370400440532013000'), null);
});
