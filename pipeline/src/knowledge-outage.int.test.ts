// The NLP service going down mid-enrichment. The test cuts it with a TCP proxy of its own in front
// of the real CoreNLP (testing/tcp-proxy.ts): closing the proxy's port and its connections is, for
// the pipeline, the service going away, while CoreNLP itself keeps serving the other tests.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { IndexedDocument } from '@quarry/search-index';
import { start } from './app.ts';
import {
  createTestWorld,
  upload,
  waitForJob,
  waitForKnowledge,
  type TestWorld,
} from './test-support.ts';
import { startTcpProxy, type TcpProxy } from './testing/tcp-proxy.ts';

let world: TestWorld;
let pipeline: Awaited<ReturnType<typeof start>>;
let proxy: TcpProxy;

before(async () => {
  proxy = await startTcpProxy(process.env.CORENLP_URL ?? 'http://127.0.0.1:9000');
  world = await createTestWorld(process.env, {
    CORENLP_URL: proxy.url,
    PIPELINE_KNOWLEDGE_CONCURRENCY: '1',
    PIPELINE_KNOWLEDGE_RETRY_MS: '500',
    PIPELINE_KNOWLEDGE_RETRY_MAX_MS: '2000',
  });
  pipeline = await start(world.env);
});

after(async () => {
  await pipeline.close();
  await world.cleanup();
  await proxy.close();
});

const TEXTS = [
  'Olaf Scholz visited Munich with officials of BMW on 3 May 2023. Contact info@example.com.',
  'The court in Frankfurt heard Deutsche Bank on 14 June 2022. Write to court@example.net.',
  'Maria Santos moved from Lisbon to Madrid in 2019 to work for Telefonica.',
  'Greenpeace protested in Amsterdam against Shell on 1 April 2021.',
];

async function knowledgeStatuses(jobId: string) {
  const items = await world.prisma.ingestItem.findMany({ where: { jobId } });
  return items;
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('documents wait (not fail) with a fallback while the NLP service is down, and resume to full quality', async () => {
  const collection = await world.prisma.collection.create({ data: { name: 'Outage' } });
  const analyst = await world.token(['analyst'], [collection.id]);
  const job = await world.prisma.ingestJob.create({
    data: { collectionId: collection.id, source: 'api', skills: '["language","entities"]' },
  });
  for (const [i, text] of TEXTS.entries()) {
    await upload(pipeline.url, analyst, job.id, `note-${i}.txt`, text);
  }
  // Cut the service while the knowledge stage is working on the documents.
  await until('a document is in the knowledge stage', async () =>
    (await knowledgeStatuses(job.id)).some((item) => item.knowledgeStatus === 'running')
      ? true
      : null,
  );
  await proxy.cut();

  // Searchable regardless: the search stage never waits for knowledge.
  const searchable = await waitForJob(world.prisma, job.id);
  assert.ok(searchable.every((item) => item.status === 'done'));

  const waiting = await until('every document waits or is done', async () => {
    const items = await knowledgeStatuses(job.id);
    const settled = items.every((item) => ['waiting', 'done'].includes(item.knowledgeStatus));
    return settled && items.some((item) => item.knowledgeStatus === 'waiting') ? items : null;
  });
  for (const item of waiting) {
    assert.notEqual(item.knowledgeStatus, 'failed');
    if (item.knowledgeStatus !== 'waiting') continue;
    assert.equal(item.knowledgeQuality, 'fallback');
    assert.match(item.knowledgeMessage ?? '', /waiting for the NLP service/);
    const doc = await world.elasticsearch.get<IndexedDocument>({
      index: world.env.DOCUMENTS_INDEX,
      id: item.documentId,
    });
    assert.equal(doc._source?.knowledgeQuality, 'fallback', 'the fallback is stored meanwhile');
    // Pattern entities are there without the service: every e-mail address of the text.
    const emails = TEXTS.join(' ').match(/\S+@\S+\.(com|net)/g) ?? [];
    const text = TEXTS[Number(/note-(\d)/.exec(item.path)?.[1])] ?? '';
    const expected = emails.filter((email) => text.includes(email));
    assert.deepEqual(doc._source?.entities?.email, expected);
  }
  // Waiting for a while uses none of the job's attempts.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const stillWaiting = await knowledgeStatuses(job.id);
  assert.ok(stillWaiting.every((item) => item.knowledgeStatus !== 'failed'));

  await proxy.restore();
  const resumed = await waitForKnowledge(world.prisma, job.id, 300_000);
  for (const item of resumed) {
    assert.deepEqual([item.knowledgeStatus, item.knowledgeQuality], ['done', 'full'], item.path);
    const doc = await world.elasticsearch.get<IndexedDocument>({
      index: world.env.DOCUMENTS_INDEX,
      id: item.documentId,
    });
    assert.equal(doc._source?.knowledgeQuality, 'full');
  }
});
