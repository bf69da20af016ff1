import { randomUUID } from 'node:crypto';
import sql from 'mssql';
import {
  failedMigration,
  isApplied,
  MigrationError,
  type HistoryRow,
  type MigrateResult,
} from './migration-history.ts';
import type { MigrationFile } from './migrations-dir.ts';

/**
 * SQL Server migrator. NOT RUN ANYWHERE YET: SQL Server cannot run on the development machines or
 * in CI, so this follows Prisma's documented behaviour and has only been type-checked.
 */

/** Prisma's own DDL for its history table on SQL Server (schema-engine mssql connector). */
const HISTORY_DDL = `IF OBJECT_ID(N'[dbo].[_prisma_migrations]', N'U') IS NULL
CREATE TABLE [dbo].[_prisma_migrations] (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             DATETIMEOFFSET,
    migration_name          NVARCHAR(250) NOT NULL,
    logs                    NVARCHAR(MAX) NULL,
    rolled_back_at          DATETIMEOFFSET,
    started_at              DATETIMEOFFSET NOT NULL DEFAULT CURRENT_TIMESTAMP,
    applied_steps_count     INT NOT NULL DEFAULT 0
)`;

/**
 * Prisma's JDBC-style URL (`sqlserver://host:port;database=quarry;user=sa;password=…;encrypt=true;
 * trustServerCertificate=true`) as an mssql configuration with a single connection, so the session
 * lock and every statement share it.
 */
export function sqlServerConfig(databaseUrl: string): sql.config {
  const [hostPart = '', ...pairs] = databaseUrl
    .replace(/^sqlserver:\/\//, '')
    // A value in braces may hold semicolons: `password={p;w}`.
    .split(/;(?![^{]*\})/);
  const [server = '', port] = hostPart.split(':');
  const settings = new Map(
    pairs
      .filter((pair) => pair.includes('='))
      .map((pair) => {
        const at = pair.indexOf('=');
        return [pair.slice(0, at).trim().toLowerCase(), pair.slice(at + 1).replace(/^\{|\}$/g, '')];
      }),
  );
  const flag = (key: string, fallback: boolean) =>
    settings.has(key) ? settings.get(key) === 'true' : fallback;
  return {
    server,
    ...(port ? { port: Number(port) } : {}),
    database: settings.get('database') ?? settings.get('initial catalog'),
    user: settings.get('user') ?? settings.get('username') ?? settings.get('uid'),
    password: settings.get('password') ?? settings.get('pwd'),
    options: {
      encrypt: flag('encrypt', true),
      trustServerCertificate: flag('trustservercertificate', false),
    },
    pool: { min: 1, max: 1 },
  };
}

/**
 * Applies pending migrations under an exclusive session application lock. Each Prisma SQL Server
 * migration carries its own BEGIN TRAN / ROLLBACK, so it runs as written and its history row is
 * written once it has committed (a crash in between leaves it applied but unrecorded: the next run
 * then fails on the existing objects and names the migration).
 */
export async function migrateSqlServer(
  databaseUrl: string,
  migrations: MigrationFile[],
): Promise<MigrateResult> {
  const pool = await new sql.ConnectionPool(sqlServerConfig(databaseUrl)).connect();
  const result: MigrateResult = { applied: [], alreadyApplied: [] };
  try {
    const lock = await pool
      .request()
      .query(
        "DECLARE @r INT; EXEC @r = sp_getapplock @Resource = N'prisma_migrate', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 600000; SELECT @r AS r",
      );
    if ((lock.recordset[0] as { r: number }).r < 0) {
      throw new MigrationError(
        'another migrator held the SQL Server migration lock for 10 minutes',
      );
    }
    await pool.request().batch(HISTORY_DDL);
    for (const migration of migrations) {
      const history = await pool
        .request()
        .input('name', sql.NVarChar(250), migration.name)
        .query<HistoryRow>(
          'SELECT checksum, finished_at, rolled_back_at FROM [dbo].[_prisma_migrations] WHERE migration_name = @name',
        );
      const rows = history.recordset.map((row) => ({
        ...row,
        finished_at: row.finished_at ?? null,
        rolled_back_at: row.rolled_back_at ?? null,
      }));
      if (isApplied(migration, rows)) {
        result.alreadyApplied.push(migration.name);
        continue;
      }
      const startedAt = new Date();
      try {
        await pool.request().batch(migration.sql);
      } catch (error) {
        throw failedMigration(migration.name, error);
      }
      await pool
        .request()
        .input('id', sql.VarChar(36), randomUUID())
        .input('checksum', sql.VarChar(64), migration.checksum)
        .input('name', sql.NVarChar(250), migration.name)
        .input('started', sql.DateTimeOffset, startedAt)
        .query(
          `INSERT INTO [dbo].[_prisma_migrations]
             (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES (@id, @checksum, SYSDATETIMEOFFSET(), @name, NULL, NULL, @started, 1)`,
        );
      result.applied.push(migration.name);
    }
  } finally {
    // Closing the only connection ends the session, which releases the application lock.
    await pool.close();
  }
  return result;
}
