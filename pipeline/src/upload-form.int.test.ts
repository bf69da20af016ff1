import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { makeFixtures, type Fixtures } from '@quarry/crackers/test-fixtures';
import { start } from './app.ts';
import { MAX_FILES_PER_FORM } from './http/multipart-upload.ts';
import type { BatchJob } from './jobs.ts';
import { createTestWorld, uploadForm, waitForJob, type TestWorld } from './test-support.ts';

let world: TestWorld;
let pipeline: Awaited<ReturnType<typeof start>>;
let fixtures: Fixtures;
let collectionId: string;
let analyst: string;

const MAX_FILE_BYTES = 64 * 1024;

before(async () => {
  world = await createTestWorld(process.env, {
    PIPELINE_MAX_FILE_BYTES: String(MAX_FILE_BYTES),
    PIPELINE_BATCH_DOCS: '3',
  });
  fixtures = await makeFixtures();
  collectionId = (await world.prisma.collection.create({ data: { name: 'Forms' } })).id;
  analyst = await world.token(['analyst'], [collectionId]);
  pipeline = await start(world.env);
});

after(async () => {
  await pipeline.close();
  await world.cleanup();
});

const newJob = () =>
  world.prisma.ingestJob.create({
    data: { collectionId, source: 'api', skills: JSON.stringify(['language', 'keyphrases']) },
  });

test('a multipart form: every file has its own outcome, the good ones are indexed in batch jobs', async () => {
  const job = await newJob();
  const markdown = await readFile(fixtures.files.md!.path);
  const { status, body } = await uploadForm(pipeline.url, analyst, job.id, [
    ['form/notes.md', markdown],
    ['form/report.html', await readFile(fixtures.files.html!.path)],
    ['../escape.txt', 'refused before it is stored'],
    // Past the size limit, in the middle of the form: the parts after it are still read.
    ['form/huge.txt', 'x'.repeat(MAX_FILE_BYTES + 10)],
    ['form/table.csv', await readFile(fixtures.files.csv!.path)],
    ['form/copy of notes.md', markdown],
    ['form/empty.txt', ''],
    ['form/plain.txt', await readFile(fixtures.files.txt!.path)],
    ['form/data.json', await readFile(fixtures.files.json!.path)],
  ]);
  assert.equal(status, 200, JSON.stringify(body));
  const outcomes = new Map(body.files!.map((file) => [file.path, file]));
  assert.equal(outcomes.size, 9);
  assert.equal(outcomes.get('../escape.txt')?.error?.code, 'BAD_PATH');
  assert.equal(outcomes.get('form/huge.txt')?.error?.code, 'TOO_LARGE');
  assert.equal(outcomes.get('form/copy of notes.md')?.item?.duplicate, true);
  for (const path of ['form/notes.md', 'form/report.html', 'form/table.csv', 'form/plain.txt']) {
    assert.equal(outcomes.get(path)?.item?.status, 'queued', path);
  }

  const items = await waitForJob(world.prisma, job.id);
  const byPath = new Map(items.map((item) => [item.path, item]));
  for (const path of ['form/notes.md', 'form/report.html', 'form/table.csv', 'form/plain.txt']) {
    assert.equal(byPath.get(path)?.status, 'done', `${path}: ${byPath.get(path)?.message ?? ''}`);
    const doc = await world.elasticsearch.get({
      index: world.env.DOCUMENTS_INDEX,
      id: byPath.get(path)!.documentId,
    });
    assert.ok(doc.found, path);
  }
  assert.equal(byPath.get('form/huge.txt')?.reason, 'too-large', 'recorded as a failed item');
  assert.equal(byPath.get('form/empty.txt')?.reason, 'empty');
  assert.equal(byPath.has('../escape.txt'), false, 'a refused path records nothing');

  // The six stored new files went in batch jobs of at most PIPELINE_BATCH_DOCS (3).
  const completed = await pipeline.queue.getJobs(['completed'], 0, 100);
  const batched = completed
    .filter((j) => j.name === 'batch')
    .flatMap((j) => (j.data as BatchJob).items)
    .filter((ref) => items.some((item) => item.id === ref.itemId));
  assert.equal(batched.length, 6);
  for (const j of completed.filter((j) => j.name === 'batch')) {
    assert.ok((j.data as BatchJob).items.length <= 3);
  }
});

test('a form past the file limit: the first files are recorded and the answer says the rest was not read', async () => {
  const job = await newJob();
  // The same bytes every time: one document and duplicates, so the test stays quick.
  const files = Array.from(
    { length: MAX_FILES_PER_FORM + 5 },
    (_, i) =>
      [`many/${i}.txt`, 'The same few words in every file of this form.'] as [string, string],
  );
  const { status, body } = await uploadForm(pipeline.url, analyst, job.id, files);
  assert.equal(status, 200);
  assert.equal(body.files?.length, MAX_FILES_PER_FORM);
  assert.equal(body.error?.code, 'TOO_MANY_FILES');
  assert.equal(
    await world.prisma.ingestItem.count({ where: { jobId: job.id } }),
    MAX_FILES_PER_FORM,
  );
});

test('an unreadable form is refused whole; forms need the same rights as single files', async () => {
  const job = await newJob();
  const broken = await fetch(`${pipeline.url}/ingest/jobs/${job.id}/files`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${analyst}`,
      'content-type': 'multipart/form-data; boundary=xyz',
    },
    body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nno end',
  });
  assert.equal(broken.status, 400);
  assert.equal(((await broken.json()) as { error: { code: string } }).error.code, 'BAD_FORM');
  assert.equal(await world.prisma.ingestItem.count({ where: { jobId: job.id } }), 0);

  const viewer = await world.token(['viewer'], [collectionId]);
  const refused = await uploadForm(pipeline.url, viewer, job.id, [['a.txt', 'x']]);
  assert.equal(refused.status, 403);
  assert.equal(refused.body.error?.code, 'FORBIDDEN');
});
