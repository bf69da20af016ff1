import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityHref, entityKeyFromParam, parseEntityParams } from './entity-link.ts';

test('entity keys survive the round trip through one path segment', () => {
  for (const key of [
    'wikipedia:Friedrich_Merz',
    'name:PERSON:friedrich merz',
    'value:URL:https://example.org/a?b=c#d',
    'name:ORGANIZATION:ab%20c 100%',
    'geonames:2911298',
  ]) {
    const href = entityHref(key);
    const segment = href.slice('/entities/'.length);
    assert.ok(!segment.includes('/') && !segment.includes('?') && !segment.includes('#'), href);
    assert.equal(entityKeyFromParam(segment), key);
  }
});

test('a malformed or empty key is no key', () => {
  assert.equal(entityKeyFromParam('%E0%A4%A'), null);
  assert.equal(entityKeyFromParam('%20'), null);
  assert.equal(entityKeyFromParam('x'.repeat(1001)), null);
});

test('the page state (list pages, merge search) travels in the query string', () => {
  const href = entityHref('a b', { mentions: 3, triples: 1, merge: ' Olaf ' });
  assert.equal(href, '/entities/a%20b?mp=3&merge=Olaf');
  const url = new URL(href, 'http://x');
  assert.deepEqual(parseEntityParams(Object.fromEntries(url.searchParams)), {
    mentions: 3,
    triples: 1,
    merge: 'Olaf',
    done: null,
  });
  assert.deepEqual(parseEntityParams({ mp: '0', tp: 'x', merge: ['a', 'b'] }), {
    mentions: 1,
    triples: 1,
    merge: 'a',
    done: null,
  });
  assert.equal(parseEntityParams({ tp: '501' }).triples, 1);
});

test('a curation notice is one of the fixed ones, never free text', () => {
  const href = entityHref('k', { done: 'merged' });
  assert.equal(href, '/entities/k?done=merged');
  assert.equal(parseEntityParams({ done: 'merged' }).done, 'merged');
  assert.equal(parseEntityParams({ done: '<script>' }).done, null);
  assert.equal(parseEntityParams({ done: 'toString' }).done, null);
});
