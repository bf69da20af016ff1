import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createPrismaClient, type PrismaClient } from '@quarry/prisma';
import { createLogger, serveGraphql, type Logger } from '@quarry/service-kit';
import { AccountsStore } from './accounts-store.ts';
import { createContext } from './context.ts';
import type { Env } from './env.ts';
import { LoginManager } from './login.ts';
import { resolvers } from './resolvers/index.ts';

export { envSchema, type Env } from './env.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export interface StartOverrides {
  logger?: Logger;
  /** A client owned by the caller (tests); it is not disconnected on close. */
  prisma?: PrismaClient;
}

export interface RunningAccounts {
  url: string;
  close(): Promise<void>;
}

/** Starts the accounts subgraph; the database must already be migrated (prisma `setup`). */
export async function start(env: Env, overrides: StartOverrides = {}): Promise<RunningAccounts> {
  const logger = overrides.logger ?? createLogger('accounts', env.LOG_LEVEL);
  const prisma = overrides.prisma ?? createPrismaClient(env.DATABASE_URL);
  const store = new AccountsStore(prisma);
  const logins = new LoginManager(store, env.QUARRY_JWT_SECRET, env.TOKEN_TTL_SECONDS, {
    maxFailures: env.LOGIN_MAX_FAILURES,
    lockMs: env.LOGIN_LOCK_MINUTES * 60_000,
    maxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
    ipWindowMs: env.LOGIN_IP_WINDOW_MINUTES * 60_000,
  });
  await logins.ready();

  const http = await serveGraphql({
    name: 'accounts',
    host: env.HOST,
    port: env.PORT,
    logger,
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    context: createContext(env.QUARRY_JWT_SECRET, store, logins),
    readiness: { database: () => store.ping() },
  });
  return {
    url: http.url,
    close: async () => {
      await http.close();
      if (!overrides.prisma) await prisma.$disconnect();
    },
  };
}
