import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { chunkText, type IndexedDocument } from '@quarry/search-index';
import { start } from './app.ts';
import { createTestWorld, upload, waitForJob, type TestWorld } from './test-support.ts';

let world: TestWorld;

before(async () => {
  world = await createTestWorld(process.env, {
    PIPELINE_CHUNK_CHARS: '2000',
    PIPELINE_CONCURRENCY: '1',
  });
});

after(() => world.cleanup());

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('a worker killed mid-document leaves nothing half-indexed, and the work resumes elsewhere', async () => {
  const collection = await world.prisma.collection.create({ data: { name: 'Resume' } });
  const token = await world.token(['analyst'], [collection.id]);
  const job = await world.prisma.ingestJob.create({
    data: { collectionId: collection.id, source: 'api', skills: '["language","keyphrases"]' },
  });
  const factbook = JSON.parse(
    await readFile(
      new URL('../../../shared/corpus/factbook/europe/fr.json', import.meta.url),
      'utf8',
    ),
  ) as { Introduction: { Background: { text: string } } };
  const paragraph = factbook.Introduction.Background.text.replace(/<[^>]+>/g, ' ');
  const text = Array.from({ length: 300 }, (_, i) => `Part ${i + 1}. ${paragraph}`).join('\n\n');

  // The first worker is a separate process, so it can be killed without warning (SIGKILL).
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: new URL('..', import.meta.url),
    env: Object.fromEntries(Object.entries(world.env).map(([k, v]) => [k, String(v)])),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.unref();
  // However the test ends, the child must not outlive it.
  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  // Upload through an in-process API whose own worker is paused, so only the child works.
  const api = await start(world.env);
  after(() => api.close());
  await api.context.queue.worker.pause(true);
  const { body } = await upload(api.url, token, job.id, 'long-report.txt', text);
  const itemId = body.item!.id;
  const documentId = body.item!.documentId;

  await waitFor(async () => {
    const item = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: itemId } });
    return item.chunksDone >= 3;
  }, 'the child worker to enrich a few chunks');
  child.kill('SIGKILL');
  await once(child, 'exit');

  const killed = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: itemId } });
  assert.equal(killed.status, 'enriching');
  assert.ok(killed.chunksDone < killed.chunksTotal, 'killed before the end');
  const early = await world.elasticsearch.exists({
    index: world.env.DOCUMENTS_INDEX,
    id: documentId,
  });
  assert.equal(early, false, 'nothing is indexed before every chunk is done');

  // A surviving worker takes the dead one's jobs over once their locks expire.
  api.context.queue.worker.resume();
  try {
    const [item] = await waitForJob(world.prisma, job.id, 120_000);
    assert.equal(item?.status, 'done', item?.message ?? '');
    await world.elasticsearch.indices.refresh({ index: world.env.DOCUMENTS_INDEX });
    const found = await world.elasticsearch.search<IndexedDocument>({
      index: world.env.DOCUMENTS_INDEX,
      query: { term: { sha256: item.sha256 } },
    });
    assert.equal(found.hits.hits.length, 1, 'exactly one document');
    const doc = found.hits.hits[0]!._source!;
    assert.equal(doc.chunks.length, item.chunksTotal);
    assert.equal(doc.chunks.map((c) => chunkText(c)).join(''), text);
  } finally {
    await api.close();
  }
});
