import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * SQLite migrations in Prisma's own folder format (`<timestamp>_<name>/migration.sql`), so a real
 * `prisma migrate deploy` can take over later. A PostgreSQL / SQL Server set gets a sibling folder
 * (e.g. `migrations-postgresql/`) when it is added.
 */
export const SQLITE_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

export interface MigrationFile {
  /** Folder name, e.g. `20261123202144_init`; Prisma's `migration_name`. */
  name: string;
  sql: string;
  /** Lower-case hex SHA-256 of the file's bytes: what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

/** Lists the migrations in `dir` in the order they must run (folder names sort by timestamp). */
export function readMigrations(dir = SQLITE_MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}
