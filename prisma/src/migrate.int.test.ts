import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createClient } from '@libsql/client';
import { readTestDatabaseEnv } from './env.ts';
import { migrate, MigrationError } from './migrate.ts';
import { readMigrations } from './migrations-dir.ts';
import { MIGRATIONS_DIRS } from './providers.ts';
import { queryRows as query } from './sql-query.ts';
import { tempDb } from './test-db.ts';
import { testDatabases, testProviders } from './testing.ts';

const db = tempDb();
const databases = testDatabases();
after(async () => {
  db.remove();
  await databases.dropAll();
});

const TABLE_EXISTS = {
  sqlite: (name: string) => `SELECT name FROM sqlite_master WHERE name = '${name}'`,
  postgresql: (name: string) => `SELECT tablename FROM pg_tables WHERE tablename = '${name}'`,
};

for (const { provider, skip } of testProviders()) {
  describe(provider, { skip }, () => {
    test('migrate applies every committed migration once and is idempotent', async () => {
      const { url } = await databases.create(provider);
      const names = readMigrations(MIGRATIONS_DIRS[provider]).map((m) => m.name);
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
        assert.equal(row.checksum, readMigrations(MIGRATIONS_DIRS[provider])[i]?.checksum);
        if (provider === 'sqlite') {
          assert.match(row.finished_at as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
        } else {
          assert.ok(row.finished_at instanceof Date);
        }
        assert.equal(row.rolled_back_at, null);
      }
    });

    test('an applied migration whose file changed is refused', async () => {
      const { url } = await databases.create(provider);
      const dir = db.copyMigrations(provider);
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
      const { url } = await databases.create(provider);
      const dir = db.copyMigrations(provider);
      await migrate(url, dir);
      mkdirSync(join(dir, '99990101000000_broken'));
      writeFileSync(
        join(dir, '99990101000000_broken', 'migration.sql'),
        'CREATE TABLE "Half" ("id" TEXT);\nCREATE TABLE "Half" ("id" TEXT);\n',
      );
      await assert.rejects(migrate(url, dir), /99990101000000_broken failed and was rolled back/);
      assert.deepEqual(await query(url, TABLE_EXISTS[provider]('Half')), []);
      assert.deepEqual(
        await query(
          url,
          `SELECT id FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`,
        ),
        [],
      );
    });

    if (provider !== 'postgresql') return;

    test('two services migrating at once: one applies everything, the other waits', async () => {
      const { url } = await databases.create('postgresql');
      const names = readMigrations(MIGRATIONS_DIRS.postgresql).map((m) => m.name);
      const results = await Promise.all([migrate(url), migrate(url)]);
      assert.deepEqual(
        results.map((r) => r.applied.length + r.alreadyApplied.length),
        [names.length, names.length],
      );
      assert.deepEqual(results.flatMap((r) => r.applied).sort(), names);
    });

    test('a database that does not exist yet is created by the first migration', async () => {
      const { url } = await databases.create('postgresql');
      const name = new URL(url).pathname.slice(1);
      await query(readTestDatabaseEnv().postgresUrl ?? '', `DROP DATABASE "${name}"`);
      const result = await migrate(url);
      assert.equal(result.applied.length, readMigrations(MIGRATIONS_DIRS.postgresql).length);
    });
  });
}

test('sqlite: a migration that redefines a table keeps the rows of tables that point at it', async () => {
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
