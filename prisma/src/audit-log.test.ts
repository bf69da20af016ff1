import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendAuditEvent, type AuditEventInput, type AuditWriter } from './audit-log.ts';

function recorder() {
  const rows: unknown[] = [];
  const db = {
    auditEvent: {
      create: (args: { data: unknown }) => {
        rows.push(args.data);
        return Promise.resolve(args.data);
      },
    },
  } as unknown as AuditWriter;
  return { db, rows };
}

const event: AuditEventInput = {
  actorId: 'u1',
  action: 'ingest.job.create',
  target: 'collection:c1',
  outcome: 'success',
  ip: '127.0.0.1',
  details: { files: 3 },
};

test('writes one row with the details as JSON', async () => {
  const { db, rows } = recorder();
  await appendAuditEvent(db, event);
  assert.deepEqual(rows, [{ ...event, details: '{"files":3}' }]);
});

test('refuses an event that is not well-formed, and writes nothing', async () => {
  const { db, rows } = recorder();
  const bad: Array<Partial<AuditEventInput>> = [
    { outcome: 'fine' as never },
    { action: '' },
    { action: 'drop table' },
    { target: '' },
    { actorId: '' },
  ];
  for (const change of bad) {
    await assert.rejects(appendAuditEvent(db, { ...event, ...change }), JSON.stringify(change));
  }
  assert.deepEqual(rows, []);
});
