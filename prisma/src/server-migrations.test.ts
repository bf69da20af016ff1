import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { MIGRATIONS_DIRS, SNAPSHOTS_DIR } from './providers.ts';
import { SCHEMA_PATH } from './schema-engine.ts';
import {
  derivedSql,
  HAND_WRITTEN_MARKER,
  readSnapshots,
  serverMigrationProblems,
} from './server-migrations.ts';

// No database: Prisma's engine (WebAssembly) re-derives every PostgreSQL / SQL Server migration
// from the committed snapshots, and the last snapshot must mean what schema.prisma means.
const scratch = mkdtempSync(join(tmpdir(), 'quarry-server-migrations-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('the PostgreSQL and SQL Server migrations chain through their snapshots to schema.prisma', async () => {
  assert.ok(readSnapshots().length > 0, 'a baseline migration is committed');
  assert.deepEqual(await serverMigrationProblems(readFileSync(SCHEMA_PATH, 'utf8')), []);
});

test('a schema change without server migrations, or an edited migration, is reported', async () => {
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  const changed = schema.replace(
    /model Collection \{/,
    'model Collection {\n  description String?',
  );
  assert.match(
    (await serverMigrationProblems(changed)).join('\n'),
    /schema.prisma changed since the last server migration/,
  );

  const dirs = {
    postgresql: join(scratch, 'postgresql'),
    sqlserver: join(scratch, 'sqlserver'),
  };
  cpSync(MIGRATIONS_DIRS.postgresql, dirs.postgresql, { recursive: true });
  cpSync(MIGRATIONS_DIRS.sqlserver, dirs.sqlserver, { recursive: true });
  const last = readSnapshots().at(-1);
  assert.ok(last);
  const file = join(dirs.sqlserver, last.name, 'migration.sql');
  writeFileSync(file, `-- edited by hand\n${readFileSync(file, 'utf8')}`);
  assert.deepEqual(await serverMigrationProblems(schema, dirs, SNAPSHOTS_DIR), [
    `sqlserver: ${last.name}/migration.sql differs from its snapshot diff`,
  ]);
});

test("SQL after the hand-written marker is the author's; a migration without it must match exactly", async () => {
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  const dir = join(scratch, 'hand-written');
  cpSync(MIGRATIONS_DIRS.postgresql, dir, { recursive: true });
  const dirs = { postgresql: dir, sqlserver: MIGRATIONS_DIRS.sqlserver };
  const [first] = readSnapshots();
  assert.ok(first);
  const file = join(dir, first.name, 'migration.sql');
  const derived = readFileSync(file, 'utf8');
  assert.equal(derivedSql(derived), derived, 'the baseline has no hand-written part');
  writeFileSync(file, `${derived}\n${HAND_WRITTEN_MARKER}\nCREATE VIEW "v" AS SELECT 1;\n`);
  assert.deepEqual(await serverMigrationProblems(schema, dirs, SNAPSHOTS_DIR), []);
  writeFileSync(file, `${derived}\nCREATE VIEW "v" AS SELECT 1;\n`);
  assert.deepEqual(await serverMigrationProblems(schema, dirs, SNAPSHOTS_DIR), [
    `postgresql: ${first.name}/migration.sql differs from its snapshot diff`,
  ]);
});
