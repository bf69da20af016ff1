import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { hangingOds } from '@quarry/crackers/test-fixtures';
import { chunkText, type IndexedDocument } from '@quarry/search-index';
import { start } from './app.ts';
import { createTestWorld, upload, uploadForm, waitForJob, type TestWorld } from './test-support.ts';

let world: TestWorld;

before(async () => {
  world = await createTestWorld(process.env, {
    PIPELINE_CHUNK_CHARS: '2000',
    PIPELINE_CONCURRENCY: '1',
    PIPELINE_BATCH_DOCS: '100',
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

/**
 * A worker in a separate process, so it can be killed without warning (SIGKILL), and an in-process
 * API whose own worker is paused until the test resumes it, so only the child works at first.
 */
function workerProcess() {
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
  return child;
}

async function killableWorker() {
  const child = workerProcess();
  const api = await start(world.env);
  after(() => api.close());
  await api.context.queue.worker.pause(true);
  return { child, api };
}

function factbookParagraph(): Promise<string> {
  return readFile(new URL('../../data/factbook/europe/fr.json', import.meta.url), 'utf8').then(
    (json) =>
      (
        JSON.parse(json) as { Introduction: { Background: { text: string } } }
      ).Introduction.Background.text.replace(/<[^>]+>/g, ' '),
  );
}

test('a worker killed mid-document leaves nothing half-indexed, and the work resumes elsewhere', async () => {
  const collection = await world.prisma.collection.create({ data: { name: 'Resume' } });
  const token = await world.token(['analyst'], [collection.id]);
  const job = await world.prisma.ingestJob.create({
    data: { collectionId: collection.id, source: 'api', skills: '["language","keyphrases"]' },
  });
  const paragraph = await factbookParagraph();
  const text = Array.from({ length: 300 }, (_, i) => `Part ${i + 1}. ${paragraph}`).join('\n\n');

  const { child, api } = await killableWorker();
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

test('a worker killed mid-batch: the batch resumes elsewhere, every file indexed once', async () => {
  const collection = await world.prisma.collection.create({ data: { name: 'Resume batch' } });
  const token = await world.token(['analyst'], [collection.id]);
  const job = await world.prisma.ingestJob.create({
    data: { collectionId: collection.id, source: 'api', skills: '["language","keyphrases"]' },
  });
  const paragraph = await factbookParagraph();
  // 80 files of ~60,000 characters: one batch job, each file indexed inside it, and enough work
  // between "cracking" and "done" (about a second or more) to kill the worker in between.
  const files = Array.from({ length: 80 }, (_, f): [string, string] => [
    `batch/file-${f}.txt`,
    Array.from({ length: 30 }, (_, i) => `File ${f}, part ${i + 1}. ${paragraph}`)
      .join('\n\n')
      .slice(0, 60_000),
  ]);
  const { child, api } = await killableWorker();
  const { body } = await uploadForm(api.url, token, job.id, files);
  assert.equal(body.files?.filter((file) => file.item).length, 80, JSON.stringify(body.error));

  await waitFor(
    async () =>
      (await world.prisma.ingestItem.count({ where: { jobId: job.id, status: 'cracking' } })) > 0,
    'the child worker to start the batch',
  );
  child.kill('SIGKILL');
  await once(child, 'exit');
  const unfinished = await world.prisma.ingestItem.count({
    where: { jobId: job.id, status: { notIn: ['done', 'failed'] } },
  });
  assert.ok(unfinished > 0, 'killed before the batch ended');

  api.context.queue.worker.resume();
  try {
    const items = await waitForJob(world.prisma, job.id, 120_000);
    assert.deepEqual(
      items.filter((item) => item.status !== 'done').map((item) => item.message),
      [],
    );
    await world.elasticsearch.indices.refresh({ index: world.env.DOCUMENTS_INDEX });
    const { count } = await world.elasticsearch.count({
      index: world.env.DOCUMENTS_INDEX,
      query: { term: { collectionId: collection.id } },
    });
    assert.equal(count, 80, 'every file indexed, none twice');
  } finally {
    await api.close();
  }
});

test('a file that kills its worker process every time fails after its attempts; the rest of its batch is indexed', async () => {
  const collection = await world.prisma.collection.create({ data: { name: 'Killer' } });
  const token = await world.token(['analyst'], [collection.id]);
  const job = await world.prisma.ingestJob.create({
    data: { collectionId: collection.id, source: 'api', skills: '["language"]' },
  });
  const paragraph = await factbookParagraph();
  // The killer keeps its parser busy (the crack limit of this world is two minutes), and the test
  // kills whichever worker process is cracking it, every time: a file that brings its worker down.
  const files: Array<[string, Uint8Array | string]> = [
    ['killer/hang.ods', hangingOds()],
    ...Array.from({ length: 5 }, (_, f): [string, string] => [
      `killer/file-${f}.txt`,
      `File ${f}. ${paragraph}`,
    ]),
  ];
  // The API's own worker is closed, not paused: a paused worker may still take the job its
  // waiting fetch returns. Only the child processes the test kills work on the files.
  const api = await start(world.env);
  after(() => api.close());
  await api.context.queue.worker.close();
  try {
    let child = workerProcess();
    const { body } = await uploadForm(api.url, token, job.id, files);
    assert.equal(body.files?.filter((file) => file.item).length, 6, JSON.stringify(body.error));
    const killerId = body.files.find((file) => file.path === 'killer/hang.ods')!.item!.id;

    let kills = 0;
    await waitFor(
      async () => {
        const killer = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: killerId } });
        if (killer.status === 'failed') return true;
        // Each attempt marks it cracking once more: kill the process working on it this time.
        if (killer.status === 'cracking' && killer.attempts > kills) {
          if (child.exitCode === null) {
            child.kill('SIGKILL');
            await once(child, 'exit');
          }
          kills++;
          child = workerProcess();
        }
        return false;
      },
      'the killer to be given up',
      // Six kills (three of the batch, three of the file alone), each waiting for a new process
      // and a lock to expire: minutes on a loaded machine.
      480_000,
    );
    const given = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: killerId } });
    assert.ok(kills >= 3, `killed ${kills} times, then ${given.reason}: ${given.message}`);

    const items = await waitForJob(world.prisma, job.id, 120_000);
    const killer = items.find((item) => item.id === killerId)!;
    assert.equal(killer.reason, 'internal');
    assert.match(killer.message ?? '', /stopped every time it tried/);
    assert.deepEqual(
      items.filter((item) => item.id !== killerId && item.status !== 'done').map((i) => i.message),
      [],
      'every other file of the batch is indexed',
    );
    child.kill('SIGKILL');
  } finally {
    await api.close();
  }
});
