import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Redis } from 'ioredis';
import { defaultSkillNames } from '@quarry/skills';
import { normaliseRelativePath } from '../ingest/paths.ts';
import { createJob, registerRefused } from '@quarry/prisma/ingest-records';
import type { StageContext } from '../stages/context.ts';
import { fileFingerprint } from './fingerprint.ts';

/** Files people's tools leave behind that are never documents. */
const JUNK = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** Stored files whose registration may be pending at once (bounds what a scan holds). */
const REGISTER_BATCH = 100;

/** A file still growing between two scans is being copied in: wait for it to settle. */
const SETTLE_MS = 2_000;

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.name.startsWith('.') || JUNK.has(entry.name)) continue;
    const path = join(dir, entry.name);
    // Symbolic links are not followed: the folder must not become a window onto the whole disk.
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

export interface ScanReport {
  registered: number;
  unchanged: number;
  skipped: string[];
}

/**
 * Scans `<ingest dir>/<collection name>/**` once. A file whose size and modification time match
 * what was read last time is skipped without reading it; anything new or changed is streamed into
 * the blob store and registered (duplicates and versions are decided there), up to REGISTER_BATCH
 * files at a time. One ingest job per collection per scan that finds something.
 */
export async function scanIngestFolder(ctx: StageContext): Promise<ScanReport> {
  const root = ctx.env.PIPELINE_INGEST_DIR;
  const report: ScanReport = { registered: 0, unchanged: 0, skipped: [] };
  let registering: Array<Promise<unknown>> = [];
  const settle = async () => {
    const batch = registering;
    registering = [];
    await Promise.all(batch);
    report.registered += batch.length;
  };
  const tops = await readdir(root, { withFileTypes: true }).catch(() => []);
  for (const top of tops) {
    if (!top.isDirectory() || top.name.startsWith('.')) continue;
    const collection = await ctx.prisma.collection.findUnique({ where: { name: top.name } });
    if (!collection) {
      report.skipped.push(`${top.name}/ (no collection of that name)`);
      continue;
    }
    let jobId: string | null = null;
    for await (const file of walk(join(root, top.name))) {
      const info = await lstat(file).catch(() => null);
      if (!info || Date.now() - info.mtimeMs < SETTLE_MS) continue;
      const checked = normaliseRelativePath(
        relative(join(root, top.name), file).split(sep).join('/'),
      );
      if ('error' in checked) {
        report.skipped.push(`${file}: ${checked.error}`);
        continue;
      }
      const fingerprint = fileFingerprint(info);
      const known = await ctx.prisma.sourceFile.findUnique({
        where: { collectionId_path: { collectionId: collection.id, path: checked.path } },
      });
      if (known?.fingerprint === fingerprint) {
        report.unchanged++;
        continue;
      }
      jobId ??= (
        await createJob(ctx.prisma, {
          collectionId: collection.id,
          source: 'folder',
          label: `Ingest folder ${top.name}/`,
          skills: defaultSkillNames(),
        })
      ).id;
      const base = { jobId, collectionId: collection.id, path: checked.path, name: checked.name };
      if (info.size > ctx.env.PIPELINE_MAX_FILE_BYTES) {
        await registerRefused(ctx.prisma, {
          ...base,
          sizeBytes: info.size,
          reason: 'too-large',
          message: `the file is larger than the ${Math.round(ctx.env.PIPELINE_MAX_FILE_BYTES / 1024 / 1024)} MB limit`,
          fingerprint,
        });
        continue;
      }
      const blob = await ctx.blobs.putStream(
        createReadStream(file),
        ctx.env.PIPELINE_MAX_FILE_BYTES,
      );
      // Not awaited one by one: files stored meanwhile join one registration batch (one
      // transaction) and are queued in batch jobs together.
      const registered = ctx.register({ ...base, blob, fingerprint });
      // Handled now (settle reports a failure): a rejection must not wait unobserved meanwhile.
      registered.catch(() => {});
      registering.push(registered);
      if (registering.length >= REGISTER_BATCH) await settle();
    }
    await settle();
  }
  return report;
}

/**
 * Scans the folder every interval. With several replicas, a short Redis lock lets one scan at a
 * time (the others skip that round); a crashed scanner's lock expires on its own.
 */
export function watchIngestFolder(ctx: StageContext, redis: Redis): { stop(): Promise<void> } {
  const interval = ctx.env.PIPELINE_SCAN_INTERVAL_MS;
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    const lock = await redis.set(
      'quarry:ingest-folder-scan',
      String(process.pid),
      'PX',
      interval * 6,
      'NX',
    );
    if (lock !== 'OK') return;
    try {
      const report = await scanIngestFolder(ctx);
      if (report.registered > 0 || report.skipped.length > 0) {
        ctx.logger.info(report, 'ingest folder scanned');
      }
    } finally {
      await redis.del('quarry:ingest-folder-scan');
    }
  };
  const run = () => {
    if (running || stopped) return;
    running = tick()
      .catch((error: unknown) => ctx.logger.error({ err: error }, 'ingest folder scan failed'))
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, interval);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
