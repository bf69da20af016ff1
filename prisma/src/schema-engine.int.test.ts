import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { migrate } from './migrate.ts';
import {
  migrationList,
  NO_FILTER,
  openEngine,
  pendingSchemaChanges,
  SCHEMA_PATH,
} from './schema-engine.ts';
import { tempDb } from './test-db.ts';

// Prisma's own schema engine (WebAssembly) is the judge here: the committed SQL must produce
// exactly what schema.prisma describes, and the offline migrator's bookkeeping must satisfy it.
const db = tempDb();
after(() => db.remove());

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

test("Prisma's engine sees a database migrated offline as fully migrated", async () => {
  const url = db.url('engine.db');
  await migrate(url);
  const engine = await openEngine(readFileSync(SCHEMA_PATH, 'utf8'), url);
  try {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList: migrationList(),
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
    const applied = await engine.applyMigrations({
      migrationsList: migrationList(),
      filters: NO_FILTER,
    });
    assert.deepEqual(applied.appliedMigrationNames, []);
  } finally {
    engine.free();
  }
});
