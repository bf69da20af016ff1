import assert from 'node:assert/strict';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { start } from './app.ts';
import { scanIngestFolder } from './folder/scanner.ts';
import { createTestWorld, type TestWorld } from './test-support.ts';

let world: TestWorld;
let pipeline: Awaited<ReturnType<typeof start>>;

/** Files are written with a time in the past: the scanner waits for fresh files to settle. */
async function put(path: string, text: string, minutesAgo: number) {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  const when = new Date(Date.now() - minutesAgo * 60_000);
  await utimes(path, when, when);
}

async function waitUntil(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

before(async () => {
  world = await createTestWorld(process.env);
  const ingestDir = join(world.dir, 'ingest');
  await mkdir(ingestDir, { recursive: true });
  // The watcher is off (no PIPELINE_INGEST_DIR): the test calls the scan itself, deterministically.
  pipeline = await start(world.env);
  pipeline.context.env = { ...world.env, PIPELINE_INGEST_DIR: ingestDir };
});

after(async () => {
  await pipeline.close();
  await world.cleanup();
});

test('the ingest folder: new files are ingested once, unchanged ones skipped, changed ones versioned', async () => {
  const root = pipeline.context.env.PIPELINE_INGEST_DIR;
  const collection = await world.prisma.collection.create({ data: { name: 'Field reports' } });
  await put(
    join(root, 'Field reports', 'north', 'day-1.txt'),
    'Patrol reached the northern ridge at dawn.',
    10,
  );
  await put(join(root, 'Field reports', '.hidden', 'x.txt'), 'hidden folders are skipped', 10);
  // Modified "in an hour": it stays too fresh to take however long this test runs (a file written
  // now settles after 2 s, and on a loaded machine the first file took longer than that).
  await put(join(root, 'Field reports', 'fresh.txt'), 'still being copied', -60);
  await put(join(root, 'Nobody', 'orphan.txt'), 'no collection has this name', 10);

  const first = await scanIngestFolder(pipeline.context);
  assert.equal(first.registered, 1, 'only the settled, visible file');
  assert.ok(
    first.skipped.some((s) => s.startsWith('Nobody/')),
    'an unknown collection is reported',
  );
  const items = () => world.prisma.ingestItem.findMany({ where: { collectionId: collection.id } });
  await waitUntil(async () => (await items()).every((i) => i.status === 'done'), 'the first file');
  const [item] = await items();
  assert.equal(item?.path, 'north/day-1.txt');
  const job = await world.prisma.ingestJob.findUniqueOrThrow({ where: { id: item.jobId } });
  assert.equal(job.source, 'folder');

  const second = await scanIngestFolder(pipeline.context);
  assert.equal(second.registered, 0);
  assert.ok(second.unchanged >= 1);

  await put(
    join(root, 'Field reports', 'north', 'day-1.txt'),
    'Patrol turned back before the ridge.',
    5,
  );
  const third = await scanIngestFolder(pipeline.context);
  assert.equal(third.registered, 1);
  await waitUntil(async () => (await items()).every((i) => i.status === 'done'), 'the new version');
  const versions = (await items()).map((i) => i.version).sort();
  assert.deepEqual(versions, [1, 2], 'the changed file is version 2 of the same path');
});
