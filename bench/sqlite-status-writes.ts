// What one ingest status write costs through @quarry/prisma (Prisma 7 + libsql, WAL), with
// SQLite's default `synchronous = FULL` (an fsync per commit) and with `synchronous = NORMAL`
// (fsync at checkpoints only; a power cut may lose the last commits, a process crash loses none).
// The pipeline makes about six such writes per document, on its only JavaScript thread.
//
//   node bench/sqlite-status-writes.ts [--writes 2000]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient, migrate } from '@quarry/prisma';
import { describeLoad, describeMachine } from './lib/machine.ts';
import { fixed, table } from './lib/stats.ts';

const { values: args } = parseArgs({ options: { writes: { type: 'string', default: '2000' } } });
const writes = Number(args.writes);

console.log(
  [
    `sqlite-status-writes: ${new Date().toISOString()}`,
    `command: node bench/sqlite-status-writes.ts ${process.argv.slice(2).join(' ')}`.trimEnd(),
    `machine: ${describeMachine()}; ${describeLoad()}`,
  ].join('\n'),
);
const dir = await mkdtemp(join(tmpdir(), 'quarry-bench-sqlite-'));
const url = `file:${join(dir, 'quarry.db')}`;
await migrate(url);
const prisma = createPrismaClient(url);
try {
  const collection = await prisma.collection.create({ data: { name: 'bench' } });
  const job = await prisma.ingestJob.create({
    data: { collectionId: collection.id, source: 'api' },
  });
  const item = await prisma.ingestItem.create({
    data: {
      jobId: job.id,
      collectionId: collection.id,
      documentId: 'doc',
      name: 'a.txt',
      path: 'a.txt',
      sha256: '0'.repeat(64),
      sizeBytes: 1,
      runId: 'run',
    },
  });
  const rows: string[][] = [];
  // Alternating, so a drift of the disk over the run shows.
  for (const mode of ['FULL', 'NORMAL', 'FULL', 'NORMAL']) {
    // Per connection; nothing in this loop opens a transaction, so the connection stays the same.
    await prisma.$queryRawUnsafe(`PRAGMA synchronous = ${mode}`);
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < writes; i++) {
      // The pipeline's markChunksDone: a guarded updateMany.
      await prisma.ingestItem.updateMany({
        where: { id: item.id, runId: 'run' },
        data: { chunksDone: i },
      });
    }
    const wall = (performance.now() - started) / writes;
    const used = process.cpuUsage(cpu);
    rows.push([
      mode,
      String(writes),
      fixed(wall, 3),
      fixed((used.user + used.system) / 1000 / writes, 3),
    ]);
  }
  console.log(table(['synchronous', 'writes', 'ms per write', 'CPU ms per write'], rows));
} finally {
  await prisma.$disconnect();
  await rm(dir, { recursive: true, force: true });
}
