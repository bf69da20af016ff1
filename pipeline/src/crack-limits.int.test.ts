import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hangingOds } from '@quarry/crackers/test-fixtures';
import { start } from './app.ts';
import { createTestWorld, uploadForm, waitForJob, type TestWorld } from './test-support.ts';

let world: TestWorld;
let pipeline: Awaited<ReturnType<typeof start>>;

before(async () => {
  world = await createTestWorld(process.env, { PIPELINE_CRACK_TIMEOUT_MS: '1500' });
  pipeline = await start(world.env);
});

after(async () => {
  await pipeline.close();
  await world.cleanup();
});

test('a file that hangs its parser fails with timeout; the files beside it are indexed', async () => {
  const collection = await world.prisma.collection.create({ data: { name: 'Limits' } });
  const token = await world.token(['analyst'], [collection.id]);
  const job = await world.prisma.ingestJob.create({
    data: { collectionId: collection.id, source: 'api', skills: '["language"]' },
  });
  const { body } = await uploadForm(pipeline.url, token, job.id, [
    ['limits/hang.ods', hangingOds()],
    ['limits/note.txt', 'The depot on the northern shore reopened after the storm.'],
    ['limits/memo.md', '# Memo\n\nThe harbour master confirmed the new schedule.'],
  ]);
  assert.equal(body.files?.filter((file) => file.item).length, 3, JSON.stringify(body));
  const items = await waitForJob(world.prisma, job.id);
  const byPath = new Map(items.map((item) => [item.path, item]));
  const hung = byPath.get('limits/hang.ods')!;
  assert.deepEqual([hung.status, hung.reason], ['failed', 'timeout']);
  assert.match(hung.message ?? '', /1 s limit|2 s limit/);
  for (const path of ['limits/note.txt', 'limits/memo.md']) {
    assert.equal(byPath.get(path)?.status, 'done', byPath.get(path)?.message ?? '');
  }
});
