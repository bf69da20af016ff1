import { Client } from '@elastic/elasticsearch';
import { signAccessToken, type Viewer } from '@quarry/auth';
import { createPrismaClient, migrate, type PrismaClient } from '@quarry/prisma';
import type { IndexedDocument } from '@quarry/search-index';
import { createLogger, parseEnv } from '@quarry/service-kit';
import { postGraphql } from '@quarry/service-kit/testing';
import { indexDocument, start, versionedIndexName, type RunningDocuments } from '../app.ts';
import { envSchema } from '../env.ts';
import { closedPortUrl, runId, tempDir } from './fixtures.ts';

/**
 * One isolated documents service per test file: a random index alias, a temporary migrated SQLite
 * file, the pipeline URL on a closed port, and tokens signed like the accounts subgraph signs them.
 * `close()` deletes exactly what it created.
 */
export interface Harness {
  run: string;
  alias: string;
  app: RunningDocuments;
  client: Client;
  prisma: PrismaClient;
  collectionA: string;
  collectionB: string;
  token: (viewer: Partial<Viewer> & Pick<Viewer, 'roles' | 'collections'>) => Promise<string>;
  gql: <T = Record<string, unknown>>(
    bearer: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => ReturnType<typeof postGraphql<T>>;
  close: () => Promise<void>;
}

export async function startHarness(
  source: Record<string, string | undefined>,
  documents: (run: string, a: string, b: string) => IndexedDocument[] = () => [],
): Promise<Harness> {
  const run = runId();
  const alias = `quarry-test-docs-${run}`;
  const db = tempDir('quarry-documents-');
  const databaseUrl = db.url();
  await migrate(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  const secret = source.QUARRY_JWT_SECRET ?? 'integration-test-secret-0123456789abcdef';
  const env = parseEnv('documents-test', envSchema, {
    ...source,
    PORT: '0',
    DOCUMENTS_INDEX: alias,
    DATABASE_URL: databaseUrl,
    PIPELINE_URL: await closedPortUrl(),
    QUARRY_JWT_SECRET: secret,
  });
  const client = new Client({ node: env.ELASTICSEARCH_URL });
  const app = await start(env, {
    logger: createLogger('documents-test', 'silent'),
    client,
    prisma,
  });
  const collectionA = `col-a-${run}`;
  const collectionB = `col-b-${run}`;
  const docs = documents(run, collectionA, collectionB);
  for (const doc of docs) await indexDocument(client, alias, doc);
  if (docs.length > 0) await client.indices.refresh({ index: alias });
  return {
    run,
    alias,
    app,
    client,
    prisma,
    collectionA,
    collectionB,
    token: (viewer) =>
      signAccessToken({ id: 'u1', email: 'ada@example.org', name: 'Ada', ...viewer }, secret, 300),
    gql: (bearer, query, variables = {}) =>
      postGraphql(`${app.url}/graphql`, query, variables, bearer),
    close: async () => {
      await app.close();
      await client.indices.delete({ index: versionedIndexName(alias), ignore_unavailable: true });
      await client.close();
      await prisma.$disconnect();
      db.remove();
    },
  };
}
