// Shared set-up of the pipeline's integration tests: a private SQLite database, data folder,
// queue and index alias on the REAL stores of the test profile, and signed tokens.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import neo4j from 'neo4j-driver';
import { deleteDocumentKnowledge } from '@quarry/graph-store';
import { signAccessToken, type Role } from '@quarry/auth';
import { createPrismaClient, migrate, type PrismaClient } from '@quarry/prisma';
import { versionedIndexName } from '@quarry/search-index';
import { envSchema, type PipelineEnv } from './env.ts';
import { knowledgeQueueName } from './jobs.ts';

export interface TestWorld {
  env: PipelineEnv;
  dir: string;
  prisma: PrismaClient;
  elasticsearch: Client;
  token(roles: Role[], collections: string[]): Promise<string>;
  cleanup(): Promise<void>;
}

/** `source` is the test's process.env: the stack's connection settings (stack.env). */
export async function createTestWorld(
  source: Record<string, string | undefined>,
  overrides: Record<string, string> = {},
): Promise<TestWorld> {
  const dir = await mkdtemp(join(tmpdir(), 'quarry-pipeline-'));
  const suffix = randomUUID().slice(0, 8);
  const databaseUrl = `file:${join(dir, 'quarry.db')}`;
  await migrate(databaseUrl);
  const env = envSchema.parse({
    ...source,
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    PIPELINE_DATA_DIR: join(dir, 'data'),
    // The stack's settings name its own ingest folder: a test world watches none unless it asks.
    PIPELINE_INGEST_DIR: '',
    // One process, so a test that kills the worker kills all of it.
    PIPELINE_PROCESSES: '1',
    PIPELINE_QUEUE: `test-${suffix}`,
    DOCUMENTS_INDEX: `test-documents-${suffix}`,
    PIPELINE_LOCK_MS: '3000',
    ...overrides,
  });
  const prisma = createPrismaClient(databaseUrl);
  const elasticsearch = new Client({ node: env.ELASTICSEARCH_URL });
  return {
    env,
    dir,
    prisma,
    elasticsearch,
    token: (roles, collections) =>
      signAccessToken(
        {
          id: `u-${roles.join('-')}`,
          email: 'tester@example.org',
          name: 'Tester',
          roles,
          collections,
        },
        env.QUARRY_JWT_SECRET,
        600,
      ),
    async cleanup() {
      // The run's queue keys go too, so repeated runs leave nothing in Redis.
      const connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
      for (const name of [env.PIPELINE_QUEUE, knowledgeQueueName(env.PIPELINE_QUEUE)]) {
        const queue = new Queue(name, { connection });
        await queue.obliterate({ force: true });
        await queue.close();
      }
      connection.disconnect();
      // The graph is shared by every test run: what this world's documents put there goes.
      const graph = neo4j.driver(
        env.NEO4J_URI,
        neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD),
      );
      const documents = await prisma.ingestItem.findMany({
        where: { knowledgeStatus: { not: 'none' } },
        select: { documentId: true },
        distinct: ['documentId'],
      });
      for (const { documentId } of documents) await deleteDocumentKnowledge(graph, documentId);
      await graph.close();
      await elasticsearch.indices.delete({
        index: versionedIndexName(env.DOCUMENTS_INDEX),
        ignore_unavailable: true,
      });
      await elasticsearch.close();
      await prisma.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until every item of the job is done or failed (or the time is up). */
export async function waitForJob(prisma: PrismaClient, jobId: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const items = await prisma.ingestItem.findMany({ where: { jobId } });
    if (items.length > 0 && items.every((i) => i.status === 'done' || i.status === 'failed')) {
      return items;
    }
    if (Date.now() > deadline) {
      const open = items.filter((i) => i.status !== 'done' && i.status !== 'failed');
      throw new Error(
        `job ${jobId} not finished: ${open.map((i) => `${i.path}=${i.status}`).join(', ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Polls until the knowledge stage of every item of the job that has one is done or failed. */
export async function waitForKnowledge(prisma: PrismaClient, jobId: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const items = await prisma.ingestItem.findMany({
      where: { jobId, duplicate: false, status: { not: 'failed' } },
    });
    const open = items.filter((i) => !['done', 'failed'].includes(i.knowledgeStatus));
    if (items.length > 0 && open.length === 0) return items;
    if (Date.now() > deadline) {
      throw new Error(
        `knowledge of job ${jobId} not finished: ${open.map((i) => `${i.path}=${i.status}/${i.knowledgeStatus} (${i.knowledgeMessage ?? ''})`).join(', ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function upload(
  baseUrl: string,
  token: string,
  jobId: string,
  path: string,
  body: Uint8Array | string,
) {
  const response = await fetch(
    `${baseUrl}/ingest/jobs/${jobId}/files?path=${encodeURIComponent(path)}`,
    { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: bodyInit(body) },
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      item?: {
        id: string;
        documentId: string;
        duplicate: boolean;
        version: number;
        status: string;
      };
      error?: { code: string; message: string };
    },
  };
}

/** What the multipart upload answers for each file (http/multipart-upload.ts). */
export interface FormOutcome {
  path: string;
  item?: { id: string; documentId: string; duplicate: boolean; status: string };
  error?: { code: string; message: string };
}

/**
 * A copy backed by a plain ArrayBuffer: with the DOM library in the program (a benchmark that drives
 * a browser), fetch and Blob refuse a Uint8Array over any ArrayBufferLike, such as a Buffer.
 */
function bodyInit(body: Uint8Array | string): Uint8Array<ArrayBuffer> | string {
  return typeof body === 'string' ? body : new Uint8Array(body);
}

/** POSTs files as one multipart form, each part named by its relative path. */
export async function uploadForm(
  baseUrl: string,
  token: string,
  jobId: string,
  files: Array<[path: string, body: Uint8Array | string]>,
) {
  const form = new FormData();
  for (const [path, body] of files) form.append('file', new Blob([bodyInit(body)]), path);
  const response = await fetch(`${baseUrl}/ingest/jobs/${jobId}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      files?: FormOutcome[];
      error?: { code: string; message: string };
    },
  };
}
