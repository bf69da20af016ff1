import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { migrate } from './migrate.ts';
import {
  migrationList,
  NO_FILTER,
  openEngine,
  pendingSchemaChanges,
  SCHEMA_PATH,
} from './schema-engine.ts';
import { MIGRATIONS_DIRS, schemaFor } from './providers.ts';
import { tempDb } from './test-db.ts';
import { testDatabases, testProviders } from './testing.ts';

// Prisma's own schema engine (WebAssembly) is the judge here: the committed SQL must produce
// exactly what schema.prisma describes, and the offline migrator's bookkeeping must satisfy it.
const db = tempDb();
const databases = testDatabases();
after(async () => {
  db.remove();
  await databases.dropAll();
});

test('the committed migrations produce exactly the schema in schema.prisma', async () => {
  assert.equal(
    await pendingSchemaChanges(),
    '',
    'run `npm run migration:create -w prisma -- <name>`',
  );
});

test('a schema change without a migration is detected', async () => {
  const schemaPath = join(db.dir, 'changed.prisma');
  const changed = readFileSync(SCHEMA_PATH, 'utf8').replace(
    /model Collection \{/,
    'model Collection {\n  description String?',
  );
  writeFileSync(schemaPath, changed);
  assert.match(await pendingSchemaChanges(schemaPath), /"description" TEXT/);
});

/** Prisma's own verdict on a database our migrator migrated: nothing edited, failed or pending. */
async function assertFullyMigrated(url: string, provider: 'sqlite' | 'postgresql'): Promise<void> {
  const schema = schemaFor(provider, readFileSync(SCHEMA_PATH, 'utf8'));
  const engine = await openEngine(schema, url, provider);
  try {
    const migrationsList = migrationList(MIGRATIONS_DIRS[provider]);
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    assert.deepEqual(
      {
        edited: diagnosis.editedMigrationNames,
        failed: diagnosis.failedMigrationNames,
        history: diagnosis.history,
      },
      { edited: [], failed: [], history: null },
    );
    const applied = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    assert.deepEqual(applied.appliedMigrationNames, []);
  } finally {
    engine.free();
  }
}

test("Prisma's engine sees a database migrated offline as fully migrated", async () => {
  const url = db.url('engine.db');
  await migrate(url);
  await assertFullyMigrated(url, 'sqlite');
});

describe(
  'postgresql',
  { skip: testProviders().find((p) => p.provider === 'postgresql')?.skip ?? false },
  () => {
    test('the committed PostgreSQL migrations produce exactly the schema in schema.prisma', async () => {
      // The engine replays them in a shadow database it creates (and drops) on the test server.
      const { url } = await databases.create('postgresql');
      assert.equal(
        await pendingSchemaChanges(SCHEMA_PATH, MIGRATIONS_DIRS.postgresql, { databaseUrl: url }),
        '',
        'run `npm run migration:create -w prisma -- <name>`',
      );
    });

    test('a schema change without a PostgreSQL migration is detected', async () => {
      const { url } = await databases.create('postgresql');
      const schemaPath = join(db.dir, 'changed-pg.prisma');
      writeFileSync(
        schemaPath,
        readFileSync(SCHEMA_PATH, 'utf8').replace(
          /model Collection \{/,
          'model Collection {\n  description String?',
        ),
      );
      assert.match(
        await pendingSchemaChanges(schemaPath, MIGRATIONS_DIRS.postgresql, { databaseUrl: url }),
        /ALTER TABLE "Collection" ADD COLUMN\s+"description" TEXT/,
      );
    });

    test("Prisma's engine sees a PostgreSQL database migrated offline as fully migrated", async () => {
      const { url } = await databases.create('postgresql');
      await migrate(url);
      await assertFullyMigrated(url, 'postgresql');
    });
  },
);
