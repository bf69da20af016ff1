import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namedEntityTypeOf } from './entity-types.ts';

test('fine English classes fold into the CoNLL types', () => {
  assert.equal(namedEntityTypeOf('CITY'), 'LOCATION');
  assert.equal(namedEntityTypeOf('STATE_OR_PROVINCE'), 'LOCATION');
  assert.equal(namedEntityTypeOf('NATIONALITY'), 'MISC');
  assert.equal(namedEntityTypeOf('ORGANIZATION'), 'ORGANIZATION');
});

test('BIO-prefixed classes of the French model map like the bare ones', () => {
  assert.equal(namedEntityTypeOf('I-PER'), 'PERSON');
  assert.equal(namedEntityTypeOf('B-LOC'), 'LOCATION');
});

test('non-name classes and O are not named entities', () => {
  for (const c of ['O', 'DATE', 'MONEY', 'TITLE', 'CAUSE_OF_DEATH', undefined]) {
    assert.equal(namedEntityTypeOf(c), undefined, String(c));
  }
});
