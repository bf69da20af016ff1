import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createPrismaClient, type PrismaClient } from '@quarry/prisma';
import { createLogger, graphqlRoute, serve, type Logger } from '@quarry/service-kit';
import { AccountsStore } from './accounts-store.ts';
import { createContext, type Context } from './context.ts';
import type { Env } from './env.ts';
import { GroupsStore } from './groups/groups-store.ts';
import { Authenticator } from './identity/authenticator.ts';
import { IdentityStore } from './identity/identity-store.ts';
import { internalRoutes } from './identity/internal-routes.ts';
import { OidcVerifier } from './identity/oidc.ts';
import { SessionIssuer } from './identity/sessions.ts';
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
  const identity = new IdentityStore(prisma);
  const sessions = new SessionIssuer(identity, env.QUARRY_JWT_SECRET, env.SESSION_TTL_SECONDS);
  const oidc =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID
      ? new OidcVerifier({ issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID })
      : null;
  const logins = new LoginManager(
    store,
    sessions,
    {
      maxFailures: env.LOGIN_MAX_FAILURES,
      lockMs: env.LOGIN_LOCK_MINUTES * 60_000,
      maxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
      ipWindowMs: env.LOGIN_IP_WINDOW_MINUTES * 60_000,
    },
    oidc,
  );
  await logins.ready();
  const authenticator = new Authenticator(store, identity, env.QUARRY_JWT_SECRET);
  const services = { store, identity, groups: new GroupsStore(prisma), logins, authenticator };

  // The settings of service-kit's serveGraphql, plus the gateway's internal routes (serveGraphql
  // takes no extra routes).
  const apollo = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const http = await serve({
    name: 'accounts',
    host: env.HOST,
    port: env.PORT,
    logger,
    readiness: { database: () => store.ping() },
    routes: {
      '/graphql': graphqlRoute(apollo, createContext(env.QUARRY_JWT_SECRET, services)),
      ...internalRoutes(env.QUARRY_JWT_SECRET, store, authenticator),
    },
  });
  return {
    url: http.url,
    close: async () => {
      await http.close();
      await apollo.stop();
      if (!overrides.prisma) await prisma.$disconnect();
    },
  };
}
