import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  auditExportHref,
  auditHref,
  EMPTY_AUDIT_FILTER,
  isFilterEmpty,
  nextDay,
  parseAuditSearch,
  toApiFilter,
  validDay,
} from './audit-filter.ts';

test('reads every filter field from the URL and keeps the cursor', () => {
  const { filter, after } = parseAuditSearch({
    actor: 'u1',
    action: ' user.* ',
    outcome: 'FAILURE',
    target: 'user:u2',
    from: '2026-11-01',
    to: '2026-11-23',
    after: 'abc',
  });
  assert.deepEqual(filter, {
    actorId: 'u1',
    action: 'user.*',
    outcome: 'failure',
    target: 'user:u2',
    from: '2026-11-01',
    to: '2026-11-23',
  });
  assert.equal(after, 'abc');
});

test('drops unknown outcomes, impossible dates and repeated or empty values', () => {
  const { filter, after } = parseAuditSearch({
    outcome: 'maybe',
    from: '2026-02-30',
    to: 'yesterday',
    action: ['login', 'logout'],
    target: '   ',
  });
  assert.deepEqual(filter, { ...EMPTY_AUDIT_FILTER, action: 'login' });
  assert.equal(after, null);
  assert.equal(isFilterEmpty(parseAuditSearch({}).filter), true);
});

test('turns the inclusive "to" day into the API\'s exclusive bound, across month ends', () => {
  assert.equal(nextDay('2026-11-30'), '2026-12-01');
  assert.equal(nextDay('2028-02-28'), '2028-02-29');
  assert.deepEqual(toApiFilter({ ...EMPTY_AUDIT_FILTER, from: '2026-11-01', to: '2026-12-31' }), {
    from: '2026-11-01',
    to: '2027-01-01',
  });
  assert.deepEqual(toApiFilter(EMPTY_AUDIT_FILTER), {});
  assert.equal(validDay('2026-13-01'), null);
});

test('builds page and export links that round-trip through the parser', () => {
  const state = { ...EMPTY_AUDIT_FILTER, action: 'user.*', outcome: 'denied', to: '2026-11-23' };
  const href = auditHref(state, 'cur sor');
  assert.equal(href, '/admin/audit?action=user.*&outcome=denied&to=2026-11-23&after=cur+sor');
  const parsed = parseAuditSearch(Object.fromEntries(new URL(href, 'http://x').searchParams));
  assert.deepEqual(parsed, { filter: state, after: 'cur sor' });
  assert.equal(auditHref(EMPTY_AUDIT_FILTER), '/admin/audit');
  assert.equal(
    auditExportHref(state, 'csv'),
    '/api/admin/audit/export?format=csv&action=user.*&outcome=denied&to=2026-11-23',
  );
});
