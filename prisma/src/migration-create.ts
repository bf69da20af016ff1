import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockFile, MIGRATIONS_DIRS, SNAPSHOTS_DIR } from './providers.ts';
import { pendingSchemaChanges, SCHEMA_PATH } from './schema-engine.ts';
import {
  HAND_WRITTEN_MARKER,
  readSnapshots,
  SERVER_PROVIDERS,
  serverMigrationSql,
} from './server-migrations.ts';

/**
 * `npm run migration:create -w prisma -- <name>`: the offline stand-in for `prisma migrate dev
 * --create-only`, for every provider at once. SQLite: the committed migrations (replayed in memory)
 * diffed against schema.prisma. PostgreSQL and SQL Server: the last snapshot diffed against
 * schema.prisma, plus a new snapshot. Each provider whose migrations already agree gets nothing,
 * so running it again after someone else created only the SQLite migration adds the others.
 * `--hand-written` writes a migration for every provider even without a schema change, each ending
 * with HAND_WRITTEN_MARKER, below which the author appends the SQL the engine cannot derive
 * (triggers): once per provider, in its dialect.
 */

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), text);
}

const FLAGS = ['--server-only', '--hand-written'];
const [name, ...flags] = process.argv.slice(2);
// --server-only: leave SQLite alone (its migration for this change was made separately).
const serverOnly = flags.includes('--server-only');
const handWritten = flags.includes('--hand-written');
if (!name || !/^[a-z0-9_]+$/.test(name) || flags.some((f) => !FLAGS.includes(f))) {
  process.stderr.write(
    'usage: node src/migration-create.ts <snake_case_name> [--server-only] [--hand-written]\n',
  );
  process.exit(64);
}
const withTail = (sql: string) =>
  handWritten ? `${sql}${sql ? '\n' : ''}${HAND_WRITTEN_MARKER}\n` : sql;
const folder = `${timestamp()}_${name}`;
const schema = readFileSync(SCHEMA_PATH, 'utf8');
const created: string[] = [];

// The engine reads the provider from the lock file, so it must exist before the first diff.
for (const [provider, dir] of Object.entries(MIGRATIONS_DIRS)) {
  const lock = join(dir, 'migration_lock.toml');
  if (!existsSync(lock)) write(dir, 'migration_lock.toml', lockFile(provider as 'sqlite'));
}

const sqlite = serverOnly ? '' : await pendingSchemaChanges();
if (sqlite || (handWritten && !serverOnly)) {
  write(join(MIGRATIONS_DIRS.sqlite, folder), 'migration.sql', withTail(sqlite));
  created.push(join(MIGRATIONS_DIRS.sqlite, folder));
}

const sql = await serverMigrationSql(readSnapshots().at(-1)?.schema ?? null, schema);
if (sql.postgresql || handWritten) {
  for (const provider of SERVER_PROVIDERS) {
    write(join(MIGRATIONS_DIRS[provider], folder), 'migration.sql', withTail(sql[provider]));
    created.push(join(MIGRATIONS_DIRS[provider], folder));
  }
  write(SNAPSHOTS_DIR, `${folder}.prisma`, schema);
  created.push(join(SNAPSHOTS_DIR, `${folder}.prisma`));
}

process.stdout.write(
  created.length === 0
    ? 'schema.prisma and the migrations agree: nothing to create\n'
    : `created:\n${created.map((path) => `  ${path}\n`).join('')}`,
);
