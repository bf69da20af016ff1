import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaLibSql } from '@prisma/adapter-libsql';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';
import { SchemaEngine, type MigrationList } from '@prisma/schema-engine-wasm';
import { readMigrations } from './migrations-dir.ts';
import { MIGRATIONS_DIRS, schemaFor } from './providers.ts';

/**
 * Prisma's schema engine compiled to WebAssembly (development only): it computes migration SQL
 * offline, where the CLI's native engine cannot be downloaded. Its package has no build matching
 * prisma 7.10.1's engine hash (8.1.0-1.d1b3f377); 8.1.0-2 is the nearest published one. It has
 * the SQLite and PostgreSQL connectors but no SQL Server one (it panics "Unsupported adapter
 * provider: SqlServer"): SQL Server migrations are translated from PostgreSQL's (sqlserver-ddl.ts).
 */

export const SCHEMA_PATH = fileURLToPath(new URL('../schema.prisma', import.meta.url));
export const NO_FILTER = { externalTables: [], externalEnums: [] };

/** The engine providers this package drives (SQL Server: see above). */
export type EngineProvider = 'sqlite' | 'postgresql';

function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/**
 * The engine applies each migration file through a single `executeRaw` call, but libsql's
 * `execute` runs only the first statement of a script. Argument-less raw statements therefore go
 * through `executeScript`, which runs them all.
 */
async function connectScriptAware(url: string): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaLibSql({ url }).connect();
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

function sqliteFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaLibSql({ url: databaseUrl });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => connectScriptAware(databaseUrl),
    connectToShadowDb: () => connectScriptAware(':memory:'),
  };
}

/**
 * A PostgreSQL "connection" that only answers the version probe the engine sends when it starts:
 * enough to diff two schemas, which never touches a database. Any other query fails loudly.
 */
function offlinePostgresFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = (query: SqlQuery | string): never => {
    throw new Error(
      `no PostgreSQL database is connected (offline diff); the engine asked: ${typeof query === 'string' ? query : query.sql}`,
    );
  };
  const adapter: SqlDriverAdapter = {
    provider: 'postgres',
    adapterName: 'quarry-offline-postgres',
    async queryRaw(query) {
      if (!/server_version_num/.test(query.sql)) return refuse(query);
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL 15.0 (offline)', 150000]],
      };
    },
    executeRaw: async (query) => refuse(query),
    executeScript: async (script) => refuse(script),
    startTransaction: async () => refuse('BEGIN'),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => undefined,
  };
  return {
    provider: 'postgres',
    adapterName: adapter.adapterName,
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  };
}

/**
 * The engine reads PostgreSQL's catalogs, whose flag columns have the internal type "char" (oid
 * 18), which the pg adapter cannot map ("Column type 'char' could not be deserialized"). Its values
 * arrive as plain strings, so the pool reports those columns as text (oid 25) instead.
 */
function catalogReadablePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  const query = pool.query.bind(pool) as (config: unknown) => Promise<pg.QueryResult>;
  const patched = async (config: unknown) => {
    const result = await query(config);
    for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  pool.query = patched;
  return pool;
}

/**
 * adapter-pg's `executeScript` splits a script at every ';', which cuts a function body
 * (`$$ … $$`, in the audit log's append-only migration) apart. PostgreSQL's simple query protocol
 * runs a whole script itself, as Prisma's native engine and our migrator send it, so the script
 * goes to the server in one piece; a failure keeps the adapter's error shape.
 */
async function scriptAwarePg(url: string): Promise<SqlDriverAdapter> {
  const pool = catalogReadablePool(url);
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      if (!(error instanceof pg.DatabaseError)) throw error;
      throw new DriverAdapterError({
        kind: 'postgres',
        code: error.code ?? 'N/A',
        severity: error.severity ?? 'N/A',
        message: error.message,
        detail: error.detail,
        column: error.column,
        hint: error.hint,
      });
    }
  };
  return adapter;
}

/** A PostgreSQL server for the engine: `databaseUrl` itself, shadow databases created beside it. */
function postgresFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  const adapterOn = scriptAwarePg;
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => adapterOn(databaseUrl),
    async connectToShadowDb() {
      const main = await adapterOn(databaseUrl);
      const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
      await main.executeScript(`CREATE DATABASE "${name}"`);
      const url = new URL(databaseUrl);
      url.pathname = `/${name}`;
      const shadow = await adapterOn(url.toString());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await main.dispose();
      };
      return shadow;
    },
  };
}

/**
 * Opens the engine for `schema`. SQLite: on `databaseUrl` (a throwaway in-memory database by
 * default), shadow database in memory. PostgreSQL: on `databaseUrl` (its shadow databases are
 * created and dropped on that server), or offline when none is given (schema-to-schema diffs only).
 */
export async function openEngine(
  schema: string,
  databaseUrl?: string,
  provider: EngineProvider = 'sqlite',
): Promise<SchemaEngine> {
  const factory =
    provider === 'sqlite'
      ? sqliteFactory(databaseUrl ?? ':memory:')
      : databaseUrl
        ? postgresFactory(databaseUrl)
        : offlinePostgresFactory();
  return SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

/** The committed migrations in the shape the engine takes them. */
export function migrationList(migrationsDir = MIGRATIONS_DIRS.sqlite): MigrationList {
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: readIfExists(join(migrationsDir, 'migration_lock.toml')),
    },
    shadowDbInitScript: '',
    migrationDirectories: readMigrations(migrationsDir).map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
    })),
  };
}

const EMPTY = /^\s*(-- This is an empty migration\.)?\s*$/;

async function diffScript(
  engine: SchemaEngine,
  from: Parameters<SchemaEngine['diff']>[0]['from'],
  schema: string,
): Promise<string> {
  const result = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
    script: true,
    exitCode: null,
    filters: NO_FILTER,
  });
  const sql = result.stdout ?? '';
  return EMPTY.test(sql) ? '' : sql;
}

/**
 * SQL that takes a database migrated with every committed migration of `provider` to the state
 * schema.prisma describes; '' means the migrations are up to date. SQLite replays them in memory;
 * PostgreSQL needs a server (`databaseUrl`) for its shadow database.
 */
export async function pendingSchemaChanges(
  schemaPath = SCHEMA_PATH,
  migrationsDir = MIGRATIONS_DIRS.sqlite,
  postgres?: { databaseUrl: string },
): Promise<string> {
  const provider: EngineProvider = postgres ? 'postgresql' : 'sqlite';
  const schema = schemaFor(provider, readFileSync(schemaPath, 'utf8'));
  const engine = await openEngine(schema, postgres?.databaseUrl, provider);
  try {
    return await diffScript(engine, { tag: 'migrations', ...migrationList(migrationsDir) }, schema);
  } finally {
    engine.free();
  }
}

/**
 * PostgreSQL SQL from the schema `from` (null: an empty database) to `to`, both schema.prisma
 * texts as written (provider sqlite), computed without a database.
 */
export async function postgresDiff(from: string | null, to: string): Promise<string> {
  const target = schemaFor('postgresql', to);
  const engine = await openEngine(target, undefined, 'postgresql');
  try {
    return await diffScript(
      engine,
      from === null
        ? { tag: 'empty' }
        : {
            tag: 'schemaDatamodel',
            files: [{ path: 'schema.prisma', content: schemaFor('postgresql', from) }],
          },
      target,
    );
  } finally {
    engine.free();
  }
}
