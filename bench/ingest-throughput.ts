// Ingest throughput (issue 3): the pipeline against raw bulk indexing of the same documents, on the REAL
// stores of a running stack. Usage and the figures measured so far: bench/README.md,
// docs/measurements.md.
//
//   node bench/ingest-throughput.ts [--files 1000] [--office 100] [--concurrency 2,4]
//        [--in-flight 8] [--form 0] [--skills language,keyphrases] [--replicas 1] [--breakdown]
//        [--apart] [--cpu-profile FILE] [--skip-baseline] [--warmup N] [--settle 60]
//        [--log-level silent]
//
// 1. Builds a seeded corpus from the World Factbook in a temp dir: `--files` text files (txt, md,
//    html, csv, json; 2–30 KB of text each) and `--office` docx/pdf files, reported separately.
// 2. Baseline: cracks every file with @quarry/crackers (timed on its own), then bulk-indexes the
//    extracted text, one document per file, batches of 500, refresh at the end, into a temp index
//    with one standard-analysed field (the minimal mapping, for context).
// 3. The pipeline, started in-process per concurrency with its own SQLite file, data dir, queue and
//    index alias, warmed up first by `--warmup` other text files (untimed; as many as the run by
//    default, as the baseline is timed on its second run): one IngestJob (api, `--skills`) per
//    group, every file PUT through its HTTP API (or, with `--form N`, POSTed N files per multipart
//    form) with `--in-flight` requests at once, timed from the first upload until every item is
//    done or failed (request bodies are built before). With `--replicas`, requests go to each
//    process in turn (node:cluster shares connections out so); with `--apart` every pipeline
//    process is a child. Also reported: CPU used by this process, Elasticsearch and Redis during
//    the run, and how the worker's slots were spent per stage (BullMQ's own job timestamps).
// 4. The primary baseline, after the first pipeline run: the documents that run wrote, read back
//    and bulk-indexed the same way into an index made by `ensureSearchIndex` (Quarry's mapping: the
//    same text, language fields, key phrases and nested chunks). Ratios are to this rate.
// Everything it creates (indexes, queues, temp dirs) is removed at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Client } from '@elastic/elasticsearch';
import { crack } from '@quarry/crackers';
import { start } from '@quarry/pipeline';
import { createTestWorld, type TestWorld } from '@quarry/pipeline/test-support';
import {
  BULK_BATCH,
  bulkIndexMinimal,
  elasticsearchCpuSeconds,
  bulkIndexQuarry,
  readBodies,
  type BulkBody,
} from './lib/bulk-baseline.ts';
import { componentClassifier } from './lib/components.ts';
import { formatSummary, startProfiler, summarize } from './lib/cpu-profile.ts';
import { collectGarbage } from './lib/gc.ts';
import { buildFiles, loadSections, type CorpusFile } from './lib/factbook-files.ts';
import {
  describeLoad,
  describeMachine,
  elasticsearchInfo,
  machine,
  processCpuSeconds,
} from './lib/machine.ts';
import { required, stackEnv } from './lib/env.ts';
import { prepareUploads, uploadFiles } from './lib/upload-files.ts';
import { fixed, MB, mean, percent, percentile, sum, table } from './lib/stats.ts';

const TARGET = 0.5;

/** How the CPU profile's packages add up to parts of the pipeline (first match wins). */
const PIPELINE_COMPONENTS = componentClassifier([
  ['skills (language, key phrases)', ['@quarry/skills']],
  ['cracking (@quarry/crackers)', ['@quarry/crackers']],
  [
    'SQL (Prisma, libsql)',
    ['@prisma/client', '@prisma/adapter-libsql', '@libsql/client', 'quarry prisma'],
  ],
  ['queue (BullMQ, ioredis)', ['bullmq', 'ioredis']],
  ['Elasticsearch client', ['@elastic/elasticsearch']],
  ['pipeline code (stages, stores, routes)', ['pipeline']],
  ['service-kit, auth', ['@quarry/service-kit', '@quarry/auth']],
  ['benchmark (upload client)', ['quarry bench']],
]);

const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    office: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '2,4' },
    'in-flight': { type: 'string', default: '8' },
    form: { type: 'string', default: '0' },
    breakdown: { type: 'boolean', default: false },
    'cpu-profile': { type: 'string' },
    'skip-baseline': { type: 'boolean', default: false },
    'timeout-min': { type: 'string', default: '30' },
    skills: { type: 'string', default: 'language,keyphrases' },
    replicas: { type: 'string', default: '1' },
    apart: { type: 'boolean', default: false },
    warmup: { type: 'string' },
    settle: { type: 'string', default: '60' },
    'log-level': { type: 'string', default: 'silent' },
  },
});
const skills = args.skills.split(',').filter(Boolean);
const replicas = Number(args.replicas);
/**
 * Every pipeline process a child, this one only uploading and measuring: a production pipeline
 * process holds no corpus, captured documents or upload client in its heap.
 */
const apart = args.apart;
if (apart && (args.breakdown || args['cpu-profile'])) {
  throw new Error(
    '--breakdown and --cpu-profile time the pipeline in this process: not with --apart',
  );
}
const textCount = Number(args.files);
const officeCount = Number(args.office);
/**
 * As many other files as the run itself by default: the raw bulk is timed on its second run of
 * the same documents, so the pipeline meets as much work before its clock starts (V8 compiles a
 * function's optimised code only after many calls; 100 files were 50 per process with two).
 */
const warmupCount = Number(args.warmup ?? textCount);
const concurrencies = args.concurrency.split(',').map(Number);
const inFlight = Number(args['in-flight']);
const filesPerForm = Number(args.form);
const timeoutMs = Number(args['timeout-min']) * 60_000;
const settleSeconds = Number(args.settle);
/**
 * Folders of finished pipeline runs, removed only at the very end: ext4 skips inodes freed in the
 * last ~60 s when it makes new files, so a run right after thousands of deletions paid 4–8x the
 * kernel time per stored original (measured; docs/measurements.md), which no ingest in use pays.
 */
const deferredCleanups: Array<() => Promise<void>> = [];
const cores = machine().cores;

const source = stackEnv();
const elasticsearchUrl = required(source, 'ELASTICSEARCH_URL');

interface Group {
  name: 'text' | 'office' | 'warm-up';
  files: CorpusFile[];
}

interface Rates {
  docs: number;
  seconds: number;
  originalBytes: number;
  textBytes: number;
}

const perMinute = (count: number, seconds: number) => (count / seconds) * 60;
const docsPerMin = (r: Rates) => perMinute(r.docs, r.seconds);
const originalMbPerMin = (r: Rates) => perMinute(r.originalBytes / MB, r.seconds);
const textMbPerMin = (r: Rates) => perMinute(r.textBytes / MB, r.seconds);
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const log = (...lines: string[]) => console.log(lines.join('\n'));

// ---------------------------------------------------------------------------------------------
// Baseline: crack, then raw bulk indexing of the text.

interface Cracked {
  file: CorpusFile;
  title: string;
  text: string;
}

async function crackAll(
  group: Group,
): Promise<{ cracked: Cracked[]; seconds: number; failed: number }> {
  // Warm-up: the first file of a format loads its parser (pdf.js, mammoth) and is compiled.
  for (const file of group.files.slice(0, 20)) {
    await crack({ bytes: file.bytes, fileName: fileName(file.path) });
  }
  const started = performance.now();
  const cracked: Cracked[] = [];
  let failed = 0;
  for (const file of group.files) {
    const result = await crack({ bytes: file.bytes, fileName: fileName(file.path) });
    if (result.ok)
      cracked.push({ file, title: result.title?.trim() || file.path, text: result.text });
    else failed++;
  }
  return { cracked, seconds: (performance.now() - started) / 1000, failed };
}

interface Baseline {
  crack: Rates;
  /** Raw bulk of the text into a minimal mapping (one standard-analysed field): context only. */
  bulk: Rates;
  /** Raw bulk of the pipeline's own document bodies into Quarry's index: what the target means. */
  quarry: Rates | null;
  crackFailed: number;
  textBytesByPath: Map<string, number>;
}

/** With `bulk` false, only cracks (the pipeline's report still needs the extracted sizes). */
async function baseline(client: Client, group: Group, bulk = true): Promise<Baseline> {
  const { cracked, seconds: crackSeconds, failed } = await crackAll(group);
  const originalBytes = sum(cracked.map((c) => c.file.bytes.byteLength));
  const textBytes = sum(cracked.map((c) => Buffer.byteLength(c.text)));
  const bodies = cracked.map((c) => ({
    body: { path: c.file.path, format: c.file.format, title: c.title, text: c.text },
  }));
  const bulkSeconds = bulk ? (await bulkIndexMinimal(client, bodies)).seconds : Number.NaN;
  return {
    crack: { docs: cracked.length, seconds: crackSeconds, originalBytes, textBytes },
    bulk: { docs: cracked.length, seconds: bulkSeconds, originalBytes, textBytes },
    quarry: null,
    crackFailed: failed,
    textBytesByPath: new Map(cracked.map((c) => [c.file.path, Buffer.byteLength(c.text)])),
  };
}

// ---------------------------------------------------------------------------------------------
// The pipeline.

interface StageSample {
  name: string;
  waitMs: number;
  runMs: number;
}

interface Timing {
  count: number;
  ms: number;
}

interface PipelineRun {
  concurrency: number;
  collectionId: string;
  group: Group['name'];
  rates: Rates;
  failed: number;
  reasons: Record<string, number>;
  uploadSeconds: number;
  uploadErrors: number;
  uploadRetries: number;
  stages: StageSample[];
  itemQueueMs: number[];
  itemWorkMs: number[];
  sql: Map<string, Timing>;
  es: Map<string, Timing>;
  /**
   * CPU seconds used during the run by the pipeline's processes (with this one's uploads unless
   * --apart), ES, Redis and, with --apart, this process alone (uploads, polling).
   */
  cpu: Record<'node' | 'elasticsearch' | 'redis', number> & { driver?: number };
  /** Of `cpu.node`, the seconds spent in the kernel (file system, fsync, sockets). */
  nodeSystemSeconds: number;
}

interface CpuCounters {
  node: number;
  nodeSystem: number;
  elasticsearch: number;
  redis: number;
  driver: number;
}

/** Cumulative CPU seconds of the processes that do the work (for a difference). */
async function cpuCounters(pipeline: Pipeline, children: Replica[]): Promise<CpuCounters> {
  const usage = process.cpuUsage();
  const childCpu = children.map((child) => processCpuSeconds(child.process.pid!));
  const info = await pipeline.context.queue.connection.info('cpu');
  const redis = ['used_cpu_user', 'used_cpu_sys']
    .map((key) => Number(new RegExp(`^${key}:([\\d.]+)`, 'm').exec(info)?.[1] ?? Number.NaN))
    .reduce((a, b) => a + b, 0);
  const own = { all: (usage.user + usage.system) / 1e6, system: usage.system / 1e6 };
  return {
    node: (apart ? 0 : own.all) + sum(childCpu.map((c) => c.user + c.system)),
    nodeSystem: (apart ? 0 : own.system) + sum(childCpu.map((c) => c.system)),
    elasticsearch: await elasticsearchCpuSeconds(pipeline.context.elasticsearch),
    redis,
    driver: apart ? own.all : 0,
  };
}

function addTiming(map: Map<string, Timing>, key: string, ms: number) {
  const entry = map.get(key) ?? { count: 0, ms: 0 };
  entry.count++;
  entry.ms += ms;
  map.set(key, entry);
}

type Pipeline = Awaited<ReturnType<typeof start>>;

interface FinishedJob {
  name: string;
  timestamp: number;
  processedOn?: number;
  finishedOn?: number;
}

/** Times every SQL operation and Elasticsearch request the pipeline makes (--breakdown). */
function instrument(pipeline: Pipeline, sink: () => Pick<PipelineRun, 'sql' | 'es'> | null) {
  const ctx = pipeline.context;
  // Stages and routes read ctx.prisma on every call, so swapping in a timed client covers them all.
  ctx.prisma = ctx.prisma.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args: queryArgs, query }) {
          const started = performance.now();
          try {
            return await query(queryArgs);
          } finally {
            const target = sink();
            if (target) addTiming(target.sql, `${model}.${operation}`, performance.now() - started);
          }
        },
      },
    },
  }) as unknown as typeof ctx.prisma;
  const startedAt = new Map<unknown, number>();
  ctx.elasticsearch.diagnostic.on('request', (_error, event) => {
    if (event) startedAt.set(event.meta.request.id, performance.now());
  });
  ctx.elasticsearch.diagnostic.on('response', (_error, event) => {
    if (!event) return;
    const began = startedAt.get(event.meta.request.id);
    startedAt.delete(event.meta.request.id);
    const target = sink();
    if (began === undefined || !target) return;
    const params = event.meta.request.params;
    const path = params.path.replace(/^\/[^/]+\/(_doc|_update)\/[^/]+$/, '/{index}/$1/{id}');
    addTiming(target.es, `${params.method} ${path}`, performance.now() - began);
  });
}

async function waitForItems(world: TestWorld, jobId: string, expected: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const finished = await world.prisma.ingestItem.count({
      where: { jobId, status: { in: ['done', 'failed'] } },
    });
    if (finished >= expected) return;
    if (Date.now() > deadline)
      throw new Error(`job ${jobId}: ${finished}/${expected} after timeout`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function runGroup(
  world: TestWorld,
  pipeline: Pipeline,
  group: Group,
  concurrency: number,
  textBytesByPath: Map<string, number>,
  setCurrent: (run: PipelineRun | null) => void,
  children: Replica[],
): Promise<PipelineRun> {
  const collection = await world.prisma.collection.create({
    data: { name: `bench-${group.name}-${randomUUID().slice(0, 8)}` },
  });
  const job = await world.prisma.ingestJob.create({
    data: {
      collectionId: collection.id,
      source: 'api',
      skills: JSON.stringify(skills),
      label: 'bench',
    },
  });
  const token = await world.token(['analyst'], [collection.id]);
  const run: PipelineRun = {
    concurrency,
    collectionId: collection.id,
    group: group.name,
    rates: { docs: 0, seconds: 0, originalBytes: 0, textBytes: 0 },
    failed: 0,
    reasons: {},
    uploadSeconds: 0,
    uploadErrors: 0,
    uploadRetries: 0,
    stages: [],
    itemQueueMs: [],
    itemWorkMs: [],
    sql: new Map(),
    es: new Map(),
    cpu: { node: 0, elasticsearch: 0, redis: 0 },
    nodeSystemSeconds: 0,
  };
  const uploads = prepareUploads(group.files, { inFlight, filesPerForm });
  setCurrent(run);
  collectGarbage();
  const cpuBefore = await cpuCounters(pipeline, children);
  const started = Date.now();
  const urls = [...(apart ? [] : [pipeline.url]), ...children.map((child) => child.url)];
  const upload = await uploadFiles(urls, token, job.id, uploads, {
    inFlight,
    filesPerForm,
  });
  run.uploadErrors = upload.errors;
  run.uploadRetries = upload.retries;
  run.uploadSeconds = (Date.now() - started) / 1000;
  // A refused upload may leave no item: wait for as many items as there are.
  const registered = await world.prisma.ingestItem.count({ where: { jobId: job.id } });
  await waitForItems(world, job.id, registered);
  const cpuAfter = await cpuCounters(pipeline, children);
  run.cpu = {
    node: cpuAfter.node - cpuBefore.node,
    elasticsearch: cpuAfter.elasticsearch - cpuBefore.elasticsearch,
    redis: cpuAfter.redis - cpuBefore.redis,
    ...(apart ? { driver: cpuAfter.driver - cpuBefore.driver } : {}),
  };
  run.nodeSystemSeconds = cpuAfter.nodeSystem - cpuBefore.nodeSystem;
  // The last index jobs complete just after they mark their item done.
  await new Promise((resolve) => setTimeout(resolve, 500));
  setCurrent(null);

  const items = await world.prisma.ingestItem.findMany({ where: { jobId: job.id } });
  const lastFinish = Math.max(...items.map((i) => i.finishedAt?.getTime() ?? 0));
  const done = items.filter((i) => i.status === 'done');
  for (const item of items.filter((i) => i.status === 'failed')) {
    const reason = item.reason ?? 'unknown';
    run.reasons[reason] = (run.reasons[reason] ?? 0) + 1;
  }
  for (const item of done) {
    if (!item.startedAt || !item.finishedAt) continue;
    run.itemQueueMs.push(item.startedAt.getTime() - item.createdAt.getTime());
    run.itemWorkMs.push(item.finishedAt.getTime() - item.startedAt.getTime());
  }
  run.failed = items.length - done.length;
  run.rates = {
    docs: done.length,
    seconds: (lastFinish - started) / 1000,
    originalBytes: sum(done.map((i) => i.sizeBytes)),
    textBytes: sum(done.map((i) => textBytesByPath.get(i.path) ?? 0)),
  };
  return run;
}

interface Replica {
  process: ChildProcess;
  /** Its HTTP API: uploads are shared out between the processes, as node:cluster does. */
  url: string;
}

/** Extra pipeline processes on the same queue and stores (--replicas). */
async function startReplicas(world: TestWorld, count: number): Promise<Replica[]> {
  if (count <= 0) return [];
  // In the world's temp dir (deleted at the end), so the secrets never reach a command line.
  const envFile = join(world.dir, 'replica-env.json');
  await writeFile(envFile, JSON.stringify(world.env), { mode: 0o600 });
  const script = join(import.meta.dirname, 'lib', 'pipeline-replica.ts');
  return Promise.all(
    Array.from({ length: count }, async () => {
      // The same Node flags as this process (e.g. --max-semi-space-size), so replicas compare.
      const child = spawn(process.execPath, [...process.execArgv, script, envFile], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const url = await new Promise<string>((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`replica exited with ${code}`)));
        child.stdout.on('data', (data: Buffer) => {
          const ready = /^ready (\S+)/m.exec(data.toString());
          if (ready) resolve(ready[1]!);
        });
      });
      return { process: child, url };
    }),
  );
}

async function stopReplicas(replicas: Replica[]) {
  await Promise.all(
    replicas.map(
      ({ process: child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.removeAllListeners('exit');
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

/**
 * One pipeline per concurrency. When `capture` lacks a group's bodies, the documents the pipeline
 * wrote for that group are read back before its index is deleted (the Quarry-mapping baseline).
 */
async function pipelineRuns(
  concurrency: number,
  groups: Group[],
  warmup: Group | null,
  textBytes: Map<string, number>,
  capture: Map<string, BulkBody[]> | null,
) {
  const suffix = randomUUID().slice(0, 8);
  const world = await createTestWorld(source, {
    PIPELINE_QUEUE: `bench-ingest-${suffix}`,
    DOCUMENTS_INDEX: `bench-ingest-${suffix}`,
    PIPELINE_CONCURRENCY: String(concurrency),
    // The production default: test-support shortens it for its crash tests.
    PIPELINE_LOCK_MS: '30000',
    LOG_LEVEL: args['log-level'],
  });
  const pipeline = await start(world.env);
  // With --apart this process's pipeline only lends its clients (queue, stores) to the benchmark.
  if (apart) await pipeline.context.queue.worker.pause();
  const children = await startReplicas(world, apart ? replicas : replicas - 1);
  let current: PipelineRun | null = null;
  const setCurrent = (run: PipelineRun | null) => {
    current = run;
  };
  // BullMQ's own timestamps: when the job was added, taken by a worker and finished.
  pipeline.context.queue.worker.on('completed', (job: FinishedJob) => {
    if (!current || !job.processedOn) return;
    const finished = job.finishedOn ?? Date.now();
    current.stages.push({
      name: job.name,
      waitMs: job.processedOn - job.timestamp,
      runMs: finished - job.processedOn,
    });
  });
  if (args.breakdown) instrument(pipeline, () => current);
  const runs: PipelineRun[] = [];
  try {
    // Untimed: every process of this pipeline meets the work once (JIT, Prisma's query plans,
    // connections), as the raw bulk baseline is timed on its second run.
    if (warmup) await runGroup(world, pipeline, warmup, concurrency, textBytes, () => {}, children);
    for (const group of groups) {
      const profiler = args['cpu-profile'] && group.name === 'text' ? await startProfiler() : null;
      runs.push(
        await runGroup(world, pipeline, group, concurrency, textBytes, setCurrent, children),
      );
      if (capture && !capture.has(group.name)) {
        const { collectionId } = runs.at(-1)!;
        capture.set(
          group.name,
          await readBodies(world.elasticsearch, world.env.DOCUMENTS_INDEX, collectionId),
        );
      }
      if (profiler) {
        const file = args['cpu-profile']!.replace(
          /(\.cpuprofile)?$/,
          `-c${concurrency}.cpuprofile`,
        );
        await mkdir(dirname(file), { recursive: true });
        const profile = await profiler.stop(file);
        log(`\nCPU profile of the pipeline, text group, concurrency ${concurrency} (${file}):`);
        log(formatSummary(summarize(profile, PIPELINE_COMPONENTS)));
      }
    }
  } finally {
    await stopReplicas(children);
    await pipeline.queue.obliterate({ force: true }).catch(() => {});
    await pipeline.close();
    deferredCleanups.push(() => world.cleanup());
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Reporting.

function ratesRow(label: string, r: Rates): string[] {
  return [
    label,
    String(r.docs),
    fixed(r.seconds, 2),
    fixed(docsPerMin(r), 0),
    fixed(originalMbPerMin(r), 1),
    fixed(textMbPerMin(r), 1),
  ];
}

const RATE_HEADER = ['', 'docs', 'seconds', 'docs/min', 'orig MB/min', 'text MB/min'];

function stageTable(run: PipelineRun): string {
  const wall = run.rates.seconds * 1000;
  const names = [...new Set(run.stages.map((s) => s.name))];
  const rows = names.map((name) => {
    const samples = run.stages.filter((s) => s.name === name);
    const runMs = samples.map((s) => s.runMs);
    return [
      name,
      String(samples.length),
      fixed(mean(runMs), 1),
      fixed(percentile(runMs, 95), 1),
      fixed(sum(runMs) / 1000, 1),
      percent(sum(runMs) / (wall * run.concurrency)),
      fixed(mean(samples.map((s) => s.waitMs)), 0),
    ];
  });
  return table(['stage', 'jobs', 'mean ms', 'p95 ms', 'busy s', 'of slots', 'mean wait ms'], rows);
}

function timingTable(title: string, timings: Map<string, Timing>, docs: number): string {
  const rows = [...timings]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([key, t]) => [
      key,
      String(t.count),
      fixed(t.count / docs, 1),
      fixed(t.ms / t.count, 2),
      fixed(t.ms / 1000, 2),
    ]);
  const total = sum([...timings.values()].map((t) => t.ms));
  rows.push([
    'total',
    String(sum([...timings.values()].map((t) => t.count))),
    '',
    '',
    fixed(total / 1000, 2),
  ]);
  return table([title, 'calls', 'per doc', 'mean ms', 'total s'], rows);
}

function reportRun(run: PipelineRun, base: Baseline | undefined) {
  const r = run.rates;
  const failures = Object.entries(run.reasons)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ');
  log(
    '',
    `pipeline, ${run.group} files, PIPELINE_CONCURRENCY=${run.concurrency}, ${replicas} process(es)` +
      `${apart ? ' (children; this process only uploads)' : ''}, ` +
      `skills ${skills.join('+')}, ${inFlight} ${filesPerForm > 0 ? `multipart forms of ${filesPerForm} files` : 'uploads'} in flight:`,
    table(RATE_HEADER, [ratesRow('pipeline', r)]),
    `failed: ${run.failed}${failures ? ` (${failures})` : ''}; uploads refused: ${run.uploadErrors} ` +
      `(after ${run.uploadRetries} repeats of a 500/503); ` +
      `uploads took ${fixed(run.uploadSeconds, 1)} s`,
    `item latency: queued→cracking mean ${fixed(mean(run.itemQueueMs) / 1000, 1)} s, ` +
      `cracking→done mean ${fixed(mean(run.itemWorkMs), 0)} ms (p95 ${fixed(percentile(run.itemWorkMs, 95), 0)} ms)`,
  );
  if (base?.quarry) {
    log(
      `pipeline / raw bulk (Quarry mapping): ${percent(docsPerMin(r) / docsPerMin(base.quarry))} ` +
        `of docs/min (target >= ${percent(TARGET, 0)}); ` +
        `${percent(docsPerMin(r) / docsPerMin(base.bulk))} of raw bulk (minimal mapping)`,
    );
  }
  const wall = run.rates.seconds;
  log(
    `CPU during the run (${fixed(wall, 1)} s wall, ${cores} cores = ${fixed(wall * cores, 0)} core-s): ` +
      Object.entries(run.cpu)
        .map(
          ([name, seconds]) =>
            `${name} ${fixed(seconds, 1)} s (${percent(seconds / wall, 0)} of a core)`,
        )
        .join(', ') +
      `; idle ${fixed(Math.max(0, wall * cores - sum(Object.values(run.cpu))), 0)} core-s; ` +
      `node per document: ${fixed((run.cpu.node / r.docs) * 1000, 2)} ms, ` +
      `of it ${fixed((run.nodeSystemSeconds / r.docs) * 1000, 2)} ms in the kernel`,
  );
  const whose = replicas > 1 ? ", this process's worker only" : '';
  if (!apart) {
    log('', `where the worker slots went (BullMQ job timestamps${whose}):`, stageTable(run));
  }
  if (run.sql.size > 0) log('', timingTable('SQL (Prisma) operation', run.sql, r.docs));
  if (run.es.size > 0) log('', timingTable('Elasticsearch request', run.es, r.docs));
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const date = new Date().toISOString();
  log(
    `ingest-throughput: ${date}`,
    `command: node bench/ingest-throughput.ts ${process.argv.slice(2).join(' ')}`.trim(),
    `machine: ${describeMachine()}; ${describeLoad()}`,
    `stores: ${await elasticsearchInfo(elasticsearchUrl)}; Redis and SQLite (temp file) from the stack`,
  );

  const started = performance.now();
  const sections = await loadSections();
  const groups: Group[] = [{ name: 'text', files: await buildFiles(sections, textCount) }];
  if (officeCount > 0) {
    groups.push({
      name: 'office',
      files: await buildFiles(sections, officeCount, { office: true, offset: textCount }),
    });
  }
  const dir = await mkdtemp(join(tmpdir(), 'quarry-bench-corpus-'));
  for (const group of groups) {
    for (const file of group.files) {
      await mkdir(dirname(join(dir, group.name, file.path)), { recursive: true });
      await writeFile(join(dir, group.name, file.path), file.bytes);
    }
  }
  for (const group of groups) {
    const formats = Object.entries(
      group.files.reduce<Record<string, number>>((counts, f) => {
        counts[f.format] = (counts[f.format] ?? 0) + 1;
        return counts;
      }, {}),
    )
      .map(([format, count]) => `${format} ${count}`)
      .join(', ');
    const bytes = sum(group.files.map((f) => f.bytes.byteLength));
    const chars = group.files.map((f) => f.sourceChars);
    log(
      `corpus ${group.name}: ${group.files.length} files (${formats}), ${fixed(bytes / MB, 1)} MB, ` +
        `${fixed(Math.min(...chars) / 1024, 1)}–${fixed(Math.max(...chars) / 1024, 1)} KB of prose each`,
    );
  }
  const warmup: Group | null =
    warmupCount > 0
      ? {
          name: 'warm-up',
          files: await buildFiles(sections, warmupCount, {
            offset: textCount + officeCount,
          }),
        }
      : null;
  log(
    `corpus built in ${fixed((performance.now() - started) / 1000, 1)} s in ${dir}` +
      (warmup ? `; each pipeline first ingests ${warmupCount} other text files, untimed` : ''),
  );

  const client = new Client({ node: elasticsearchUrl });
  const baselines = new Map<string, Baseline>();
  const textBytes = new Map<string, number>();
  try {
    for (const group of groups) {
      const base = await baseline(client, group, !args['skip-baseline']);
      for (const [path, bytes] of base.textBytesByPath) textBytes.set(path, bytes);
      if (args['skip-baseline']) continue;
      baselines.set(group.name, base);
      log(
        '',
        `baseline, ${group.name} files (crack failures: ${base.crackFailed}):`,
        table(RATE_HEADER, [
          ratesRow('crack() only, sequential', base.crack),
          ratesRow(`raw bulk, minimal mapping (batches of ${BULK_BATCH})`, base.bulk),
          ratesRow('crack + bulk (minimal)', {
            ...base.bulk,
            seconds: base.crack.seconds + base.bulk.seconds,
          }),
        ]),
      );
    }

    if (settleSeconds > 0) {
      // Deletions just before (an earlier run's clean-up) would make this run's new files dear.
      log('', `waiting ${settleSeconds} s for the file system to settle (--settle)`);
      await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
    }
    const runs: PipelineRun[] = [];
    const capture = args['skip-baseline'] ? null : new Map<string, BulkBody[]>();
    for (const concurrency of concurrencies) {
      const done = await pipelineRuns(concurrency, groups, warmup, textBytes, capture);
      // After the first pipeline, with no pipeline running: its documents into Quarry's mapping.
      for (const [name, bodies] of capture ?? []) {
        const base = baselines.get(name);
        if (!base || base.quarry) continue;
        const { seconds, elasticsearchCpuSeconds: esCpu } = await bulkIndexQuarry(client, bodies);
        base.quarry = {
          docs: bodies.length,
          seconds,
          originalBytes: sum(bodies.map((b) => Number(b.body.sizeBytes))),
          textBytes: sum(bodies.map((b) => textBytes.get(String(b.body.sourcePath)) ?? 0)),
        };
        log(
          '',
          `baseline, ${name} files: the pipeline's ${bodies.length} document bodies (same text, ` +
            `language fields, key phrases, nested chunks) into an index from ensureSearchIndex:`,
          table(RATE_HEADER, [
            ratesRow(`raw bulk, Quarry mapping (batches of ${BULK_BATCH})`, base.quarry),
          ]),
          // How busy the raw bulk keeps the machine: what is left for the pipeline's own work.
          `Elasticsearch CPU during it: ${fixed(esCpu, 2)} core-s in ${fixed(seconds, 2)} s ` +
            `(${fixed((100 * esCpu) / seconds, 0)} % of a core, ` +
            `${fixed((1000 * esCpu) / bodies.length, 2)} ms per document)`,
        );
      }
      for (const run of done) {
        runs.push(run);
        reportRun(run, baselines.get(run.group));
      }
    }

    log(
      '',
      'summary (docs/min; ratio = pipeline / raw bulk of the same documents into Quarry mapping):',
    );
    log(
      table(
        [
          'group',
          'raw bulk (Quarry)',
          'raw bulk (minimal)',
          ...concurrencies.map((c) => `pipeline c=${c}`),
          ...concurrencies.map((c) => `ratio c=${c}`),
        ],
        groups.map((group) => {
          const base = baselines.get(group.name);
          const byConcurrency = concurrencies.map((c) =>
            runs.find((r) => r.group === group.name && r.concurrency === c),
          );
          return [
            group.name,
            base?.quarry ? fixed(docsPerMin(base.quarry), 0) : 'n/a',
            base ? fixed(docsPerMin(base.bulk), 0) : 'n/a',
            ...byConcurrency.map((r) => (r ? fixed(docsPerMin(r.rates), 0) : 'n/a')),
            ...byConcurrency.map((r) =>
              r && base?.quarry ? percent(docsPerMin(r.rates) / docsPerMin(base.quarry)) : 'n/a',
            ),
          ];
        }),
      ),
      `target: pipeline >= ${percent(TARGET, 0)} of raw bulk (Quarry mapping) for text formats`,
    );
  } finally {
    for (const cleanup of deferredCleanups) await cleanup();
    await client.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
