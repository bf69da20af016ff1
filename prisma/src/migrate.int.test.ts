import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createClient } from '@libsql/client';
import { migrate, MigrationError } from './migrate.ts';
import { readMigrations } from './migrations-dir.ts';
import { tempDb } from './test-db.ts';

const db = tempDb();
after(() => db.remove());

async function query(url: string, sql: string) {
  const client = createClient({ url });
  try {
    return (await client.execute(sql)).rows;
  } finally {
    client.close();
  }
}

test('migrate applies every committed migration once and is idempotent', async () => {
  const url = db.url('idempotent.db');
  const names = readMigrations().map((m) => m.name);
  assert.ok(names.length > 0);

  const first = await migrate(url);
  assert.deepEqual(first, { applied: names, alreadyApplied: [] });
  const second = await migrate(url);
  assert.deepEqual(second, { applied: [], alreadyApplied: names });

  const rows = await query(
    url,
    'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
  );
  assert.deepEqual(
    rows.map((r) => r.migration_name),
    names,
  );
  for (const [i, row] of rows.entries()) {
    assert.equal(row.checksum, readMigrations()[i]?.checksum);
    assert.match(row.finished_at as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
    assert.equal(row.rolled_back_at, null);
  }
});

test('an applied migration whose file changed is refused', async () => {
  const url = db.url('checksum.db');
  const dir = db.copyMigrations();
  await migrate(url, dir);
  const first = readMigrations(dir)[0];
  assert.ok(first);
  appendFileSync(join(dir, first.name, 'migration.sql'), '\n-- edited after the fact\n');
  await assert.rejects(
    migrate(url, dir),
    (error: unknown) => error instanceof MigrationError && /has changed/.test(error.message),
  );
});

test('a failing migration is rolled back as a whole and not recorded', async () => {
  const url = db.url('failing.db');
  const dir = db.copyMigrations();
  await migrate(url, dir);
  mkdirSync(join(dir, '99990101000000_broken'));
  writeFileSync(
    join(dir, '99990101000000_broken', 'migration.sql'),
    'CREATE TABLE "Half" ("id" TEXT);\nCREATE TABLE "Half" ("id" TEXT);\n',
  );
  await assert.rejects(migrate(url, dir), /99990101000000_broken failed and was rolled back/);
  assert.deepEqual(await query(url, `SELECT name FROM sqlite_master WHERE name = 'Half'`), []);
  assert.deepEqual(
    await query(
      url,
      `SELECT id FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`,
    ),
    [],
  );
});

test('a migration that redefines a table keeps the rows of tables that point at it', async () => {
  // Upgrade path: a database made by the first migrations, with users, roles and memberships, then
  // every later migration (account_lockout redefines "User" by copy + DROP TABLE).
  const url = db.url('upgrade.db');
  const dir = db.copyMigrations();
  const all = readMigrations(dir);
  const redefining = all.findIndex((m) => /DROP TABLE "User"/.test(m.sql));
  assert.ok(redefining > 0, 'a committed migration redefines the User table');
  const early = db.copyMigrations();
  for (const later of readMigrations(early).slice(redefining)) {
    rmSync(join(early, later.name), { recursive: true });
  }
  await migrate(url, early);
  const client = createClient({ url });
  try {
    await client.executeMultiple(`
      INSERT INTO "User" (id, email, name, passwordHash, updatedAt) VALUES ('u1', 'a@example.org', 'A', 'x', CURRENT_TIMESTAMP);
      INSERT INTO "UserRole" (userId, role) VALUES ('u1', 'admin');
      INSERT INTO "Collection" (id, name) VALUES ('c1', 'Sample');
      INSERT INTO "CollectionMember" (userId, collectionId) VALUES ('u1', 'c1');
    `);
  } finally {
    client.close();
  }
  await migrate(url, dir);
  assert.deepEqual(
    (await query(url, 'SELECT userId, role FROM "UserRole"')).map((r) => [r.userId, r.role]),
    [['u1', 'admin']],
  );
  assert.equal((await query(url, 'SELECT * FROM "CollectionMember"')).length, 1);
});
