import type { MigrationFile } from './migrations-dir.ts';

/** What every provider's migrator shares: Prisma's `_prisma_migrations` bookkeeping rules. */

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export interface HistoryRow {
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/**
 * True when `migration` is applied already (per its history rows); throws when its file changed
 * since, or when it is recorded as failed. False: it is pending.
 */
export function isApplied(migration: MigrationFile, rows: HistoryRow[]): boolean {
  const finished = rows.find((row) => row.finished_at !== null && row.rolled_back_at === null);
  if (finished) {
    if (finished.checksum !== migration.checksum) {
      throw new MigrationError(
        `migration ${migration.name} was already applied but its migration.sql has changed since ` +
          `(checksum ${finished.checksum} in the database, ${migration.checksum} on disk). ` +
          'Never edit an applied migration: add a new one.',
      );
    }
    return true;
  }
  if (rows.some((row) => row.finished_at === null && row.rolled_back_at === null)) {
    throw new MigrationError(
      `migration ${migration.name} is recorded as failed; resolve it before migrating again`,
    );
  }
  return false;
}

/** Wraps a driver error of a pending migration; the caller has rolled it back. */
export function failedMigration(name: string, error: unknown): MigrationError {
  if (error instanceof MigrationError) return error;
  return new MigrationError(
    `migration ${name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`,
  );
}
