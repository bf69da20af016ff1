import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportChunks, exportFileName, type EventPage, type PageResult } from './audit-export.ts';
import type { AuditEvent } from './types.ts';

function event(id: string, details = '{"email":"a@b.c"}'): AuditEvent {
  return {
    id,
    at: `2026-11-2${id}T10:00:00.000Z`,
    actorId: 'u1',
    actor: { id: 'u1', email: 'admin@x', name: 'Ad, Min' },
    action: 'user.create',
    target: '=cmd|calc',
    outcome: 'success',
    ip: null,
    details,
  };
}

async function collect(chunks: AsyncGenerator<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

function pager(pages: Record<string, EventPage>, asked: string[]) {
  return (after: string): Promise<PageResult> => {
    asked.push(after);
    const page = pages[after];
    return Promise.resolve(
      page ? { ok: true, page } : { ok: false, errors: [{ code: 'FORBIDDEN', message: 'no' }] },
    );
  };
}

test('CSV: header, one escaped row per event, following every page', async () => {
  const asked: string[] = [];
  const first = { nodes: [event('1')], endCursor: 'c1', hasNextPage: true };
  const text = await collect(
    exportChunks(
      'csv',
      first,
      pager({ c1: { nodes: [event('2')], endCursor: 'c2', hasNextPage: false } }, asked),
    ),
  );
  assert.deepEqual(asked, ['c1']);
  const lines = text.split('\r\n');
  assert.equal(lines[0], 'at,action,outcome,actorId,actorEmail,actorName,target,ip,details,id');
  assert.equal(
    lines[1],
    `2026-11-21T10:00:00.000Z,user.create,success,u1,admin@x,"Ad, Min",'=cmd|calc,,"{""email"":""a@b.c""}",1`,
  );
  assert.equal(lines.length, 4); // header, two rows, and the empty text after the last CRLF
});

test('JSON: an array of events with details parsed, valid also when empty', async () => {
  const none = await collect(
    exportChunks('json', { nodes: [], endCursor: null, hasNextPage: false }, pager({}, [])),
  );
  assert.deepEqual(JSON.parse(none), []);
  const text = await collect(
    exportChunks(
      'json',
      { nodes: [event('1'), event('2', 'not json')], endCursor: null, hasNextPage: false },
      pager({}, []),
    ),
  );
  const parsed = JSON.parse(text) as Array<{ id: string; details: unknown }>;
  assert.deepEqual(
    parsed.map((e) => [e.id, e.details]),
    [
      ['1', { email: 'a@b.c' }],
      ['2', 'not json'],
    ],
  );
});

test('a failing later page aborts the stream with the API error', async () => {
  const first = { nodes: [event('1')], endCursor: 'missing', hasNextPage: true };
  await assert.rejects(collect(exportChunks('csv', first, pager({}, []))), /FORBIDDEN: no/);
});

test('names the file after the time of the export', () => {
  assert.equal(
    exportFileName('csv', new Date('2026-11-24T00:31:59Z')),
    'quarry-audit-20261124-0031.csv',
  );
});
