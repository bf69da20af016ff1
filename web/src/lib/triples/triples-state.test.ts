import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  EMPTY_TRIPLES,
  MAX_FILTER_LENGTH,
  parseTriplesParams,
  triplesHref,
  triplesVariables,
  TRIPLES_PER_PAGE,
} from './triples-state.ts';

function roundTrip(href: string) {
  return parseTriplesParams(Object.fromEntries(new URL(href, 'http://x').searchParams));
}

test('filters and page travel in the URL and read back the same', () => {
  const state = {
    subject: 'Friedrich Merz',
    relation: 'met with',
    object: 'Olaf & co',
    entityKey: 'name:PERSON:a b',
    page: 3,
  };
  const href = triplesHref(state);
  assert.equal(
    href,
    '/triples?s=Friedrich+Merz&r=met+with&o=Olaf+%26+co&entity=name%3APERSON%3Aa+b&page=3',
  );
  assert.deepEqual(roundTrip(href), state);
  assert.equal(triplesHref(EMPTY_TRIPLES), '/triples');
});

test('text is trimmed, spaces collapsed and the length capped; bad pages fall back to 1', () => {
  const state = parseTriplesParams({
    s: '  a \n  b ',
    r: 'x'.repeat(500),
    page: '0',
    o: ['c', 'd'],
  });
  assert.deepEqual(state, {
    subject: 'a b',
    relation: 'x'.repeat(MAX_FILTER_LENGTH),
    object: 'c',
    entityKey: '',
    page: 1,
  });
  assert.equal(parseTriplesParams({ page: '2.5' }).page, 1);
  assert.equal(parseTriplesParams({ page: '9999' }).page, 1);
});

test('the API variables page by offset, ask one more than a page and leave empty filters out', () => {
  assert.deepEqual(triplesVariables({ ...EMPTY_TRIPLES, relation: 'owns', page: 2 }), {
    subject: null,
    relation: 'owns',
    object: null,
    entityKey: null,
    first: TRIPLES_PER_PAGE + 1,
    offset: TRIPLES_PER_PAGE,
  });
});
