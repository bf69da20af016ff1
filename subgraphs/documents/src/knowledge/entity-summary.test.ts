import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityGroups } from './entity-summary.ts';

test('entity groups follow the schema order and leave empty types out', () => {
  assert.deepEqual(
    entityGroups({
      iban: ['DE89370400440532013000'],
      location: ['Hamburg'],
      person: ['Friedrich Merz', 'Ada Lovelace'],
      organization: [],
      email: ['press@example.org'],
    }),
    [
      { type: 'PERSON', names: ['Friedrich Merz', 'Ada Lovelace'] },
      { type: 'LOCATION', names: ['Hamburg'] },
      { type: 'EMAIL', names: ['press@example.org'] },
      { type: 'IBAN', names: ['DE89370400440532013000'] },
    ],
  );
});

test('a document without a summary (indexed before the knowledge stage) has no groups', () => {
  assert.deepEqual(entityGroups(undefined), []);
  assert.deepEqual(entityGroups({ person: null, misc: [''] }), []);
});
