import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrations } from './migrations-dir.ts';
import { MIGRATIONS_DIRS, SNAPSHOTS_DIR } from './providers.ts';
import { postgresDiff } from './schema-engine.ts';
import { toSqlServer } from './sqlserver-ddl.ts';

/**
 * PostgreSQL and SQL Server migrations follow schema.prisma through snapshots: migration N is the
 * engine's diff from snapshot N-1 to snapshot N (PostgreSQL SQL, translated for SQL Server). No
 * database is involved, so they can be created and checked anywhere.
 */
export type ServerProvider = 'postgresql' | 'sqlserver';
export const SERVER_PROVIDERS: ServerProvider[] = ['postgresql', 'sqlserver'];

/**
 * A migration may end with SQL the schema engine cannot derive from schema.prisma (triggers, for
 * the append-only audit log): it follows this line, which `migration:create --hand-written` writes.
 * The checks compare only what precedes it with the snapshot diff.
 */
export const HAND_WRITTEN_MARKER = '-- Hand-written below: not derived from schema.prisma';

/**
 * The part of a migration the tool derived: everything before the hand-written marker, less the
 * line break `migration:create` puts between the two.
 */
export function derivedSql(sql: string): string {
  const at = sql.indexOf(HAND_WRITTEN_MARKER);
  return at === -1 ? sql : sql.slice(0, at).replace(/\n$/, '');
}

export interface Snapshot {
  /** The migration it belongs to, e.g. `20261124003000_baseline`. */
  name: string;
  schema: string;
}

export function readSnapshots(dir = SNAPSHOTS_DIR): Snapshot[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.prisma'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.prisma$/, ''),
      schema: readFileSync(join(dir, file), 'utf8'),
    }));
}

/** The migration SQL that takes `from` (null: an empty database) to `to`, per server provider. */
export async function serverMigrationSql(
  from: string | null,
  to: string,
): Promise<Record<ServerProvider, string>> {
  const postgresql = await postgresDiff(from, to);
  if (!postgresql) return { postgresql: '', sqlserver: '' };
  // SQL Server restates a changed column's full type, which the target's CREATE script gives.
  const sqlserver = toSqlServer(postgresql, await postgresDiff(null, to));
  return { postgresql, sqlserver };
}

/**
 * Every disagreement between the committed server migrations, the snapshots and schema.prisma:
 * each migration must be exactly what the tool makes from its snapshot and the previous one (up to
 * its hand-written part), and the last snapshot must be the current schema. Empty when all agree.
 */
export async function serverMigrationProblems(
  schema: string,
  dirs: Record<ServerProvider, string> = MIGRATIONS_DIRS,
  snapshotsDir = SNAPSHOTS_DIR,
): Promise<string[]> {
  const problems: string[] = [];
  const snapshots = readSnapshots(snapshotsDir);
  const names = snapshots.map((s) => s.name);
  for (const provider of SERVER_PROVIDERS) {
    const committed = readMigrations(dirs[provider]).map((m) => m.name);
    if (committed.join() !== names.join()) {
      problems.push(
        `${provider}: migrations [${committed.join(', ')}] but snapshots [${names.join(', ')}]`,
      );
    }
  }
  let previous: string | null = null;
  for (const snapshot of snapshots) {
    const expected = await serverMigrationSql(previous, snapshot.schema);
    for (const provider of SERVER_PROVIDERS) {
      const file = join(dirs[provider], snapshot.name, 'migration.sql');
      const actual = existsSync(file) ? derivedSql(readFileSync(file, 'utf8')) : null;
      if (actual !== expected[provider]) {
        problems.push(`${provider}: ${snapshot.name}/migration.sql differs from its snapshot diff`);
      }
    }
    previous = snapshot.schema;
  }
  // Compared by meaning, not text: a comment-only edit of schema.prisma needs no migration.
  if ((await postgresDiff(previous, schema)) !== '') {
    problems.push(
      'schema.prisma changed since the last server migration: run `npm run migration:create -w prisma -- <name>`',
    );
  }
  return problems;
}
