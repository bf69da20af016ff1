import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readTestDatabaseEnv } from './env.ts';

/**
 * Fresh, empty databases for integration tests (`@quarry/prisma/testing`), on SQLite and on the
 * PostgreSQL server the test stack runs (DATABASE_URL_POSTGRES). Each one is the caller's alone and
 * `drop()` removes it; nothing else on the server is touched.
 */
export type TestProvider = 'sqlite' | 'postgresql';

export interface TestDatabase {
  provider: TestProvider;
  url: string;
  drop(): Promise<void>;
}

const MISSING_POSTGRES =
  'DATABASE_URL_POSTGRES is not set: start the test stack (./quarry test does) or load its stack.env';

/**
 * The providers to run integration tests on. Without a PostgreSQL server its tests are skipped
 * (visibly) on a developer's machine, but never in CI (CI=true): there they fail, naming the cause.
 */
export function testProviders(): { provider: TestProvider; skip: string | false }[] {
  const env = readTestDatabaseEnv();
  return [
    { provider: 'sqlite', skip: false },
    {
      provider: 'postgresql',
      skip: env.postgresUrl === undefined && !env.ci ? MISSING_POSTGRES : false,
    },
  ];
}

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new database; the provider defaults to QUARRY_TEST_DATABASE (sqlite when unset). */
export async function createTestDatabase(provider?: TestProvider): Promise<TestDatabase> {
  const env = readTestDatabaseEnv();
  const chosen = provider ?? env.provider;
  if (chosen === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'quarry-db-'));
    return {
      provider: 'sqlite',
      url: `file:${join(dir, 'quarry.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (chosen !== 'postgresql')
    throw new Error(`QUARRY_TEST_DATABASE=${chosen}: sqlite or postgresql`);
  const serverUrl = env.postgresUrl;
  if (!serverUrl) throw new Error(MISSING_POSTGRES);
  const name = `quarry_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    provider: 'postgresql',
    url: url.toString(),
    // FORCE ends sessions a test left open (a client not yet disconnected).
    drop: () =>
      onServer(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}

/** Tracks the databases a test file creates, so one `after(() => dbs.dropAll())` removes them. */
export function testDatabases() {
  const created: TestDatabase[] = [];
  return {
    async create(provider?: TestProvider): Promise<TestDatabase> {
      const db = await createTestDatabase(provider);
      created.push(db);
      return db;
    },
    async dropAll(): Promise<void> {
      await Promise.all(created.splice(0).map((db) => db.drop()));
    },
  };
}
