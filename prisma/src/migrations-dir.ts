import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIRS } from './providers.ts';

/**
 * Migrations in Prisma's own folder format (`<timestamp>_<name>/migration.sql`), one folder per
 * provider (providers.ts), so a real `prisma migrate deploy` can take over later.
 */
export const SQLITE_MIGRATIONS_DIR = MIGRATIONS_DIRS.sqlite;

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
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}
