import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Client } from '@elastic/elasticsearch';
import { parse } from 'graphql';
import { createPrismaClient, type PrismaClient } from '@quarry/prisma';
import { ensureSearchIndex } from '@quarry/search-index';
import { createLogger, serveGraphql, type Logger } from '@quarry/service-kit';
import { createContext } from './context.ts';
import type { Env } from './env.ts';
import { IngestManager } from './ingest/ingest-manager.ts';
import { IngestStore } from './ingest/ingest-store.ts';
import { PipelineClient } from './ingest/pipeline-client.ts';
import { resolvers } from './resolvers/index.ts';
import { DocumentsStore } from './store/documents-store.ts';

export { indexDocument } from './store/index-document.ts';
export { DocumentsStore, type DocumentPage } from './store/documents-store.ts';
export type { DocumentRecord } from './store/document-record.ts';
export { buildSearchRequest } from './search/build-search-request.ts';
export type { SearchInput, SearchFilterInput, SearchSort } from './search/search-input.ts';
export { versionedIndexName } from '@quarry/search-index';
export { envSchema, type Env } from './env.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface StartOverrides {
  logger?: Logger;
  /** Clients owned by the caller (tests); they are not closed on close. */
  client?: Client;
  prisma?: PrismaClient;
}

export interface RunningDocuments {
  url: string;
  client: Client;
  prisma: PrismaClient;
  close(): Promise<void>;
}

/** Starts the documents subgraph; the SQL database must already be migrated (prisma `setup`). */
export async function start(env: Env, overrides: StartOverrides = {}): Promise<RunningDocuments> {
  const logger = overrides.logger ?? createLogger('documents', env.LOG_LEVEL);
  const client = overrides.client ?? new Client({ node: env.ELASTICSEARCH_URL });
  const prisma = overrides.prisma ?? createPrismaClient(env.DATABASE_URL);
  await ensureSearchIndex(client, env.DOCUMENTS_INDEX);

  const documents = new DocumentsStore(client, env.DOCUMENTS_INDEX);
  const ingest = new IngestStore(prisma);
  const manager = new IngestManager(prisma, documents, new PipelineClient(env.PIPELINE_URL));
  const http = await serveGraphql({
    name: 'documents',
    host: env.HOST,
    port: env.PORT,
    logger,
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    context: createContext(env.QUARRY_JWT_SECRET, { documents, ingest, manager }),
    readiness: { elasticsearch: () => documents.checkHealth(), database: () => ingest.ping() },
  });
  return {
    url: http.url,
    client,
    prisma,
    close: async () => {
      await http.close();
      if (!overrides.client) await client.close();
      if (!overrides.prisma) await prisma.$disconnect();
    },
  };
}
