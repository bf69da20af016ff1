import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatBytes,
  formatCount,
  formatDate,
  formatDateTime,
  formatShare,
  languageName,
} from './format.ts';

test('counts are exact with thousands separators and a plural', () => {
  assert.equal(formatCount(1234, 'document'), '1,234 documents');
  assert.equal(formatCount(1, 'document'), '1 document');
  assert.equal(formatCount(0, 'match', 'matches'), '0 matches');
  assert.equal(formatCount(1_000_000, 'document'), '1,000,000 documents');
});

test('sizes', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(1023), '1023 B');
  assert.equal(formatBytes(1536), '1.5 KB');
  assert.equal(formatBytes(23 * 1024 * 1024 + 1), '23 MB');
  assert.equal(formatBytes(5 * 1024 ** 4), '5 TB');
  assert.equal(formatBytes(Number.NaN), '—');
});

test('dates are UTC and tolerate missing values', () => {
  assert.equal(formatDate('2026-11-23T23:30:00+00:00'), '2026-11-23');
  assert.equal(formatDate('2026-11-23T23:30:00-02:00'), '2026-11-24');
  assert.equal(formatDateTime('2026-11-23T21:59:30.123Z'), '2026-11-23 21:59 UTC');
  assert.equal(formatDate(null), '—');
  assert.equal(formatDateTime('not a date'), '—');
});

test('shares', () => {
  assert.equal(formatShare(0.873), '87%');
  assert.equal(formatShare(1), '100%');
  assert.equal(formatShare(0.001), '<1%');
  assert.equal(formatShare(0), '0%');
});

test('language names', () => {
  assert.equal(languageName('de'), 'German');
  assert.equal(languageName('en'), 'English');
  assert.equal(languageName('not a code!'), 'not a code!');
  assert.equal(languageName('zz'), 'zz');
});
