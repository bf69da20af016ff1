import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaLibSql } from '@prisma/adapter-libsql';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { SchemaEngine, type MigrationList } from '@prisma/schema-engine-wasm';
import { readMigrations, SQLITE_MIGRATIONS_DIR } from './migrations-dir.ts';

/**
 * Prisma's schema engine compiled to WebAssembly (development only): it computes migration SQL
 * offline, where the CLI's native engine cannot be downloaded. Its package has no build matching
 * prisma 7.10.1's engine hash (8.1.0-1.d1b3f377); 8.1.0-2 is the nearest published one.
 */

export const SCHEMA_PATH = fileURLToPath(new URL('../schema.prisma', import.meta.url));
export const NO_FILTER = { externalTables: [], externalEnums: [] };

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

/**
 * Opens the engine on `databaseUrl` (a throwaway in-memory database by default); the shadow
 * database, where migrations are replayed for diffs, is always in memory.
 */
export async function openEngine(schema: string, databaseUrl = ':memory:'): Promise<SchemaEngine> {
  const base = new PrismaLibSql({ url: databaseUrl });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => connectScriptAware(databaseUrl),
    connectToShadowDb: () => connectScriptAware(':memory:'),
  };
  return SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

/** The committed migrations in the shape the engine takes them. */
export function migrationList(migrationsDir = SQLITE_MIGRATIONS_DIR): MigrationList {
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

/**
 * SQL that takes a database migrated with every committed migration to the state the schema
 * describes; an empty string means the migrations are up to date with the schema.
 */
export async function pendingSchemaChanges(
  schemaPath = SCHEMA_PATH,
  migrationsDir = SQLITE_MIGRATIONS_DIR,
): Promise<string> {
  const schema = readFileSync(schemaPath, 'utf8');
  const engine = await openEngine(schema);
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...migrationList(migrationsDir) },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    const sql = result.stdout ?? '';
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? '' : sql;
  } finally {
    engine.free();
  }
}
