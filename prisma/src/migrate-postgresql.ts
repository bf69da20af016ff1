import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  failedMigration,
  isApplied,
  MigrationError,
  type HistoryRow,
  type MigrateResult,
} from './migration-history.ts';
import type { MigrationFile } from './migrations-dir.ts';

/** Prisma's own DDL for its history table on PostgreSQL (schema-engine postgres connector). */
const HISTORY_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Prisma Migrate's advisory lock key: our migrator and `prisma migrate deploy` exclude each other. */
const ADVISORY_LOCK = 72707369;

/** Connects; a missing database is created first (as `prisma migrate deploy` does). */
async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    if ((error as { code?: string }).code !== '3D000') throw error;
  }
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } catch (error) {
    // Another service starting at the same time created it first.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await admin.end();
  }
  const created = new pg.Client({ connectionString: databaseUrl });
  await created.connect();
  return created;
}

/**
 * Applies every pending migration in order, each in its own transaction together with its history
 * row (PostgreSQL DDL is transactional). A session advisory lock makes a second migrator (another
 * service starting at the same moment) wait, then find everything applied.
 */
export async function migratePostgresql(
  databaseUrl: string,
  migrations: MigrationFile[],
): Promise<MigrateResult> {
  const client = await connect(databaseUrl);
  const result: MigrateResult = { applied: [], alreadyApplied: [] };
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK]);
    await client.query(HISTORY_DDL);
    for (const migration of migrations) {
      await client.query('BEGIN');
      try {
        const { rows } = await client.query<HistoryRow>(
          'SELECT checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = $1',
          [migration.name],
        );
        if (isApplied(migration, rows)) {
          result.alreadyApplied.push(migration.name);
          await client.query('ROLLBACK');
          continue;
        }
        const startedAt = new Date();
        // No parameters: the simple query protocol runs the whole file, inside this transaction.
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations"
             (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query('COMMIT');
        result.applied.push(migration.name);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw failedMigration(migration.name, error);
      }
    }
  } catch (error) {
    throw error instanceof MigrationError
      ? error
      : new MigrationError(`PostgreSQL migration failed: ${(error as Error).message}`);
  } finally {
    // Ending the session releases the advisory lock.
    await client.end();
  }
  return result;
}
