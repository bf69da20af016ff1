import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPrismaClient,
  ensureAdmin,
  hashPassword,
  migrate,
  SAMPLE_COLLECTION,
  type PrismaClient,
} from '@quarry/prisma';
import { createLogger } from '@quarry/service-kit';
import { postGraphql, type GraphqlResponse } from '@quarry/service-kit/testing';
import * as accounts from '@quarry/subgraph-accounts';
import { startTestOidcIssuer, type TestOidcIssuer } from '@quarry/subgraph-accounts/testing';
import * as documents from '@quarry/subgraph-documents';
import * as graph from '@quarry/subgraph-graph';
import { envSchema, start, type RunningGateway } from '../app.ts';

/**
 * Integration-test harness (not a test itself): the three real subgraphs in-process on free ports
 * over the real stores, isolated per run (a temp SQLite file, a random index alias), and the
 * gateway in front of them. Users sign in through the gateway like any client.
 */

export const PASSWORD = 'correct horse battery staple';
const silent = createLogger('gateway-test', 'silent');

export interface Federation {
  gateway: RunningGateway;
  prisma: PrismaClient;
  accountsUrl: string;
  docs: documents.RunningDocuments;
  graph: graph.RunningGraph;
  alias: string;
  secret: string;
  sampleId: string;
  admin: { id: string; email: string; password: string };
  /** The OIDC provider the accounts service trusts (single sign-on). */
  oidc: TestOidcIssuer;
  /** `ip` becomes X-Forwarded-For (the gateway trusts its loopback peers, as in tests). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    bearer?: string | null,
    ip?: string,
  ): Promise<GraphqlResponse<T>>;
  /** A user who signs in with PASSWORD, with direct access to `collections`. */
  createUser(
    email: string,
    roles: string[],
    collections?: { id: string; access: 'read' | 'write' }[],
  ): Promise<string>;
  /** Signs in through the gateway; returns the session token (fails the test otherwise). */
  signIn(email: string, password?: string): Promise<string>;
  /** Indexes one short text document into the run's alias. */
  indexDocument(id: string, collectionId: string, title: string, text: string): Promise<void>;
  /** Another gateway on the same subgraphs with some settings changed; the caller closes it. */
  startGateway(overrides?: Record<string, string>): Promise<RunningGateway>;
  close(): Promise<void>;
}

export function freshIp(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

/** `source` is the test's process.env: the stack's connection settings (stack.env). */
export async function startFederation(
  source: Record<string, string | undefined>,
  gatewaySettings: Record<string, string> = {},
): Promise<Federation> {
  const secret = source.QUARRY_JWT_SECRET ?? 'integration-test-secret-0123456789abcdef';
  const run = randomUUID();
  const dbDir = mkdtempSync(join(tmpdir(), 'quarry-gateway-'));
  const databaseUrl = `file:${join(dbDir, 'quarry.db')}`;
  const alias = `quarry-test-gw-${run.slice(0, 8)}`;
  const admin = { id: '', email: `admin-${run}@example.org`, password: `pw-${run}` };
  const base = { ...source, PORT: '0', QUARRY_JWT_SECRET: secret, LOG_LEVEL: 'silent' };

  await migrate(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  await ensureAdmin(prisma, { ...admin, name: 'Grace Admin' });
  admin.id = (await prisma.user.findUniqueOrThrow({ where: { email: admin.email } })).id;
  const sample = await prisma.collection.findUniqueOrThrow({ where: { name: SAMPLE_COLLECTION } });
  const passwordHash = await hashPassword(PASSWORD, 4);

  const oidc = await startTestOidcIssuer();
  const accountsApp = await accounts.start(
    accounts.envSchema.parse({
      ...base,
      DATABASE_URL: databaseUrl,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: oidc.clientId,
    }),
    { logger: silent, prisma },
  );
  const docs = await documents.start(
    documents.envSchema.parse({
      ...base,
      DOCUMENTS_INDEX: alias,
      DATABASE_URL: databaseUrl,
      // Nothing listens here: ingest mutations that reach the pipeline fail (and are audited).
      PIPELINE_URL: 'http://127.0.0.1:9',
    }),
    { logger: silent },
  );
  // Curation mutations audit into the same database as the others.
  const graphApp = await graph.start(
    graph.envSchema.parse({ ...base, DATABASE_URL: databaseUrl }),
    { logger: silent, prisma },
  );
  const startGateway = (overrides: Record<string, string> = {}) =>
    start(
      envSchema.parse({
        ...base,
        ACCOUNTS_URL: accountsApp.url,
        DOCUMENTS_URL: docs.url,
        GRAPH_URL: graphApp.url,
        // Nothing listens here: the status page must report the pipeline as not ready, not fail.
        PIPELINE_URL: 'http://127.0.0.1:9',
        ...gatewaySettings,
        ...overrides,
      }),
      { logger: silent },
    );
  const gateway = await startGateway();

  const federation: Federation = {
    gateway,
    prisma,
    accountsUrl: accountsApp.url,
    oidc,
    docs,
    graph: graphApp,
    alias,
    secret,
    sampleId: sample.id,
    admin,
    async gql(query, variables = {}, bearer = null, ip) {
      if (!ip) return postGraphql(`${gateway.url}/graphql`, query, variables, bearer);
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': ip,
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async createUser(email, roles, collections = []) {
      const user = await prisma.user.create({
        data: {
          email,
          name: email.split('@')[0] ?? email,
          passwordHash,
          roles: { create: roles.map((role) => ({ role })) },
          memberships: {
            create: collections.map(({ id, access }) => ({ collectionId: id, access })),
          },
        },
      });
      return user.id;
    },
    async signIn(email, password = PASSWORD) {
      const { body } = await federation.gql<{
        login: { ok: boolean; token: string | null; error: string | null };
      }>(
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { ok token error } }',
        { e: email, p: password },
        null,
        freshIp(),
      );
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const token = body.data?.login.token;
      assert.ok(token, `login of ${email} failed: ${body.data?.login.error}`);
      return token;
    },
    async indexDocument(id, collectionId, title, text) {
      await documents.indexDocument(
        docs.client,
        alias,
        {
          id,
          collectionId,
          lineageId: id,
          version: 1,
          isLatest: true,
          parentId: null,
          rootId: id,
          title,
          fileName: `${id}.txt`,
          sourcePath: `${id}.txt`,
          format: 'txt',
          mediaType: 'text/plain',
          sizeBytes: text.length,
          sha256: '0'.repeat(64),
          mislabelled: false,
          language: 'en',
          languages: [{ language: 'en', share: 1 }],
          keyPhrases: [],
          keyPhraseScores: [],
          metadata: {},
          authoredAt: null,
          ingestedAt: new Date().toISOString(),
          textLength: text.length,
          textTruncated: false,
          pageCount: null,
          pages: [],
          warnings: [],
          skills: [],
          provenance: { jobId: '', itemId: '', source: 'api', ingestedBy: null },
          chunks: [{ seq: 0, start: 0, end: text.length, language: 'en', text_en: text }],
        },
        { refresh: true },
      );
    },
    startGateway,
    async close() {
      await gateway.close();
      await docs.client.indices.delete({
        index: documents.versionedIndexName(alias),
        ignore_unavailable: true,
      });
      for (const service of [docs, graphApp, accountsApp, oidc]) await service.close();
      await prisma.$disconnect();
      rmSync(dbDir, { recursive: true, force: true });
    },
  };
  return federation;
}
