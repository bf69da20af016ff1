import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CurationError } from '@quarry/graph-store';
import { ForbiddenError } from '@quarry/service-kit';
import { audited, type AuditedCall } from './audited.ts';
import type { Context, CurationAuditEvent } from './contract.ts';

const context = {
  viewer: { id: 'u1', email: 'a@example.org', name: 'A', roles: ['analyst'], collections: [] },
  jwt: { sub: 'u1', email: 'a@example.org', name: 'A', roles: ['analyst'], collections: [] },
  cypherParams: { collections: [] },
  ip: '10.0.0.1',
} as Context;

async function outcome(call: Partial<AuditedCall>) {
  const events: CurationAuditEvent[] = [];
  const result = await audited(
    { audit: (event) => Promise.resolve(void events.push(event)) },
    context,
    {
      action: 'entity.rename',
      target: 'entity:k',
      request: { key: 'k' },
      authorize: () => Promise.resolve(),
      run: () => Promise.resolve({ answer: 'k', details: { before: { curatedName: null } } }),
      ...call,
    },
  ).catch((error: unknown) => error);
  assert.equal(events.length, 1, 'exactly one event');
  return { result, event: events[0]! };
}

test('success: the details of the change beside the request', async () => {
  const { result, event } = await outcome({});
  assert.equal(result, 'k');
  assert.deepEqual(event, {
    actorId: 'u1',
    action: 'entity.rename',
    target: 'entity:k',
    outcome: 'success',
    ip: '10.0.0.1',
    details: { key: 'k', before: { curatedName: null } },
  });
});

test('refused by policy: denied; refused input or entity: failure with the API code', async () => {
  const denied = await outcome({ authorize: () => Promise.reject(new ForbiddenError()) });
  assert.equal(denied.event.outcome, 'denied');
  assert.equal(denied.event.details['reason'], 'FORBIDDEN');
  const failed = await outcome({
    run: () => Promise.reject(new CurationError('BAD_USER_INPUT', 'no')),
  });
  assert.equal(failed.event.outcome, 'failure');
  assert.equal(failed.event.details['reason'], 'BAD_USER_INPUT');
  assert.equal(
    (failed.result as { extensions?: { code?: string } }).extensions?.code,
    'BAD_USER_INPUT',
    'the graph store refusal reaches the client as its code',
  );
});

test('anything unexpected: error, and the error is passed on unchanged', async () => {
  const broken = new Error('connection lost');
  const { result, event } = await outcome({ run: () => Promise.reject(broken) });
  assert.equal(event.outcome, 'error');
  assert.equal(result, broken);
});
