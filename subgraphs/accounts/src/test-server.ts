import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@quarry/auth';
import { createPrismaClient, hashPassword, migrate, type PrismaClient } from '@quarry/prisma';
import { createTestDatabase } from '@quarry/prisma/testing';
import { createLogger } from '@quarry/service-kit';
import { start, type Env, type RunningAccounts } from './app.ts';
import { startTestOidcIssuer, type TestOidcIssuer } from './testing/oidc-issuer.ts';

/**
 * Integration-test harness (not a test itself): a migrated SQLite file in a fresh temp folder, a
 * real Prisma Client and the subgraph in-process on a free port. Nothing is shared between files.
 */

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestServer {
  prisma: PrismaClient;
  app: RunningAccounts;
  /**
   * Calls /graphql as the gateway does, with its credential (`direct: true` leaves it out, as a
   * process calling the service itself). `ip` becomes X-Forwarded-For, which the subgraph
   * believes from the gateway only: tests pick a fresh client address.
   */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; ip?: string; direct?: boolean },
  ): Promise<GraphQLResponse<T>>;
  /** The gateway's credential header for this server (for calls to its internal routes). */
  gatewayHeaders(): Promise<Record<string, string>>;
  /** Creates a user whose password is `password`, hashed at a low cost to keep fixtures fast. */
  createUser(email: string, roles: string[], extra?: { active?: boolean }): Promise<string>;
  /** Signs in with `password` and returns the token (fails the test otherwise). */
  tokenFor(email: string, pw?: string): Promise<string>;
  /** The OIDC provider this server trusts (OIDC_ISSUER / OIDC_CLIENT_ID), unless settings say otherwise. */
  oidc: TestOidcIssuer;
  close(): Promise<void>;
}

export const password = 'correct horse battery staple';

export function freshIp(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

export async function startTestServer(settings: Partial<Env> = {}): Promise<TestServer> {
  // SQLite, or PostgreSQL when QUARRY_TEST_DATABASE=postgresql (test:int runs both).
  const db = await createTestDatabase();
  const databaseUrl = db.url;
  await migrate(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  const passwordHash = await hashPassword(password, 4);
  const oidc = await startTestOidcIssuer();
  const secret = settings.QUARRY_JWT_SECRET ?? randomBytes(32).toString('hex');
  const gatewayHeaders = async () => ({
    [GATEWAY_TOKEN_HEADER]: await signGatewayToken(secret, 60),
  });
  const app = await start(
    {
      HOST: '127.0.0.1',
      PORT: 0,
      LOG_LEVEL: 'silent',
      DATABASE_URL: databaseUrl,
      QUARRY_JWT_SECRET: secret,
      SESSION_TTL_SECONDS: 600,
      LOGIN_MAX_FAILURES: 5,
      LOGIN_LOCK_MINUTES: 15,
      LOGIN_MAX_FAILURES_PER_IP: 30,
      LOGIN_IP_WINDOW_MINUTES: 15,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: oidc.clientId,
      ...settings,
    },
    { prisma, logger: createLogger('accounts-test', 'silent') },
  );
  const server: TestServer = {
    prisma,
    app,
    oidc,
    gatewayHeaders,
    async gql(query, variables = {}, options = {}) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.direct ? {} : await gatewayHeaders()),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.ip ? { 'x-forwarded-for': options.ip } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    async createUser(email, roles, extra = {}) {
      const user = await prisma.user.create({
        data: {
          email,
          name: email.split('@')[0] ?? email,
          passwordHash,
          active: extra.active ?? true,
          roles: { create: roles.map((role) => ({ role })) },
        },
      });
      return user.id;
    },
    async tokenFor(email, pw = password) {
      const result = await server.gql<{ login: { token: string | null; error: string | null } }>(
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token error } }',
        { e: email, p: pw },
        { ip: freshIp() },
      );
      const token = result.data?.login.token;
      assert.ok(token, `login of ${email} failed: ${result.data?.login.error}`);
      return token;
    },
    async close() {
      await app.close();
      await oidc.close();
      await prisma.$disconnect();
      await db.drop();
    },
  };
  return server;
}
