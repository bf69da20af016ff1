// Knowledge-stage throughput (issue 13): for N mixed documents, the time until all are searchable
// and the time until all are enriched (knowledge stage done), with enrichment tokens per second and
// documents per minute, on the REAL stores of a running stack (CoreNLP, Neo4j, Elasticsearch,
// Redis). Usage and figures: bench/README.md, docs/measurements.md.
//
//   node bench/knowledge-throughput.ts [--files 1000] [--concurrency 2]
//        [--knowledge-concurrency 1] [--nlp-concurrency 2] [--form 50] [--in-flight 4]
//        [--skills language,keyphrases,entities,triples] [--timeout-minutes 240]
//
// The corpus is the ingest benchmark's: seeded World Factbook sections (data/factbook) rendered as
// txt, md, html, csv and json, each file different. One pipeline in this process (its own queue,
// index alias, SQLite file and data dir) ingests them through its HTTP API as one job; the clock
// starts at the first upload. Tokens are the whitespace-separated words of the indexed text the
// knowledge stage read. Everything it creates is removed at the end (its graph contribution too).
import { parseArgs } from 'node:util';
import { start } from '@quarry/pipeline';
import { createTestWorld } from '@quarry/pipeline/test-support';
import { chunkText, type IndexedDocument } from '@quarry/search-index';
import { buildFiles, loadSections } from './lib/factbook-files.ts';
import { stackEnv } from './lib/env.ts';
import { describeLoad, describeMachine } from './lib/machine.ts';
import { fixed, table } from './lib/stats.ts';
import { prepareUploads, uploadFiles } from './lib/upload-files.ts';

const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '2' },
    'knowledge-concurrency': { type: 'string', default: '1' },
    'nlp-concurrency': { type: 'string', default: '2' },
    form: { type: 'string', default: '50' },
    'in-flight': { type: 'string', default: '4' },
    skills: { type: 'string', default: 'language,keyphrases,entities,triples' },
    'timeout-minutes': { type: 'string', default: '240' },
  },
});

const count = Number(args.files);
const uploadOptions = { inFlight: Number(args['in-flight']), filesPerForm: Number(args.form) };

console.log(`${describeMachine()}; ${describeLoad()}`);
const files = await buildFiles(await loadSections(), count, { offset: 700_000 });
const world = await createTestWorld(stackEnv(), {
  PIPELINE_CONCURRENCY: args.concurrency,
  PIPELINE_KNOWLEDGE_CONCURRENCY: args['knowledge-concurrency'],
  PIPELINE_NLP_CONCURRENCY: args['nlp-concurrency'],
});
const pipeline = await start(world.env);
try {
  const collection = await world.prisma.collection.create({ data: { name: 'Knowledge bench' } });
  const token = await world.token(['analyst'], [collection.id]);
  const job = await world.prisma.ingestJob.create({
    data: {
      collectionId: collection.id,
      source: 'api',
      skills: JSON.stringify(args.skills.split(',')),
    },
  });
  const prepared = prepareUploads(files, uploadOptions);
  const started = Date.now();
  const upload = await uploadFiles([pipeline.url], token, job.id, prepared, uploadOptions);
  const deadline = started + Number(args['timeout-minutes']) * 60_000;
  let searchableAt: number | null = null;
  let enrichedAt: number | null = null;
  while (enrichedAt === null) {
    if (Date.now() > deadline) throw new Error('timed out; see --timeout-minutes');
    const items = await world.prisma.ingestItem.findMany({
      where: { jobId: job.id, duplicate: false },
      select: { status: true, knowledgeStatus: true },
    });
    const searched = items.filter((i) => i.status === 'done' || i.status === 'failed').length;
    if (
      searchableAt === null &&
      items.length >= count - upload.errors &&
      searched === items.length
    ) {
      searchableAt = Date.now();
    }
    const open = items.filter(
      (i) => i.status !== 'failed' && !['done', 'failed', 'none'].includes(i.knowledgeStatus),
    );
    if (searchableAt !== null && open.length === 0) enrichedAt = Date.now();
    else await new Promise((resolve) => setTimeout(resolve, 1_000));
  }

  const items = await world.prisma.ingestItem.findMany({ where: { jobId: job.id } });
  const outcome = (pick: (i: (typeof items)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(pick(item), (counts.get(pick(item)) ?? 0) + 1);
    return [...counts].map(([key, n]) => `${key} ${n}`).join(', ');
  };
  const firstStart = Math.min(...items.map((i) => i.knowledgeStartedAt?.getTime() ?? Infinity));
  const lastEnd = Math.max(...items.map((i) => i.knowledgeFinishedAt?.getTime() ?? 0));
  const stageSeconds = (lastEnd - firstStart) / 1000;

  let tokens = 0;
  const ids = items.filter((i) => i.status === 'done').map((i) => i.documentId);
  for (let i = 0; i < ids.length; i += 100) {
    const { docs } = await world.elasticsearch.mget<IndexedDocument>({
      index: world.env.DOCUMENTS_INDEX,
      ids: ids.slice(i, i + 100),
      _source_includes: ['chunks'],
    });
    for (const doc of docs) {
      const chunks = ('_source' in doc && doc._source?.chunks) || [];
      for (const chunk of chunks) tokens += chunkText(chunk).match(/\S+/g)?.length ?? 0;
    }
  }

  const seconds = (at: number) => (at - started) / 1000;
  console.log(
    table(
      ['documents', 'all searchable', 'all enriched', 'knowledge stage', 'tokens/s', 'docs/min'],
      [
        [
          items.length,
          `${fixed(seconds(searchableAt!))} s`,
          `${fixed(seconds(enrichedAt))} s`,
          `${fixed(stageSeconds)} s`,
          fixed(tokens / stageSeconds),
          fixed((ids.length / stageSeconds) * 60),
        ],
      ],
    ),
  );
  console.log(`search stage: ${outcome((i) => i.status)}; upload errors ${upload.errors}`);
  console.log(
    `knowledge stage: ${outcome((i) => `${i.knowledgeStatus}/${i.knowledgeQuality ?? '-'}`)}; ${tokens} tokens`,
  );
  console.log(describeLoad());
} finally {
  await pipeline.close();
  await world.cleanup();
}
