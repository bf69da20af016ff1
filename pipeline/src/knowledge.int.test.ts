// The knowledge stage against the real NLP service (CoreNLP) and the real graph (Neo4j): documents
// are searchable as soon as their search stage is done, and their knowledge follows on its own
// queue into the graph and the search document's entity summary.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import { readDocumentGraph } from '@quarry/graph-store';
import type { IndexedDocument } from '@quarry/search-index';
import { start } from './app.ts';
import {
  createTestWorld,
  upload,
  waitForJob,
  waitForKnowledge,
  type TestWorld,
} from './test-support.ts';

let world: TestWorld;
let pipeline: Awaited<ReturnType<typeof start>>;
let graph: Driver;
let collectionId: string;
let analyst: string;

const SKILLS = ['language', 'keyphrases', 'entities', 'triples'];

const ENGLISH = [
  'Angela Merkel met Emmanuel Macron in Paris on 12 March 2024.',
  'Siemens agreed to pay 5 million euros to the city of Berlin.',
  'Questions go to press@example.org or https://www.example.org/contact.',
].join(' ');

const GERMAN = [
  'Bundeskanzler Friedrich Merz traf sich am Montag in Hamburg mit dem Vorstand von Siemens Energy.',
  'Rheinmetall und Hapag-Lloyd nahmen ebenfalls an dem Treffen in Hamburg teil.',
  'Die Überweisung ging an DE89 3704 0044 0532 0130 00.',
].join(' ');

before(async () => {
  world = await createTestWorld(process.env, { PIPELINE_KNOWLEDGE_CONCURRENCY: '2' });
  const collection = await world.prisma.collection.create({ data: { name: 'Knowledge' } });
  collectionId = collection.id;
  analyst = await world.token(['analyst'], [collectionId]);
  graph = neo4j.driver(
    world.env.NEO4J_URI,
    neo4j.auth.basic(world.env.NEO4J_USER, world.env.NEO4J_PASSWORD),
  );
  pipeline = await start(world.env);
});

after(async () => {
  await pipeline.close();
  await graph.close();
  await world.cleanup();
});

async function newJob(skills = SKILLS) {
  return world.prisma.ingestJob.create({
    data: { collectionId, source: 'api', skills: JSON.stringify(skills) },
  });
}

async function indexed(documentId: string) {
  const found = await world.elasticsearch.get<IndexedDocument>({
    index: world.env.DOCUMENTS_INDEX,
    id: documentId,
  });
  return found._source!;
}

const lower = (names: readonly string[] | undefined) => (names ?? []).map((n) => n.toLowerCase());
const some = (names: readonly string[] | undefined, part: string) =>
  lower(names).some((name) => name.includes(part));

test('English and German documents are searchable first, then their knowledge is in the graph and the summary', async () => {
  const job = await newJob();
  const english = await upload(pipeline.url, analyst, job.id, 'memo-en.txt', ENGLISH);
  const german = await upload(pipeline.url, analyst, job.id, 'memo-de.txt', GERMAN);
  assert.equal(english.status, 201);
  const searchable = await waitForJob(world.prisma, job.id);
  // Search is done: the document is in the index whatever the knowledge stage is doing.
  for (const item of searchable) {
    assert.equal(item.status, 'done');
    assert.notEqual(item.knowledgeStatus, 'none', 'the job has knowledge skills');
    assert.ok((await indexed(item.documentId)).chunks.length > 0);
  }

  const items = await waitForKnowledge(world.prisma, job.id);
  for (const item of items) {
    assert.deepEqual([item.knowledgeStatus, item.knowledgeQuality], ['done', 'full'], item.path);
    assert.ok(item.knowledgeAttempts >= 1 && item.knowledgeFinishedAt);
  }

  const en = await indexed(english.body.item!.documentId);
  assert.equal(en.knowledgeQuality, 'full');
  assert.ok(some(en.entities?.person, 'merkel'), JSON.stringify(en.entities));
  assert.ok(some(en.entities?.location, 'paris'), JSON.stringify(en.entities));
  assert.ok(some(en.entities?.email, 'press@example.org'), JSON.stringify(en.entities));
  assert.ok(en.entityKeys && en.entityKeys.length >= 4);
  assert.deepEqual(
    en.skills.map((tag) => tag.split('@')[0]),
    ['language', 'keyphrases', 'entities', 'triples'],
  );

  const de = await indexed(german.body.item!.documentId);
  assert.ok(some(de.entities?.person, 'merz'), JSON.stringify(de.entities));
  assert.ok(some(de.entities?.location, 'hamburg'), JSON.stringify(de.entities));
  assert.ok(some(de.entities?.iban, 'de89 3704 0044 0532 0130 00'), JSON.stringify(de.entities));

  const stored = await readDocumentGraph(graph, english.body.item!.documentId);
  assert.ok(stored, 'the document is in the graph');
  assert.equal(stored.document.quality, 'full');
  assert.equal(stored.document.collectionId, collectionId);
  assert.ok(stored.mentions.length >= 4);
  assert.deepEqual(
    [...new Set(stored.entities.map(({ entity }) => String(entity.key)))].sort(),
    [...en.entityKeys].sort(),
  );
});

test('a re-run of only the entities skill redoes the knowledge and leaves the graph as it was', async () => {
  const job = await newJob();
  const { body } = await upload(pipeline.url, analyst, job.id, 'again.txt', ENGLISH + ' Again.');
  await waitForKnowledge(world.prisma, job.id);
  const documentId = body.item!.documentId;
  const before = await readDocumentGraph(graph, documentId);
  const indexedBefore = await indexed(documentId);

  const source = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: body.item!.id } });
  const rerun = await world.prisma.ingestJob.create({
    data: { collectionId, source: 'rerun', skills: '["entities"]' },
  });
  const item = await world.prisma.ingestItem.create({
    data: {
      jobId: rerun.id,
      collectionId,
      documentId,
      lineageId: source.lineageId,
      version: source.version,
      name: source.name,
      path: source.path,
      sha256: source.sha256,
      sizeBytes: source.sizeBytes,
    },
  });
  const response = await fetch(`${pipeline.url}/ingest/enqueue`, {
    method: 'POST',
    headers: { authorization: `Bearer ${analyst}`, 'content-type': 'application/json' },
    body: JSON.stringify({ itemIds: [item.id] }),
  });
  assert.deepEqual(await response.json(), { queued: 1 });
  const [done] = await waitForKnowledge(world.prisma, rerun.id);
  assert.deepEqual([done?.status, done?.knowledgeStatus], ['done', 'done']);

  const indexedAfter = await indexed(documentId);
  // Only the knowledge stage ran: the search stage's results and chunks are untouched.
  assert.deepEqual(indexedAfter.keyPhrases, indexedBefore.keyPhrases);
  assert.deepEqual(indexedAfter.chunks, indexedBefore.chunks);
  assert.deepEqual(indexedAfter.entities, indexedBefore.entities);
  // Only `entities` ran this time: its tag stays, the triples tag it replaced goes.
  assert.deepEqual(
    indexedAfter.skills.map((tag) => tag.split('@')[0]),
    ['language', 'keyphrases', 'entities'],
  );
  const after = await readDocumentGraph(graph, documentId);
  assert.deepEqual(
    after?.entities.map(({ entity }) => entity.key).sort(),
    before?.entities.map(({ entity }) => entity.key).sort(),
  );
  assert.deepEqual(after?.mentions.length, before?.mentions.length);
  assert.deepEqual(after?.cooccurrences, before?.cooccurrences);
});

test('a changed file at the same path replaces its older version in the graph; the older one stays searchable', async () => {
  const job = await newJob(['language', 'entities']);
  const first = await upload(
    pipeline.url,
    analyst,
    job.id,
    'versions/brief.txt',
    'Angela Merkel travelled to Vienna for the talks.',
  );
  await waitForKnowledge(world.prisma, job.id);
  const olderId = first.body.item!.documentId;
  assert.ok((await readDocumentGraph(graph, olderId))?.mentions.length, 'version 1 in the graph');

  const changed = await upload(
    pipeline.url,
    analyst,
    job.id,
    'versions/brief.txt',
    'Olaf Scholz travelled to Warsaw for the talks.',
  );
  assert.equal(changed.body.item?.version, 2);
  await waitForKnowledge(world.prisma, job.id);
  const newer = await readDocumentGraph(graph, changed.body.item.documentId);
  assert.ok(newer && newer.mentions.some((m) => String(m.text).includes('Scholz')));
  const older = await readDocumentGraph(graph, olderId);
  assert.ok(!older || older.mentions.length === 0, 'version 1 no longer feeds the graph');
  assert.ok(some((await indexed(olderId)).entities?.person, 'merkel'), 'v1 keeps its summary');
});

test('a huge sentence and binary garbage do not fail the worker or hold up a normal document', async () => {
  const job = await newJob();
  // One sentence of about 4,000 words, far over what the NLP service is sent at once.
  const huge = `${'Hamburg Berlin Siemens contract payment '.repeat(800)}end.`;
  const garbage = Array.from({ length: 20_000 }, (_, i) =>
    String.fromCharCode(0x20 + ((i * 7919) % 0x2fff)),
  ).join('');
  await upload(pipeline.url, analyst, job.id, 'huge.txt', huge);
  await upload(pipeline.url, analyst, job.id, 'garbage.txt', garbage);
  await upload(pipeline.url, analyst, job.id, 'normal.txt', `${ENGLISH} A normal note.`);
  const items = await waitForKnowledge(world.prisma, job.id, 300_000);
  const byPath = new Map(items.map((item) => [item.path, item]));
  assert.equal(byPath.get('normal.txt')?.knowledgeStatus, 'done');
  for (const item of items) {
    assert.notEqual(item.knowledgeStatus, 'failed', `${item.path}: ${item.knowledgeMessage}`);
  }
  assert.match(byPath.get('huge.txt')?.knowledgeMessage ?? '', /cut/, 'the cap is shown');
});
