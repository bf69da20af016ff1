import { randomUUID } from 'node:crypto';
import { createClient, type Client, type Transaction } from '@libsql/client';
import {
  failedMigration,
  isApplied,
  MigrationError,
  type HistoryRow,
  type MigrateResult,
} from './migration-history.ts';
import { readMigrations, SQLITE_MIGRATIONS_DIR } from './migrations-dir.ts';

/**
 * SQLite migrator. The Prisma CLI's `migrate deploy` needs a schema-engine binary that cannot be
 * downloaded here. This applies the same migration files and keeps the same bookkeeping table, so a
 * later `prisma migrate deploy` sees them as applied (same names, same checksums).
 */

// Prisma's own DDL for its history table on SQLite (schema-engine sqlite connector).
const HISTORY_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

async function historyOf(tx: Transaction, name: string): Promise<HistoryRow[]> {
  const result = await tx.execute({
    sql: 'SELECT checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = ?',
    args: [name],
  });
  return result.rows.map((row) => ({
    checksum: row.checksum as string,
    finished_at: row.finished_at,
    rolled_back_at: row.rolled_back_at,
  }));
}

/** Prisma's own timestamp format in this table, e.g. `2026-11-23T20:22:53.912+00:00`. */
export function prismaTimestamp(date = new Date()): string {
  return date.toISOString().replace('Z', '+00:00');
}

/**
 * Applies every pending migration in order, each inside its own write transaction together with
 * its history row, so a crash leaves either the whole migration or none of it. Idempotent.
 * Refuses to continue when an applied migration's file has changed or a failed one is recorded.
 */
export async function migrateSqlite(
  databaseUrl: string,
  migrationsDir = SQLITE_MIGRATIONS_DIR,
): Promise<MigrateResult> {
  const migrations = readMigrations(migrationsDir);
  const client: Client = createClient({ url: databaseUrl, timeout: 15_000 });
  const result: MigrateResult = { applied: [], alreadyApplied: [] };
  try {
    // Write-ahead logging lets readers go on while one process writes; the mode stays with the file.
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute(HISTORY_DDL);
    for (const migration of migrations) {
      // Prisma's SQLite migrations redefine a table by copying it and dropping the old one, with
      // `PRAGMA foreign_keys=OFF` around it. That pragma does nothing inside a transaction, so it must
      // be set here, before BEGIN, on the connection the transaction takes over; otherwise the DROP
      // cascades and deletes every child row (roles, memberships) of the redefined table.
      await client.execute('PRAGMA foreign_keys = OFF');
      // 'write' starts with BEGIN IMMEDIATE: a second migrator waits instead of applying twice.
      const tx = await client.transaction('write');
      try {
        if (isApplied(migration, await historyOf(tx, migration.name))) {
          result.alreadyApplied.push(migration.name);
          await tx.rollback();
          continue;
        }
        const startedAt = prismaTimestamp();
        await tx.executeMultiple(migration.sql);
        // With the checks off during the copy, prove the result is consistent before committing.
        const violations = await tx.execute('PRAGMA foreign_key_check');
        if (violations.rows.length > 0) {
          throw new MigrationError(
            `migration ${migration.name} would leave ${violations.rows.length} rows pointing at missing rows; rolled back`,
          );
        }
        // The schema engine runs a SQLite migration file as one script, so it counts one step.
        await tx.execute({
          sql: `INSERT INTO "_prisma_migrations"
                  (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
                VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
          args: [randomUUID(), migration.checksum, prismaTimestamp(), migration.name, startedAt],
        });
        await tx.commit();
        result.applied.push(migration.name);
      } catch (error) {
        if (!tx.closed) await tx.rollback();
        throw failedMigration(migration.name, error);
      } finally {
        tx.close();
      }
    }
  } finally {
    client.close();
  }
  return result;
}
