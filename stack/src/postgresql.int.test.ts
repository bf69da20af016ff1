import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { migrate } from '@quarry/prisma';
import { storeConnections } from './connections.ts';
import { loadStackEnv } from './env.ts';
import { freePort } from './probes.ts';
import { runningPid } from './processes.ts';
import { postgresql } from './services/postgresql.ts';
import { context, down, startServices } from './stack.ts';

// The real Debian PostgreSQL, in a throwaway data folder on a free port: initdb, start, the URLs
// the stack hands out, and a stop by pid.
const dataDir = mkdtempSync(join(tmpdir(), 'quarry-postgres-test-'));
// As root the server runs as the unprivileged service user, which must reach this folder (else the
// stack would put the cluster under /var/lib/quarry, outside what this test removes).
chmodSync(dataDir, 0o755);
const quiet = () => {};

const ctx = context(
  loadStackEnv({
    ...process.env,
    QUARRY_PROFILE: 'dev',
    QUARRY_DATABASE: 'postgresql',
    QUARRY_DATA_DIR: dataDir,
    QUARRY_POSTGRES_PORT: String(await freePort()),
    QUARRY_START_TIMEOUT_S: '60',
  }),
);
after(async () => {
  await down(ctx, quiet, [postgresql]);
  rmSync(dataDir, { recursive: true, force: true });
});

test('PostgreSQL starts from Debian packages and the app database migrates on it', async () => {
  await startServices(ctx, [postgresql], quiet);
  assert.ok(runningPid(dataDir, 'postgresql') !== null);
  const { DATABASE_URL, DATABASE_URL_POSTGRES } = storeConnections(ctx);
  assert.match(DATABASE_URL, /^postgresql:\/\/quarry:[^@]+@127\.0\.0\.1:\d+\/quarry$/);
  assert.match(DATABASE_URL_POSTGRES ?? '', /\/postgres$/);
  // The first migration creates the `quarry` database, as the stack's setup does.
  const result = await migrate(DATABASE_URL);
  assert.ok(result.applied.length > 0);
  assert.deepEqual((await migrate(DATABASE_URL)).applied, []);
});

test('a wrong password is refused (the cluster is not open to anyone on loopback)', async () => {
  const url = new URL(storeConnections(ctx).DATABASE_URL);
  url.password = 'not-the-password';
  await assert.rejects(migrate(url.toString()), /password authentication failed/);
});

test('down stops it by pid (fast shutdown)', async () => {
  await down(ctx, quiet, [postgresql]);
  assert.equal(runningPid(dataDir, 'postgresql'), null);
  assert.equal(await postgresql.ready(ctx), false);
});
