import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Client } from '@elastic/elasticsearch';
import { parse } from 'graphql';
import { createLogger, serveGraphql, type Logger } from '@quarry/service-kit';
import { createContext } from './context.ts';
import type { Env } from './env.ts';
import { resolvers } from './resolvers/index.ts';
import { DocumentsStore } from './store/documents-store.ts';
import { ensureDocumentsIndex } from './store/index-setup.ts';

export {
  indexDocument,
  DocumentsStore,
  type DocumentRecord,
  type DocumentPage,
} from './store/documents-store.ts';
export { ensureDocumentsIndex, versionedIndexName } from './store/index-setup.ts';
export { envSchema, type Env } from './env.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface StartOverrides {
  logger?: Logger;
  client?: Client;
}

export interface RunningDocuments {
  url: string;
  client: Client;
  close(): Promise<void>;
}

export async function start(env: Env, overrides: StartOverrides = {}): Promise<RunningDocuments> {
  const logger = overrides.logger ?? createLogger('documents', env.LOG_LEVEL);
  const client = overrides.client ?? new Client({ node: env.ELASTICSEARCH_URL });
  const store = new DocumentsStore(client, env.DOCUMENTS_INDEX);
  await ensureDocumentsIndex(client, env.DOCUMENTS_INDEX);

  const http = await serveGraphql({
    name: 'documents',
    host: env.HOST,
    port: env.PORT,
    logger,
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    context: createContext(env.QUARRY_JWT_SECRET, store),
    readiness: { elasticsearch: () => store.checkHealth() },
  });
  return {
    url: http.url,
    client,
    close: async () => {
      await http.close();
      if (!overrides.client) await client.close();
    },
  };
}
