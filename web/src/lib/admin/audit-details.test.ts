import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDetails } from './audit-details.ts';

test('pretty-prints JSON details, hides empty objects, keeps non-JSON text', () => {
  assert.equal(
    formatDetails('{"roles":["ADMIN"],"n":1}'),
    '{\n  "roles": [\n    "ADMIN"\n  ],\n  "n": 1\n}',
  );
  assert.equal(formatDetails('{}'), '');
  assert.equal(formatDetails('<b>not json</b>'), '<b>not json</b>');
});
