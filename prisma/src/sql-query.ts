import { createClient } from '@libsql/client';
import pg from 'pg';
import { providerOf } from './providers.ts';

/** One plain query on SQLite or PostgreSQL, for tests that check what a migration left behind. */
export async function queryRows(url: string, sql: string): Promise<Record<string, unknown>[]> {
  if (providerOf(url) === 'postgresql') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }
  const client = createClient({ url });
  try {
    return (await client.execute(sql)).rows;
  } finally {
    client.close();
  }
}
