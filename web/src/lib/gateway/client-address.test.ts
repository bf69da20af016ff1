import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forwardedForValue } from './client-address.ts';

test('passes an address or a chain of addresses on, normalising the spacing', () => {
  assert.equal(forwardedForValue('203.0.113.7'), '203.0.113.7');
  assert.equal(forwardedForValue('::ffff:10.0.0.1'), '::ffff:10.0.0.1');
  assert.equal(forwardedForValue(' 203.0.113.7 ,10.0.0.2'), '203.0.113.7, 10.0.0.2');
});

test('drops missing, empty, malformed or oversized values instead of forwarding them', () => {
  assert.equal(forwardedForValue(null), null);
  assert.equal(forwardedForValue(undefined), null);
  assert.equal(forwardedForValue('  '), null);
  assert.equal(forwardedForValue('evil\r\nx-admin: 1'), null);
  assert.equal(forwardedForValue('unknown'), null);
  assert.equal(forwardedForValue(Array.from({ length: 40 }, () => '10.0.0.1').join(',')), null);
});
