import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identityFromKey } from './entity-key.ts';

test('knowledge-base keys name their knowledge base; only a GeoNames key fixes the type', () => {
  assert.deepEqual(identityFromKey('wikipedia:Friedrich_Merz'), {
    kb: 'wikipedia',
    kbId: 'Friedrich_Merz',
    type: null,
    name: 'Friedrich Merz',
  });
  assert.deepEqual(identityFromKey('geonames:2911298'), {
    kb: 'geonames',
    kbId: '2911298',
    type: 'LOCATION',
    name: '2911298',
  });
});

test('name and value keys fix the type and carry the normalized name, colons included', () => {
  assert.deepEqual(identityFromKey('name:ORGANIZATION:siemens energy ag'), {
    kb: null,
    kbId: null,
    type: 'ORGANIZATION',
    name: 'siemens energy ag',
  });
  assert.deepEqual(identityFromKey('value:URL:https://example.org/a:b'), {
    kb: null,
    kbId: null,
    type: 'URL',
    name: 'https://example.org/a:b',
  });
});

test('a key of no known form is its own name and fixes nothing', () => {
  for (const key of ['name:ANIMAL:cat', 'plain', 'name:PERSON']) {
    assert.deepEqual(identityFromKey(key), { kb: null, kbId: null, type: null, name: key });
  }
});
