import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ServiceStatus } from '../gateway/status.ts';
import { interpretStatusResponse } from '../gateway/status.ts';
import { formatLatency, sortServices, summarizeStatus } from './summary.ts';

const svc = (name: string, ready: boolean): ServiceStatus => ({ name, ready, checks: {} });

test('all ready', () => {
  const names = ['gateway', 'documents', 'graph', 'accounts', 'pipeline'];
  const s = summarizeStatus(names.map((n) => svc(n, true)));
  assert.deepEqual(s, { total: 5, notReady: 0, allReady: true, text: 'All 5 services ready' });
});

test('some not ready', () => {
  const s = summarizeStatus([
    svc('a', true),
    svc('b', false),
    svc('c', false),
    svc('d', true),
    svc('e', true),
  ]);
  assert.equal(s.text, '2 of 5 services not ready');
  assert.equal(s.allReady, false);
});

test('singular and empty reports', () => {
  assert.equal(summarizeStatus([svc('a', true)]).text, '1 service ready');
  assert.equal(summarizeStatus([svc('a', false)]).text, '1 of 1 service not ready');
  const empty = summarizeStatus([]);
  assert.equal(empty.allReady, false);
  assert.equal(empty.text, 'The gateway reported no services');
});

test('not-ready services sort first, then by name', () => {
  const sorted = sortServices([svc('b', true), svc('z', false), svc('a', true), svc('c', false)]);
  assert.deepEqual(
    sorted.map((s) => s.name),
    ['c', 'z', 'a', 'b'],
  );
});

test('latency formatting', () => {
  assert.equal(formatLatency({ ok: true, ms: 0.43 }), '0.4 ms');
  assert.equal(formatLatency({ ok: true, ms: 123.6 }), '124 ms');
  assert.equal(formatLatency({ ok: false, ms: null }), '—');
});

test('a 503 with a report is still a report; a 401 ends the session; a 403 or junk is an error', () => {
  const report = {
    services: [
      {
        name: 'graph',
        ready: false,
        checks: { neo4j: { ok: false, ms: 3, error: 'refused' } },
        error: 'neo4j down',
      },
    ],
  };
  const ok = interpretStatusResponse(503, report);
  assert.equal(ok.kind, 'ok');
  assert.equal(ok.kind === 'ok' && ok.services[0]?.checks['neo4j']?.error, 'refused');
  assert.equal(interpretStatusResponse(401, report).kind, 'session-ended');
  assert.equal(interpretStatusResponse(403, report).kind, 'error');
  assert.equal(interpretStatusResponse(200, { status: 'fine' }).kind, 'error');
});
