import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { IngestItem } from '@quarry/prisma';
import { skillCatalogue } from '@quarry/skills';
import { buildCorpus, type Corpus } from './testing/corpus.ts';
import { startHarness, type Harness } from './testing/harness.ts';

// Ingest records in a temporary SQLite database, documents in a random index alias, and the
// pipeline URL on a port where nothing listens (the lead's test covers the real pipeline).
let h: Harness;
let corpus: Corpus;
let analystA: string;
let readerA: string;
let adminAB: string;
const now = Date.now();
const minutesAgo = (m: number) => new Date(now - m * 60_000);

interface Seed {
  status: string;
  finishedMinutesAgo?: number;
  documentId?: string;
  reason?: string;
}
const jobs: Record<string, { id: string; collectionId: string; items: IngestItem[] }> = {};

async function seedJob(
  name: string,
  collectionId: string,
  createdMinutesAgo: number,
  items: Seed[],
) {
  const job = await h.prisma.ingestJob.create({
    data: {
      collectionId,
      source: 'upload',
      label: name,
      skills: '["language"]',
      createdAt: minutesAgo(createdMinutesAgo),
    },
  });
  const rows: IngestItem[] = [];
  for (const [i, item] of items.entries()) {
    rows.push(
      await h.prisma.ingestItem.create({
        data: {
          jobId: job.id,
          collectionId,
          documentId: item.documentId ?? `${h.run}-${name}-${i}`,
          name: `file-${i}.pdf`,
          path: `upload/file-${i}.pdf`,
          sha256: 'ab'.repeat(32),
          sizeBytes: 1000 + i,
          status: item.status,
          reason: item.reason ?? null,
          message: item.reason ? `could not read: ${item.reason}` : null,
          createdAt: minutesAgo(createdMinutesAgo - i * 0.1),
          finishedAt:
            item.finishedMinutesAgo === undefined ? null : minutesAgo(item.finishedMinutesAgo),
        },
      }),
    );
  }
  jobs[name] = { id: job.id, collectionId, items: rows };
}

before(async () => {
  h = await startHarness(process.env, (run, a, b) => {
    corpus = buildCorpus(run, a, b);
    return corpus.all;
  });
  analystA = await h.token({ roles: ['analyst'], collections: [h.collectionA] });
  readerA = await h.token({ roles: ['viewer'], collections: [h.collectionA] });
  adminAB = await h.token({ roles: ['admin'], collections: [h.collectionA, h.collectionB] });
  await seedJob('a1', h.collectionA, 120, [
    { status: 'done', finishedMinutesAgo: 1, documentId: corpus.report.id },
    { status: 'done', finishedMinutesAgo: 2 },
    { status: 'failed', finishedMinutesAgo: 3, reason: 'corrupt' },
    { status: 'failed', finishedMinutesAgo: 20, reason: 'encrypted' },
    { status: 'queued' },
    { status: 'enriching' },
    { status: 'done', finishedMinutesAgo: 30 },
  ]);
  await seedJob('a2', h.collectionA, 60, [{ status: 'queued' }]);
  await seedJob('a3', h.collectionA, 30, []);
  await seedJob('b1', h.collectionB, 10, [
    { status: 'failed', finishedMinutesAgo: 1, reason: 'corrupt' },
    { status: 'done', finishedMinutesAgo: 1, documentId: corpus.secret.id },
  ]);
});

after(async () => {
  await h?.close();
});

const seedsOf = (collectionId: string) =>
  Object.values(jobs)
    .filter((job) => job.collectionId === collectionId)
    .flatMap((job) => job.items);

/**
 * Checks counts exactly, and throughput and ETA for consistency: the throughput's time span runs
 * to "now" while items remain (ingest-stats.test.ts checks the formula itself).
 */
function assertStats(actual: unknown, items: IngestItem[]) {
  const stats = actual as {
    counts: Record<string, number>;
    throughputPerMinute: number;
    etaSeconds: number | null;
  };
  const count = (status: string) => items.filter((item) => item.status === status).length;
  const finished = items.filter(
    (item) => item.finishedAt && item.finishedAt.getTime() >= now - 5 * 60_000,
  ).length;
  const remaining = count('queued') + count('cracking') + count('enriching') + count('indexing');
  assert.deepEqual(stats.counts, {
    total: items.length,
    queued: count('queued'),
    cracking: count('cracking'),
    enriching: count('enriching'),
    indexing: count('indexing'),
    done: count('done'),
    failed: count('failed'),
  });
  if (finished === 0) assert.equal(stats.throughputPerMinute, 0);
  else assert.ok(stats.throughputPerMinute > 0);
  const perMinute = stats.throughputPerMinute;
  assert.equal(
    stats.etaSeconds,
    perMinute > 0 && remaining > 0 ? Math.ceil((remaining / perMinute) * 60) : null,
  );
}

const STATS =
  'counts { total queued cracking enriching indexing done failed } throughputPerMinute etaSeconds';

test("ingestJobs lists the viewer's jobs newest first, with cursors", async () => {
  const query = `query($after: String, $collectionId: ID) { ingestJobs(first: 2, after: $after, collectionId: $collectionId) {
    totalCount hasNextPage endCursor nodes { id collectionId collection { id } label source skills createdAt } } }`;
  type Jobs = {
    ingestJobs: {
      totalCount: number;
      hasNextPage: boolean;
      endCursor: string;
      nodes: Array<{
        id: string;
        label: string;
        skills: string[];
        createdAt: string;
        collection: { id: string };
      }>;
    };
  };
  const first = await h.gql<Jobs>(analystA, query);
  assert.equal(first.body.errors, undefined, JSON.stringify(first.body.errors));
  const page1 = first.body.data!.ingestJobs;
  assert.equal(page1.totalCount, 3);
  assert.equal(page1.hasNextPage, true);
  const second = await h.gql<Jobs>(analystA, query, { after: page1.endCursor });
  const page2 = second.body.data!.ingestJobs;
  assert.equal(page2.hasNextPage, false);
  assert.deepEqual(
    [...page1.nodes, ...page2.nodes].map((job) => job.label),
    ['a3', 'a2', 'a1'],
  );
  assert.deepEqual(page1.nodes[0]!.skills, ['language']);
  assert.deepEqual(page1.nodes[0]!.collection, { id: h.collectionA });
  assert.equal(page1.nodes[0]!.createdAt, minutesAgo(30).toISOString());
  const foreign = await h.gql<Jobs>(analystA, query, { collectionId: h.collectionB });
  assert.equal(foreign.body.data?.ingestJobs.totalCount, 0);
  assert.deepEqual(foreign.body.data?.ingestJobs.nodes, []);
});

test('a job: counts by status, recent throughput, ETA', async () => {
  const { body } = await h.gql<{ ingestJob: Record<string, unknown> }>(
    analystA,
    `query($id: ID!) { ingestJob(id: $id) { id ${STATS} } }`,
    { id: jobs.a1!.id },
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data?.ingestJob.id, jobs.a1!.id);
  assertStats(body.data?.ingestJob, jobs.a1!.items);
  assert.ok((body.data?.ingestJob.etaSeconds as number) > 0);
  const empty = await h.gql<{ ingestJob: Record<string, unknown> }>(
    analystA,
    `query($id: ID!) { ingestJob(id: $id) { ${STATS} } }`,
    { id: jobs.a3!.id },
  );
  assertStats(empty.body.data?.ingestJob, []);
});

test('the overview adds up only the viewer collections', async () => {
  const { body } = await h.gql<{ ingestOverview: unknown }>(
    analystA,
    `{ ingestOverview { ${STATS} } }`,
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assertStats(body.data?.ingestOverview, seedsOf(h.collectionA));
  const both = await h.gql<{ ingestOverview: unknown }>(adminAB, `{ ingestOverview { ${STATS} } }`);
  assertStats(both.body.data?.ingestOverview, [
    ...seedsOf(h.collectionA),
    ...seedsOf(h.collectionB),
  ]);
});

test('items by status, oldest first, with their document once indexed', async () => {
  type Items = {
    ingestJob: {
      items: {
        totalCount: number;
        hasNextPage: boolean;
        endCursor: string;
        nodes: Array<{
          id: string;
          status: string;
          reason: string | null;
          message: string | null;
          documentId: string;
          document: { id: string; title: string } | null;
          finishedAt: string | null;
        }>;
      };
    };
  };
  const query = `query($id: ID!, $status: IngestStatus, $after: String) { ingestJob(id: $id) {
    items(status: $status, first: 1, after: $after) { totalCount hasNextPage endCursor
      nodes { id status reason message documentId document { id title } finishedAt } } } }`;
  const failed: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 5; i++) {
    const { body }: { body: { data?: Items | null; errors?: unknown } } = await h.gql<Items>(
      analystA,
      query,
      {
        id: jobs.a1!.id,
        status: 'FAILED',
        after: cursor,
      },
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const items = body.data!.ingestJob.items;
    assert.equal(items.totalCount, 2);
    for (const node of items.nodes) {
      assert.equal(node.status, 'FAILED');
      assert.equal(node.message, `could not read: ${node.reason}`);
      failed.push(node.reason!);
    }
    if (!items.hasNextPage) break;
    cursor = items.endCursor;
  }
  assert.deepEqual(failed, ['corrupt', 'encrypted']);

  const all = await h.gql<Items>(analystA, query.replace('first: 1', 'first: 50'), {
    id: jobs.a1!.id,
  });
  const nodes = all.body.data!.ingestJob.items.nodes;
  assert.deepEqual(
    nodes.map((n) => n.id),
    jobs.a1!.items.map((item) => item.id),
  );
  assert.deepEqual(nodes[0]!.document, { id: corpus.report.id, title: corpus.report.title });
  assert.equal(nodes[1]!.document, null);
  assert.equal(nodes[0]!.finishedAt, minutesAgo(1).toISOString());
});

test('a job or item of another collection does not exist for the viewer', async () => {
  const job = await h.gql(analystA, 'query($id: ID!) { ingestJob(id: $id) { id } }', {
    id: jobs.b1!.id,
  });
  assert.equal(job.body.data?.ingestJob, null);
  const item = await h.gql(analystA, 'query($id: ID!) { ingestItem(id: $id) { id } }', {
    id: jobs.b1!.items[0]!.id,
  });
  assert.equal(item.body.data?.ingestItem, null);
  const own = await h.gql<{ ingestItem: { id: string; status: string; sizeBytes: number } }>(
    analystA,
    'query($id: ID!) { ingestItem(id: $id) { id status sizeBytes } }',
    { id: jobs.a1!.items[5]!.id },
  );
  assert.deepEqual(own.body.data?.ingestItem, {
    id: jobs.a1!.items[5]!.id,
    status: 'ENRICHING',
    sizeBytes: 1005,
  });
});

test('skills lists the catalogue', async () => {
  const { body } = await h.gql<{ skills: unknown[] }>(
    analystA,
    '{ skills { name version description default stage } }',
  );
  assert.deepEqual(body.data?.skills, skillCatalogue);
});

const CREATE = `mutation($input: CreateIngestJobInput!) { createIngestJob(input: $input) {
  id collectionId source label skills counts { total } } }`;

test('createIngestJob records a job with the default skills', async () => {
  const { body } = await h.gql<{
    createIngestJob: { id: string; source: string; label: string; skills: string[] };
  }>(analystA, CREATE, { input: { collectionId: h.collectionA, label: '  Batch 7 ' } });
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  const created = body.data!.createIngestJob;
  assert.equal(created.source, 'api');
  assert.equal(created.label, 'Batch 7');
  assert.deepEqual(
    created.skills,
    skillCatalogue.filter((s) => s.default).map((s) => s.name),
  );
  const row = await h.prisma.ingestJob.findUniqueOrThrow({ where: { id: created.id } });
  assert.equal(row.createdById, 'u1');
  assert.equal(row.collectionId, h.collectionA);
  const audit = await h.prisma.auditEvent.findFirst({
    where: { target: `ingest-job:${created.id}` },
  });
  assert.equal(audit?.action, 'ingest.job.create');

  const chosen = await h.gql<{ createIngestJob: { skills: string[]; source: string } }>(
    analystA,
    CREATE,
    {
      input: { collectionId: h.collectionA, source: 'upload', skills: ['language'] },
    },
  );
  assert.deepEqual(chosen.body.data?.createIngestJob, {
    ...chosen.body.data?.createIngestJob,
    skills: ['language'],
    source: 'upload',
  });
});

test('createIngestJob checks source, label and skills', async () => {
  const cases: Array<[Record<string, unknown>, string, RegExp]> = [
    [{ source: 'folder' }, 'input.source', /upload, api/],
    [{ label: 'x'.repeat(201) }, 'input.label', /200/],
    [{ skills: ['language', 'telepathy', 'ocr'] }, 'input.skills', /telepathy, ocr/],
  ];
  for (const [extra, field, message] of cases) {
    const { body } = await h.gql(analystA, CREATE, {
      input: { collectionId: h.collectionA, ...extra },
    });
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', field);
    assert.equal(body.errors?.[0]?.extensions?.field, field);
    assert.match(body.errors[0].message, message);
  }
});

test('createIngestJob is FORBIDDEN to a viewer role and outside the token, saying nothing more', async () => {
  const before = await h.prisma.ingestJob.count();
  const since = new Date();
  const messages: string[] = [];
  for (const [token, collectionId] of [
    [readerA, h.collectionA],
    [analystA, h.collectionB],
    [analystA, 'no-such-collection'],
  ] as const) {
    const { body } = await h.gql(token, CREATE, { input: { collectionId } });
    assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    messages.push(body.errors[0].message);
  }
  assert.equal(new Set(messages.slice(1)).size, 1);
  assert.equal(await h.prisma.ingestJob.count(), before);
  // Every refusal is audited, naming the collection that was asked for.
  const refusals = await h.prisma.auditEvent.findMany({
    where: { action: 'ingest.job.create', at: { gte: since } },
    orderBy: { at: 'asc' },
  });
  assert.deepEqual(
    refusals.map((event) => [
      event.outcome,
      event.target,
      (JSON.parse(event.details) as { code?: string }).code,
    ]),
    [
      ['denied', `collection:${h.collectionA}`, 'FORBIDDEN'],
      ['denied', `collection:${h.collectionB}`, 'FORBIDDEN'],
      ['denied', 'collection:no-such-collection', 'FORBIDDEN'],
    ],
  );
});

const status = async (id: string) =>
  h.prisma.ingestItem.findUniqueOrThrow({
    where: { id },
    select: { status: true, reason: true, message: true },
  });

test('retryIngestItems re-queues failed items only, then reports the pipeline unreachable', async () => {
  const [, , failed, , queued] = jobs.a1!.items;
  const foreign = jobs.b1!.items[0]!;
  const forbidden = await h.gql(readerA, 'mutation($ids: [ID!]!) { retryIngestItems(ids: $ids) }', {
    ids: [failed!.id],
  });
  assert.equal(forbidden.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  assert.equal((await status(failed!.id)).status, 'failed');

  const { body } = await h.gql(analystA, 'mutation($ids: [ID!]!) { retryIngestItems(ids: $ids) }', {
    ids: [failed!.id, queued!.id, foreign.id],
  });
  assert.equal(body.errors?.[0]?.extensions?.code, 'PIPELINE_UNAVAILABLE');
  assert.match(body.errors[0].message, /1 item\(s\) stay queued/);
  assert.deepEqual(await status(failed!.id), { status: 'queued', reason: null, message: null });
  assert.equal((await status(queued!.id)).status, 'queued');
  assert.equal((await status(foreign.id)).status, 'failed');
  const audit = await h.prisma.auditEvent.findFirst({
    where: { action: 'ingest.retry', actorId: 'u1' },
    orderBy: { at: 'desc' },
  });
  assert.equal(audit?.outcome, 'pipeline-unavailable');

  // Ids outside the viewer's collections count as not found: nothing to queue.
  const none = await h.gql<{ retryIngestItems: number }>(
    analystA,
    'mutation($ids: [ID!]!) { retryIngestItems(ids: $ids) }',
    {
      ids: [foreign.id, 'no-such-item'],
    },
  );
  assert.equal(none.body.data?.retryIngestItems, 0);
  const tooMany = await h.gql(analystA, 'mutation($ids: [ID!]!) { retryIngestItems(ids: $ids) }', {
    ids: Array.from({ length: 1001 }, (_, i) => `id-${i}`),
  });
  assert.equal(tooMany.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});

test('retryFailedItems: not found outside the collections, otherwise every failed item', async () => {
  const foreign = await h.gql(analystA, 'mutation($id: ID!) { retryFailedItems(jobId: $id) }', {
    id: jobs.b1!.id,
  });
  assert.equal(foreign.body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  assert.equal((await status(jobs.b1!.items[0]!.id)).status, 'failed');

  const encrypted = jobs.a1!.items[3]!;
  assert.equal((await status(encrypted.id)).status, 'failed');
  const { body } = await h.gql(analystA, 'mutation($id: ID!) { retryFailedItems(jobId: $id) }', {
    id: jobs.a1!.id,
  });
  assert.equal(body.errors?.[0]?.extensions?.code, 'PIPELINE_UNAVAILABLE');
  assert.deepEqual(await status(encrypted.id), { status: 'queued', reason: null, message: null });
  assert.equal(
    await h.prisma.ingestItem.count({ where: { jobId: jobs.a1!.id, status: 'failed' } }),
    0,
  );
});

const RERUN = `mutation($documentIds: [ID!], $collectionId: ID, $skills: [String!]!) {
  rerunSkills(documentIds: $documentIds, collectionId: $collectionId, skills: $skills) { id source } }`;

async function latestRerunJob() {
  return h.prisma.ingestJob.findFirst({
    where: { source: 'rerun' },
    orderBy: { createdAt: 'desc' },
    include: { items: { orderBy: { documentId: 'asc' } } },
  });
}

test('rerunSkills on documents records one queued item per document', async () => {
  const docs = [corpus.report, corpus.schedule];
  const { body } = await h.gql(analystA, RERUN, {
    documentIds: docs.map((d) => d.id),
    skills: ['keyphrases'],
  });
  assert.equal(body.errors?.[0]?.extensions?.code, 'PIPELINE_UNAVAILABLE');
  const job = await latestRerunJob();
  assert.ok(job);
  assert.equal(job.collectionId, h.collectionA);
  assert.deepEqual(JSON.parse(job.skills), ['keyphrases']);
  assert.deepEqual(
    job.items.map((item) => ({
      documentId: item.documentId,
      name: item.name,
      path: item.path,
      sha256: item.sha256,
      sizeBytes: item.sizeBytes,
      version: item.version,
      lineageId: item.lineageId,
      status: item.status,
    })),
    [...docs]
      .sort((x, y) => (x.id < y.id ? -1 : 1))
      .map((d) => ({
        documentId: d.id,
        name: d.fileName,
        path: d.sourcePath,
        sha256: d.sha256,
        sizeBytes: d.sizeBytes,
        version: d.version,
        lineageId: d.lineageId,
        status: 'queued',
      })),
  );
});

test('rerunSkills on a collection takes its latest documents', async () => {
  const { body } = await h.gql(analystA, RERUN, {
    collectionId: h.collectionA,
    skills: ['language'],
  });
  assert.equal(body.errors?.[0]?.extensions?.code, 'PIPELINE_UNAVAILABLE');
  const job = await latestRerunJob();
  assert.deepEqual(
    job!.items.map((item) => item.documentId),
    corpus.inA
      .filter((d) => d.isLatest)
      .map((d) => d.id)
      .sort(),
  );
});

test('rerunSkills refuses what it cannot or must not do', async () => {
  const before = await h.prisma.ingestJob.count();
  const cases: Array<[string, Record<string, unknown>, string]> = [
    [analystA, { documentIds: [corpus.secret.id], skills: ['language'] }, 'BAD_USER_INPUT'],
    [
      adminAB,
      { documentIds: [corpus.report.id, corpus.secret.id], skills: ['language'] },
      'BAD_USER_INPUT',
    ],
    [
      analystA,
      { documentIds: [corpus.report.id], collectionId: h.collectionA, skills: ['language'] },
      'BAD_USER_INPUT',
    ],
    [analystA, { skills: ['language'] }, 'BAD_USER_INPUT'],
    [analystA, { documentIds: [corpus.report.id], skills: [] }, 'BAD_USER_INPUT'],
    [analystA, { documentIds: [corpus.report.id], skills: ['astrology'] }, 'BAD_USER_INPUT'],
    [analystA, { collectionId: h.collectionB, skills: ['language'] }, 'FORBIDDEN'],
    [readerA, { documentIds: [corpus.report.id], skills: ['language'] }, 'FORBIDDEN'],
  ];
  for (const [token, variables, code] of cases) {
    const { body } = await h.gql(token, RERUN, variables);
    assert.equal(body.errors?.[0]?.extensions?.code, code, JSON.stringify(variables));
  }
  assert.equal(await h.prisma.ingestJob.count(), before);
});

test('an item that cannot succeed (refused before it was stored) is not retryable and keeps its reason', async () => {
  const collectionId = `col-refused-${h.run}`;
  const analyst = await h.token({ roles: ['analyst'], collections: [collectionId] });
  const job = await h.prisma.ingestJob.create({
    data: { collectionId, source: 'upload', skills: '["language"]' },
  });
  const common = { jobId: job.id, collectionId, status: 'failed', finishedAt: new Date() };
  // What the pipeline records for a file over the size limit: no stored bytes, no document id.
  const refused = await h.prisma.ingestItem.create({
    data: {
      ...common,
      documentId: '',
      name: 'huge.iso',
      path: 'huge.iso',
      sha256: '',
      sizeBytes: 3_000_000_000,
      reason: 'too-large',
      message: 'the file is larger than the 200 MB limit',
    },
  });
  const corrupt = await h.prisma.ingestItem.create({
    data: {
      ...common,
      documentId: `${h.run}-corrupt`,
      name: 'broken.pdf',
      path: 'broken.pdf',
      sha256: 'cd'.repeat(32),
      sizeBytes: 10,
      reason: 'corrupt',
      message: 'damaged',
    },
  });

  const listed = await h.gql<{
    ingestJob: { items: { nodes: Array<{ id: string; retryable: boolean }> } };
  }>(analyst, 'query($id: ID!) { ingestJob(id: $id) { items { nodes { id retryable } } } }', {
    id: job.id,
  });
  assert.equal(listed.body.errors, undefined, JSON.stringify(listed.body.errors));
  const retryable = new Map(
    listed.body.data!.ingestJob.items.nodes.map((item) => [item.id, item.retryable]),
  );
  assert.deepEqual(
    [retryable.get(refused.id), retryable.get(corrupt.id)],
    [false, true],
    'only the stored file offers a retry',
  );

  const byJob = await h.gql(analyst, 'mutation($id: ID!) { retryFailedItems(jobId: $id) }', {
    id: job.id,
  });
  // The corrupt file was handed on (the pipeline is unreachable here); the refused one was not.
  assert.equal(byJob.body.errors?.[0]?.extensions?.code, 'PIPELINE_UNAVAILABLE');
  assert.match(byJob.body.errors[0].message, /1 item\(s\) stay queued/);
  const byId = await h.gql<{ retryIngestItems: number }>(
    analyst,
    'mutation($ids: [ID!]!) { retryIngestItems(ids: $ids) }',
    { ids: [refused.id] },
  );
  assert.equal(byId.body.data?.retryIngestItems, 0);
  assert.deepEqual(await status(refused.id), {
    status: 'failed',
    reason: 'too-large',
    message: 'the file is larger than the 200 MB limit',
  });
  assert.equal((await status(corrupt.id)).status, 'queued');
});
