import neo4j, { type Driver } from 'neo4j-driver';
import { appendAuditEvent, createPrismaClient, type PrismaClient } from '@quarry/prisma';
import { createLogger, serveGraphql, type Logger } from '@quarry/service-kit';
import { createContext } from './context.ts';
import type { CurationAuditEvent } from './curation/contract.ts';
import type { Env } from './env.ts';
import { createGraphSchema } from './schema.ts';

export { createGraphSchema, printSubgraphSdl } from './schema.ts';
export { typeDefs } from './type-defs.ts';
export { envSchema, type Env } from './env.ts';

export interface StartOverrides {
  logger?: Logger;
  driver?: Driver;
  /** The audit log's database client (else one from DATABASE_URL, when set). */
  prisma?: PrismaClient;
  /** Where curation's audit events go; without one, curation mutations fail (nothing unaudited). */
  audit?: (event: CurationAuditEvent) => Promise<void>;
}

export interface RunningGraph {
  url: string;
  driver: Driver;
  close(): Promise<void>;
}

export async function start(env: Env, overrides: StartOverrides = {}): Promise<RunningGraph> {
  const logger = overrides.logger ?? createLogger('graph', env.LOG_LEVEL);
  const driver =
    overrides.driver ??
    neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD));
  // The audit log's client, unless the caller sends the events elsewhere (tests).
  const prisma = overrides.audit
    ? undefined
    : (overrides.prisma ?? (env.DATABASE_URL ? createPrismaClient(env.DATABASE_URL) : undefined));
  const audit =
    overrides.audit ??
    (prisma ? (event: CurationAuditEvent) => appendAuditEvent(prisma, event) : undefined);
  const http = await serveGraphql({
    name: 'graph',
    host: env.HOST,
    port: env.PORT,
    logger,
    schema: await createGraphSchema(env.QUARRY_JWT_SECRET, {
      driver,
      ...(audit ? { audit } : {}),
    }),
    context: createContext(env.QUARRY_JWT_SECRET),
    readiness: { neo4j: () => driver.verifyConnectivity().then(() => undefined) },
  });
  return {
    url: http.url,
    driver,
    close: async () => {
      await http.close();
      if (!overrides.driver) await driver.close();
      if (prisma && !overrides.prisma) await prisma.$disconnect();
    },
  };
}
