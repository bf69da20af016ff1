// The knowledge stage without the NLP service (CORENLP_URL empty: not deployed): the lighter
// fallback, patterns and gazetteer, stored and marked as such, and the stage done.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import neo4j from 'neo4j-driver';
import { readDocumentGraph } from '@quarry/graph-store';
import type { IndexedDocument } from '@quarry/search-index';
import { start } from './app.ts';
import { createTestWorld, upload, waitForKnowledge, type TestWorld } from './test-support.ts';

// The stack writes KNOWLEDGE_BASE_DIR into stack.env; the gazetteer needs it.
assert.ok(
  process.env.KNOWLEDGE_BASE_DIR,
  'KNOWLEDGE_BASE_DIR (stack.env) names the knowledge base',
);

let world: TestWorld;
let pipeline: Awaited<ReturnType<typeof start>>;

before(async () => {
  world = await createTestWorld(process.env, {
    CORENLP_URL: '',
    // The upgrade below may meet a busy NLP service: it then waits, and tries again soon.
    PIPELINE_KNOWLEDGE_RETRY_MS: '1000',
    PIPELINE_KNOWLEDGE_RETRY_MAX_MS: '5000',
  });
  pipeline = await start(world.env);
});

after(async () => {
  await pipeline.close();
  await world.cleanup();
});

const MEMO = [
  'Am 12. März 2024 überwies die Firma in Hamburg 5.000 EUR an DE89 3704 0044 0532 0130 00.',
  'Rückfragen an presse@example.de oder +49 30 1234567, siehe https://example.de/presse.',
].join(' ');

test('without the NLP service the knowledge stage stores pattern entities, marked fallback, and is done', async () => {
  const collection = await world.prisma.collection.create({ data: { name: 'Fallback' } });
  const analyst = await world.token(['analyst'], [collection.id]);
  const job = await world.prisma.ingestJob.create({
    data: {
      collectionId: collection.id,
      source: 'api',
      skills: '["language","entities","triples"]',
    },
  });
  const { body } = await upload(pipeline.url, analyst, job.id, 'memo.txt', MEMO);
  const [item] = await waitForKnowledge(world.prisma, job.id);
  assert.deepEqual([item?.knowledgeStatus, item?.knowledgeQuality], ['done', 'fallback']);
  assert.match(item?.knowledgeMessage ?? '', /not deployed/);

  const found = await world.elasticsearch.get<IndexedDocument>({
    index: world.env.DOCUMENTS_INDEX,
    id: body.item!.documentId,
  });
  const doc = found._source!;
  assert.equal(doc.knowledgeQuality, 'fallback');
  assert.deepEqual(doc.entities?.email, ['presse@example.de']);
  assert.equal(doc.entities?.iban.length, 1);
  assert.equal(doc.entities?.date.length, 1);
  assert.equal(doc.entities?.money.length, 1);
  assert.equal(doc.entities?.phone.length, 1);
  assert.equal(doc.entities?.url.length, 1);
  // The gazetteer (the stack's knowledge base, KNOWLEDGE_BASE_DIR) finds known places, linked.
  assert.deepEqual(doc.entities?.location, ['Hamburg']);
  assert.ok(doc.entityKeys?.includes('geonames:2911298'), JSON.stringify(doc.entityKeys));

  const graph = neo4j.driver(
    world.env.NEO4J_URI,
    neo4j.auth.basic(world.env.NEO4J_USER, world.env.NEO4J_PASSWORD),
  );
  try {
    const stored = await readDocumentGraph(graph, body.item!.documentId);
    assert.equal(stored?.document.quality, 'fallback');
    assert.equal(stored?.triples.length, 0, 'no triples without the dependency parse');
  } finally {
    await graph.close();
  }
});

test('once the NLP service is deployed, a starting pipeline upgrades fallback knowledge to full', async () => {
  const before = await world.prisma.ingestItem.findMany({
    where: { knowledgeQuality: 'fallback' },
  });
  assert.ok(before.length > 0);
  await pipeline.close();
  pipeline = await start({
    ...world.env,
    CORENLP_URL: process.env.CORENLP_URL ?? '',
    CORENLP_USER: process.env.CORENLP_USER ?? '',
    CORENLP_PASSWORD: process.env.CORENLP_PASSWORD ?? '',
  });
  for (const item of before) {
    const [upgraded] = await waitForKnowledge(world.prisma, item.jobId, 300_000);
    assert.deepEqual([upgraded?.knowledgeStatus, upgraded?.knowledgeQuality], ['done', 'full']);
    const found = await world.elasticsearch.get<IndexedDocument>({
      index: world.env.DOCUMENTS_INDEX,
      id: item.documentId,
    });
    assert.equal(found._source?.knowledgeQuality, 'full');
  }
});
