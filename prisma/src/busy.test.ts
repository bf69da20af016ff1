import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBusy, retryWhenBusy } from './busy.ts';

test('a busy transaction is run again until it succeeds', async () => {
  let calls = 0;
  const result = await retryWhenBusy(async () => {
    calls++;
    if (calls < 3) throw new Error('SQLITE_BUSY_SNAPSHOT: cannot upgrade');
    return 'written';
  });
  assert.equal(result, 'written');
  assert.equal(calls, 3);
});

test('other errors, and busy beyond the attempts, are thrown', async () => {
  let calls = 0;
  await assert.rejects(
    retryWhenBusy(async () => {
      calls++;
      throw new Error('UNIQUE constraint failed');
    }),
    /UNIQUE/,
  );
  assert.equal(calls, 1);
  await assert.rejects(
    retryWhenBusy(async () => {
      throw new Error('database is locked');
    }, 2),
    /locked/,
  );
  assert.equal(isBusy(new Error('x', { cause: new Error('SQLITE_BUSY') })), true);
  // What Prisma's libsql adapter actually throws when another process holds the write lock.
  const prismaError = Object.assign(new Error('Operation has timed out'), {
    code: 'P1008',
    meta: {
      driverAdapterError: {
        cause: { originalCode: '5', originalMessage: 'SQLITE_BUSY: database is locked' },
      },
    },
  });
  assert.equal(isBusy(prismaError), true);
});
