import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import * as pipelineApp from '@quarry/pipeline';
import { createTestWorld, upload, waitForJob, type TestWorld } from '@quarry/pipeline/test-support';
import { createLogger } from '@quarry/service-kit';
import { postGraphql } from '@quarry/service-kit/testing';
import { start, type RunningDocuments } from './app.ts';
import { envSchema } from './env.ts';

// The documents subgraph's ingest mutations against a REAL pipeline sharing its database, index
// and blob store: what an analyst's "Retry" and "Re-run skills" buttons actually do.
let world: TestWorld;
let pipeline: Awaited<ReturnType<typeof pipelineApp.start>>;
let documents: RunningDocuments;
let collectionId: string;
let analyst: string;

const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  postGraphql<T>(`${documents.url}/graphql`, query, variables, analyst);

before(async () => {
  world = await createTestWorld(process.env);
  pipeline = await pipelineApp.start(world.env);
  documents = await start(
    envSchema.parse({
      ...process.env,
      PORT: '0',
      DOCUMENTS_INDEX: world.env.DOCUMENTS_INDEX,
      DATABASE_URL: world.env.DATABASE_URL,
      PIPELINE_URL: pipeline.url,
      QUARRY_JWT_SECRET: world.env.QUARRY_JWT_SECRET,
    }),
    { logger: createLogger('documents-test', 'silent') },
  );
  collectionId = (await world.prisma.collection.create({ data: { name: 'Mutations' } })).id;
  analyst = await world.token(['analyst'], [collectionId]);
});

after(async () => {
  await documents.close();
  await pipeline.close();
  await world.cleanup();
});

test('createIngestJob, upload, retryFailedItems and rerunSkills work end to end', async () => {
  const created = await gql<{ createIngestJob: { id: string; skills: string[] } }>(
    'mutation($c: ID!) { createIngestJob(input: { collectionId: $c, source: "api", label: "wiring" }) { id skills } }',
    { c: collectionId },
  );
  assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
  const jobId = created.body.data!.createIngestJob.id;
  assert.deepEqual(created.body.data!.createIngestJob.skills, [
    'language',
    'keyphrases',
    'entities',
    'triples',
  ]);

  const good = await upload(
    pipeline.url,
    analyst,
    jobId,
    'memo.md',
    '# Memo\n\nThe northern depot reopened in spring after repairs to the roof.',
  );
  const empty = await upload(pipeline.url, analyst, jobId, 'blank.txt', '');
  await waitForJob(world.prisma, jobId);

  const retried = await gql<{ retryFailedItems: number }>(
    'mutation($j: ID!) { retryFailedItems(jobId: $j) }',
    { j: jobId },
  );
  assert.equal(retried.body.errors, undefined, JSON.stringify(retried.body.errors));
  assert.equal(retried.body.data?.retryFailedItems, 1);
  await waitForJob(world.prisma, jobId);
  const again = await world.prisma.ingestItem.findUniqueOrThrow({
    where: { id: empty.body.item!.id },
  });
  assert.equal(again.status, 'failed', 'an empty file stays empty');
  assert.equal(again.attempts, 2, 'but it really ran again');
  await world.elasticsearch.indices.refresh({ index: world.env.DOCUMENTS_INDEX });

  const rerun = await gql<{ rerunSkills: { id: string; source: string } }>(
    'mutation($d: [ID!]) { rerunSkills(documentIds: $d, skills: ["language"]) { id source } }',
    { d: [good.body.item!.documentId] },
  );
  assert.equal(rerun.body.errors, undefined, JSON.stringify(rerun.body.errors));
  assert.equal(rerun.body.data?.rerunSkills.source, 'rerun');
  await waitForJob(world.prisma, rerun.body.data.rerunSkills.id);
  await world.elasticsearch.indices.refresh({ index: world.env.DOCUMENTS_INDEX });
  const doc = await gql<{
    document: { skills: string[]; keyPhrases: unknown[]; language: string };
  }>('query($id: ID!) { document(id: $id) { skills keyPhrases { phrase } language } }', {
    id: good.body.item!.documentId,
  });
  assert.deepEqual(
    doc.body.data?.document.skills.map((s) => s.split('@')[0]),
    ['language'],
  );
  assert.deepEqual(doc.body.data?.document.keyPhrases, []);
  assert.equal(doc.body.data?.document.language, 'en');
});
