import { join } from 'node:path';
import { knowledgeBaseDir } from './knowledge-base.ts';
import { CORENLP_USER } from './services/corenlp.ts';
import { POSTGRES_USER, postgresEnabled } from './services/postgresql.ts';
import type { StackContext } from './services/service.ts';

/** How services and tests reach the stores: written to <dataDir>/stack.env on every `up`. */
export function storeConnections({ env, secrets }: StackContext) {
  return {
    ELASTICSEARCH_URL: `http://127.0.0.1:${env.QUARRY_ES_PORT}`,
    NEO4J_URI: `bolt://127.0.0.1:${env.QUARRY_NEO4J_PORT}`,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: secrets.neo4jPassword,
    CORENLP_URL: `http://127.0.0.1:${env.QUARRY_CORENLP_PORT}`,
    CORENLP_USER,
    CORENLP_PASSWORD: secrets.corenlpPassword,
    REDIS_URL: `redis://:${secrets.redisPassword}@127.0.0.1:${env.QUARRY_REDIS_PORT}`,
    ...databaseUrls({ env, secrets }),
    QUARRY_JWT_SECRET: secrets.jwtSecret,
    ...pipelineFolders({ env }),
    // The entity linker's SQLite knowledge base (read-only), built by `up` (knowledge-base.ts).
    KNOWLEDGE_BASE_DIR: knowledgeBaseDir(env),
  };
}

/**
 * DATABASE_URL is the app's database: the SQLite file, or with QUARRY_DATABASE=postgresql the
 * `quarry` database of the stack's PostgreSQL (created by the first migration). When PostgreSQL
 * runs, DATABASE_URL_POSTGRES points at its maintenance database: tests create their own from it.
 */
function databaseUrls({ env, secrets }: StackContext) {
  const server = `postgresql://${POSTGRES_USER}:${secrets.postgresPassword}@127.0.0.1:${env.QUARRY_POSTGRES_PORT}`;
  return {
    DATABASE_URL:
      env.QUARRY_DATABASE === 'postgresql'
        ? `${server}/quarry`
        : `file:${join(env.dataDir, 'accounts.db')}`,
    ...(postgresEnabled(env) ? { DATABASE_URL_POSTGRES: `${server}/postgres` } : {}),
  };
}

/** The pipeline's storage: originals and derived text, and the folder it watches for new files. */
export function pipelineFolders({ env }: Pick<StackContext, 'env'>) {
  return {
    PIPELINE_DATA_DIR: join(env.dataDir, 'pipeline'),
    PIPELINE_INGEST_DIR: join(env.dataDir, 'ingest'),
  };
}

/** Where each app service listens. */
export function appUrls({ env }: StackContext) {
  const url = (port: number) => `http://127.0.0.1:${port}`;
  return {
    GATEWAY_URL: url(env.QUARRY_GATEWAY_PORT),
    DOCUMENTS_URL: url(env.QUARRY_DOCUMENTS_PORT),
    GRAPH_URL: url(env.QUARRY_GRAPH_PORT),
    ACCOUNTS_URL: url(env.QUARRY_ACCOUNTS_PORT),
    PIPELINE_URL: url(env.QUARRY_PIPELINE_PORT),
    WEB_URL: url(env.QUARRY_WEB_PORT),
  };
}

export function toEnvFile(values: Record<string, string>): string {
  return `# Written by the Quarry stack manager on every 'up'. Contains secrets: do not share.\n${Object.entries(
    values,
  )
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')}\n`;
}
