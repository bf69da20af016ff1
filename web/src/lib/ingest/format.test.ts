import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatBytes,
  formatCount,
  formatDateTime,
  formatDuration,
  formatPercent,
  formatThroughput,
} from './format.ts';

test('formatBytes uses binary units and rounds down', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(1023), '1023 B');
  assert.equal(formatBytes(1024), '1 KB');
  assert.equal(formatBytes(1536), '1.5 KB');
  assert.equal(formatBytes(1024 * 1024 * 23.9), '23 MB');
  assert.equal(formatBytes(5 * 1024 ** 4), '5 TB');
  assert.equal(formatBytes(-1), '—');
  assert.equal(formatBytes(Number.NaN), '—');
});

test('formatPercent only says 100% when complete', () => {
  assert.equal(formatPercent(0), '0%');
  assert.equal(formatPercent(0.004), '<1%');
  assert.equal(formatPercent(0.425), '42%');
  assert.equal(formatPercent(0.999), '99%');
  assert.equal(formatPercent(1), '100%');
  assert.equal(formatPercent(Number.NaN), '0%');
});

test('formatDuration picks a readable unit', () => {
  assert.equal(formatDuration(null), '—');
  assert.equal(formatDuration(-5), '—');
  assert.equal(formatDuration(0), '0 s');
  assert.equal(formatDuration(45), '45 s');
  assert.equal(formatDuration(60), '1 min');
  assert.equal(formatDuration(4 * 60 + 20), '4 min');
  assert.equal(formatDuration(3600), '1 h');
  assert.equal(formatDuration(80 * 60), '1 h 20 min');
  assert.equal(formatDuration(51 * 3600), '2 d 3 h');
  assert.equal(formatDuration(48 * 3600), '2 d');
});

test('formatThroughput', () => {
  assert.equal(formatThroughput(0), '—');
  assert.equal(formatThroughput(0.46), '0.5 files/min');
  assert.equal(formatThroughput(12.4), '12 files/min');
  assert.equal(formatThroughput(1234.5), '1,235 files/min');
});

test('formatCount and formatDateTime', () => {
  assert.equal(formatCount(1, 'file'), '1 file');
  assert.equal(formatCount(1234, 'file'), '1,234 files');
  assert.equal(formatDateTime('2026-11-23T21:59:30.123Z'), '2026-11-23 21:59 UTC');
  assert.equal(formatDateTime('not a date'), '—');
  assert.equal(formatDateTime(null), '—');
});
