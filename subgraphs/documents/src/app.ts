import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Client } from '@elastic/elasticsearch';
import { parse } from 'graphql';
import { createLogger, graphqlRoute, serve, type Logger } from '@quarry/service-kit';
import { createContext, type Context } from './context.ts';
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

  const apollo = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio offline: tracing data would only be computed and thrown away.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const http = await serve({
    name: 'documents',
    host: env.HOST,
    port: env.PORT,
    logger,
    readiness: { elasticsearch: () => store.checkHealth() },
    routes: { '/graphql': graphqlRoute(apollo, createContext(env.QUARRY_JWT_SECRET, store)) },
  });
  return {
    url: http.url,
    client,
    close: async () => {
      await http.close();
      await apollo.stop();
      if (!overrides.client) await client.close();
    },
  };
}
