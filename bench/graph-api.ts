// Graph API latency (issue 14): a 2-hop neighbourhood (at most 200 nodes) and k shortest paths
// through the gateway, against the graph subgraph, and the same Cypher sent directly with
// neo4j-driver, in the same run, on the REAL Neo4j of a running stack. Usage and figures:
// bench/README.md, docs/measurements.md.
//
//   node bench/graph-api.ts [--entities 100000] [--mentions 1000000] [--writer unwind]
//     [--concurrency 1] [--runs 200] [--warmup 20] [--keep] [--cleanup TAG]
//
// 1. Writes a generated knowledge graph (bench/lib/graph-fixture.ts: Zipf-like entity popularity,
//    hubs, documents of 20-200 mentions, co-occurrence from shared sentences, eight collections)
//    into the stack's Neo4j, every key and id tagged with the run, and times it. Deleted at the
//    end; with --keep the tag is fixed (by --entities, --mentions, --seed) and the next run
//    reuses the graph when it finds it complete (and deletes it unless --keep is given again).
//    --cleanup TAG only deletes what a run with that tag left (an interrupted run prints its tag).
// 2. Starts the accounts and graph subgraphs and the gateway in-process on port 0, on a private
//    SQLite database; a bench analyst who may read six of the eight collections signs in and
//    creates a READ API token, which the gateway path uses. The subgraph path gets an internal
//    token signed here with the same collections.
// 3. For each case, `--runs` times after `--warmup` rounds, in rotating order: the graph
//    subgraph's own statement (NEIGHBOURHOOD, PATHS) with the parameters the field passes, in a
//    read transaction; the GraphQL query to the graph subgraph; the same query to the gateway.
//    Reports p50/p95/p99 of each and the gateway's overhead over the direct statement.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { signAccessToken } from '@quarry/auth';
import { readDocumentGraph, writeDocumentKnowledge } from '@quarry/graph-store';
import { migrate } from '@quarry/prisma';
import { createLogger } from '@quarry/service-kit';
import * as gateway from '@quarry/gateway';
import * as accounts from '@quarry/subgraph-accounts';
import * as graph from '@quarry/subgraph-graph';
import { NEIGHBOURHOOD, PATHS } from '@quarry/subgraph-graph/cypher';
import { benchApiToken } from './lib/bench-account.ts';
import {
  fixtureCollections,
  fixtureDocuments,
  fixtureEntity,
  type GraphFixtureOptions,
} from './lib/graph-fixture.ts';
import {
  countFixture,
  deleteFixture,
  writeFixture,
  type FixtureWriter,
} from './lib/graph-fixture-store.ts';
import { describeLoad, describeMachine } from './lib/machine.ts';
import { required, stackEnv } from './lib/env.ts';
import { fixed, mean, percent, percentile, table } from './lib/stats.ts';

const TARGET_DIRECT_P95_MS = 100;
const TARGET_OVERHEAD = 0.25;
const AIM_OVERHEAD = 0.1;

const { values: args } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    mentions: { type: 'string', default: '1000000' },
    writer: { type: 'string', default: 'unwind' },
    concurrency: { type: 'string', default: '1' },
    seed: { type: 'string', default: '14' },
    runs: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
    cleanup: { type: 'string' },
  },
});
const runs = Number(args.runs);
const warmup = Number(args.warmup);
if (args.writer !== 'unwind' && args.writer !== 'graph-store')
  throw new Error('--writer is unwind or graph-store');
const writer: FixtureWriter = args.writer;

const source = stackEnv();
const secret = required(source, 'QUARRY_JWT_SECRET');
const log = (...lines: string[]) => console.log(lines.join('\n'));
const silent = createLogger('bench', 'silent');

// ---------------------------------------------------------------------------------------------
// The fixture.

async function isComplete(driver: Driver, fixture: GraphFixtureOptions): Promise<boolean> {
  const stored = await countFixture(driver, fixture.tag);
  return stored.entities === fixture.entities && stored.mentions >= fixture.mentions;
}

async function prepareFixture(driver: Driver, fixture: GraphFixtureOptions) {
  // Leftovers of an interrupted run with the same (kept) tag go first.
  await deleteFixture(driver, fixture.tag);
  const started = performance.now();
  let reported = 0;
  const done = await writeFixture(
    driver,
    fixtureDocuments(fixture),
    writer,
    Number(args.concurrency),
    (progress) => {
      if (progress.mentions - reported < 100_000) return;
      reported = progress.mentions;
      const seconds = (performance.now() - started) / 1000;
      log(`  ${progress.mentions} mentions written in ${fixed(seconds, 0)} s`);
    },
  );
  const seconds = (performance.now() - started) / 1000;
  log(
    `generated and wrote ${done.documents} documents, ${done.mentions} mentions in ${fixed(seconds, 0)} s ` +
      `(${fixed(done.mentions / seconds, 0)} mentions/s, ${fixed(done.documents / seconds, 1)} documents/s; ` +
      `writer ${writer}, ${args.concurrency} at once)`,
    `stored: ${describeCounts(await countFixture(driver, fixture.tag))}`,
  );
  await checkModel(driver, fixture);
}

const describeCounts = (c: Awaited<ReturnType<typeof countFixture>>) =>
  `${c.documents} documents, ${c.entities} entities, ${c.mentions} mentions, ${c.cooccurrences} CO_OCCURS edges`;

/**
 * The unwind writer runs graph-store's statements many documents at a time; writeDocumentKnowledge
 * replaces a document's contribution, so rewriting one with it must change nothing.
 */
async function checkModel(driver: Driver, fixture: GraphFixtureOptions) {
  const first = fixtureDocuments(fixture).next();
  if (first.done) return;
  const { knowledge, facts } = first.value;
  const before = JSON.stringify(await readDocumentGraph(driver, knowledge.documentId));
  await writeDocumentKnowledge(driver, knowledge, facts);
  const after = JSON.stringify(await readDocumentGraph(driver, knowledge.documentId));
  if (before !== after)
    throw new Error(
      `${knowledge.documentId}: the ${writer} writer stored another graph than writeDocumentKnowledge`,
    );
  log(`model check: ${knowledge.documentId} rewritten by writeDocumentKnowledge is unchanged`);
}

// ---------------------------------------------------------------------------------------------
// The cases.

interface Case {
  name: string;
  field: 'neighbourhood' | 'paths';
  statement: string;
  /** the field's arguments, as the GraphQL query sends them */
  variables: Record<string, unknown>;
}

const NODE_FIELDS = 'key name type mentionCount documentCount';
const EDGE_FIELDS = 'source target weight documents firstSeen lastSeen';
const QUERIES = {
  neighbourhood: `query ($keys: [ID!]!, $hops: Int, $limit: Int) {
    neighbourhood(keys: $keys, hops: $hops, limit: $limit) {
      nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } capped limit
    }
  }`,
  paths: `query ($from: ID!, $to: ID!, $maxHops: Int, $k: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, k: $k) {
      hops nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
    }
  }`,
};

/**
 * Every argument of the field with its default, integers as Neo4j integers, and `collections` (the
 * readable collections the graph subgraph adds to every statement, context.ts): what the field sends.
 */
function statementParameters(c: Case, readable: string[]): Record<string, unknown> {
  const defaults =
    c.field === 'neighbourhood'
      ? {
          hops: 1,
          limit: 200,
          types: null,
          minWeight: 1,
          from: null,
          to: null,
          collectionIds: null,
        }
      : {
          maxHops: 4,
          k: 3,
          types: null,
          minWeight: 1,
          since: null,
          until: null,
          collectionIds: null,
        };
  const values: Record<string, unknown> = { ...defaults, ...c.variables };
  for (const [name, value] of Object.entries(values))
    if (typeof value === 'number') values[name] = neo4j.int(value);
  return { ...values, collections: readable };
}

interface Seed {
  key: string;
  documents: number;
  edges: number;
}

/**
 * The first entity from popularity rank `rank` on that the reader's documents mention at least
 * `minDocuments` times, with its readable documents and CO_OCCURS edges (per document) for the
 * report: what the statements have to read.
 */
async function readableSeed(
  driver: Driver,
  tag: string,
  rank: number,
  readable: string[],
  minDocuments = 2,
): Promise<Seed> {
  const keys = Array.from({ length: 200 }, (_, i) => fixtureEntity(tag, rank + i).key);
  const { records } = await driver.executeQuery(
    `UNWIND $keys AS key
     MATCH (e:Entity {key: key})
     WITH e, COUNT { (e)<-[r:MENTIONS]-() WHERE r.collectionId IN $readable } AS documents
     WHERE documents >= $minDocuments
     WITH e, documents LIMIT 1
     RETURN e.key AS key, documents,
       COUNT { (e)-[c:CO_OCCURS]-() WHERE c.collectionId IN $readable } AS edges`,
    { keys, readable, minDocuments: neo4j.int(minDocuments) },
    { routing: neo4j.routing.READ },
  );
  const record = records[0];
  if (!record) throw new Error(`no readable entity from rank ${rank} on`);
  return {
    key: record.get('key') as string,
    documents: Number(record.get('documents')),
    edges: Number(record.get('edges')),
  };
}

async function makeCases(
  driver: Driver,
  fixture: GraphFixtureOptions,
  readable: string[],
): Promise<Case[]> {
  // By popularity rank, as a share of the entities: rank 0 is the biggest hub (in about 40 % of
  // the documents), 0.3 % a well-known entity (about 200 documents of 100,000 entities), 20 % one
  // of the long tail (a few).
  const [hub, frequent, otherFrequent, tail, otherTail] = await Promise.all(
    [0, 0.003, 0.007, 0.2, 0.6].map((share) =>
      readableSeed(driver, fixture.tag, Math.floor(share * fixture.entities), readable),
    ),
  );
  const seeds = {
    hub: hub!,
    frequent: frequent!,
    'other frequent': otherFrequent!,
    tail: tail!,
    'other tail': otherTail!,
  };
  log(
    'seeds (readable documents, readable CO_OCCURS edges):',
    ...Object.entries(seeds).map(([name, s]) => `  ${name}: ${s.key} (${s.documents}, ${s.edges})`),
  );
  const hood = (name: string, seed: Seed): Case => ({
    name,
    field: 'neighbourhood',
    statement: NEIGHBOURHOOD,
    variables: { keys: [seed.key], hops: 2, limit: 200 },
  });
  const paths = (name: string, from: Seed, to: Seed): Case => ({
    name,
    field: 'paths',
    statement: PATHS,
    variables: { from: from.key, to: to.key, maxHops: 4, k: 3 },
  });
  return [
    hood('2-hop, hub', seeds.hub),
    hood('2-hop, frequent', seeds.frequent),
    hood('2-hop, tail', seeds.tail),
    paths('3 paths, frequent-frequent', seeds.frequent, seeds['other frequent']),
    paths('3 paths, tail-tail', seeds.tail, seeds['other tail']),
  ];
}

// ---------------------------------------------------------------------------------------------
// Measuring.

type Path = 'direct' | 'subgraph' | 'gateway';
const PATHS_MEASURED: Path[] = ['direct', 'subgraph', 'gateway'];

interface Answer {
  ms: number;
  /** nodes in the neighbourhood, or paths found: the paths must agree on it */
  size: number;
}

function answerSize(field: Case['field'], value: unknown): number {
  if (field === 'neighbourhood') return (value as { nodes: unknown[] }).nodes.length;
  return (value as unknown[]).length;
}

function makeRequesters(
  driver: Driver,
  urls: { subgraph: string; gateway: string },
  tokens: { internal: string; api: string },
  readable: string[],
): Record<Path, (c: Case) => Promise<Answer>> {
  const graphql = async (url: string, token: string, c: Case): Promise<Answer> => {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERIES[c.field], variables: c.variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    const ms = performance.now() - started;
    if (!response.ok || body.errors || !body.data)
      throw new Error(`${c.name}: HTTP ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
    return { ms, size: answerSize(c.field, body.data[c.field]) };
  };
  return {
    // A read transaction, as @neo4j/graphql runs the field's statement.
    direct: async (c) => {
      const parameters = statementParameters(c, readable);
      const started = performance.now();
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const records = await session.executeRead(
          async (tx) => (await tx.run(c.statement, parameters)).records,
        );
        const ms = performance.now() - started;
        const values = records.map((r) => r.get(0) as unknown);
        return { ms, size: answerSize(c.field, c.field === 'neighbourhood' ? values[0] : values) };
      } finally {
        await session.close();
      }
    },
    subgraph: (c) => graphql(urls.subgraph, tokens.internal, c),
    gateway: (c) => graphql(urls.gateway, tokens.api, c),
  };
}

interface Sample {
  path: Path;
  ms: number;
}

const msOf = (samples: Sample[], path: Path) =>
  samples.filter((s) => s.path === path).map((s) => s.ms);

function summaryRow(label: string, samples: Sample[], path: Path): string[] {
  const ms = msOf(samples, path);
  return [
    label,
    path,
    fixed(percentile(ms, 50), 1),
    fixed(percentile(ms, 95), 1),
    fixed(percentile(ms, 99), 1),
    fixed(mean(ms), 1),
  ];
}

function overhead(samples: Sample[], path: Path, p: number): number {
  return percentile(msOf(samples, path), p) / percentile(msOf(samples, 'direct'), p) - 1;
}

function overheadRows(label: string, samples: Sample[]): string[][] {
  return (['subgraph', 'gateway'] as const).map((path) => [
    label,
    path,
    percent(overhead(samples, path, 50)),
    percent(overhead(samples, path, 95)),
    percent(overhead(samples, path, 99)),
    fixed(percentile(msOf(samples, path), 95) - percentile(msOf(samples, 'direct'), 95), 1),
  ]);
}

interface Measured {
  /** the cases that answered in the warm-up (a statement Neo4j refuses fails its case, not the run) */
  cases: Case[];
  samples: Map<string, Sample[]>;
  failures: Array<{ c: Case; error: string }>;
}

async function measure(
  cases: Case[],
  send: Record<Path, (c: Case) => Promise<Answer>>,
): Promise<Measured> {
  const answered: Case[] = [];
  const failures: Measured['failures'] = [];
  for (const c of cases) {
    const sizes = new Set<number>();
    try {
      for (let i = 0; i < warmup; i++)
        for (const path of PATHS_MEASURED) sizes.add((await send[path](c)).size);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ c, error: message.slice(0, 300) });
      log(`${c.name}: FAILED: ${message.slice(0, 300)}`);
      continue;
    }
    if (sizes.size !== 1)
      throw new Error(`${c.name}: paths disagree on the answer size: ${[...sizes].join(', ')}`);
    log(`${c.name}: ${[...sizes][0]} ${c.field === 'neighbourhood' ? 'nodes' : 'paths'}`);
    answered.push(c);
  }
  const samples = new Map<string, Sample[]>(answered.map((c) => [c.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const c of answered) {
      // Rotate the order so that no path always runs first (or right after another).
      const order = PATHS_MEASURED.map((_, k) => PATHS_MEASURED[(k + i) % PATHS_MEASURED.length]!);
      for (const path of order) samples.get(c.name)!.push({ path, ms: (await send[path](c)).ms });
    }
  }
  return { cases: answered, samples, failures };
}

function report({ cases, samples, failures }: Measured) {
  const groups = (['neighbourhood', 'paths'] as const).map((field) => ({
    label: field === 'neighbourhood' ? 'all 2-hop' : 'all paths',
    samples: cases.filter((c) => c.field === field).flatMap((c) => samples.get(c.name)!),
  }));
  const rows: string[][] = [];
  for (const c of cases)
    for (const path of PATHS_MEASURED) rows.push(summaryRow(c.name, samples.get(c.name)!, path));
  for (const group of groups)
    for (const path of PATHS_MEASURED) rows.push(summaryRow(group.label, group.samples, path));
  const hood = groups[0]!.samples;
  const directP95 = percentile(msOf(hood, 'direct'), 95);
  const gatewayOverhead = groups.map((g) => overhead(g.samples, 'gateway', 95));
  // A neighbourhood that fails has no latency, and misses the target.
  const failedHoods = failures.filter((f) => f.c.field === 'neighbourhood').length;
  const directMeets = directP95 < TARGET_DIRECT_P95_MS && failedHoods === 0;
  log(
    '',
    `${runs} runs per case and path after ${warmup} warm-up rounds, one request at a time; ms from send to the parsed answer:`,
    table(['case', 'path', 'p50', 'p95', 'p99', 'mean'], rows),
    '',
    table(
      ['overhead vs direct', 'path', 'p50', 'p95', 'p99', 'ms added at p95'],
      [
        ...cases.flatMap((c) => overheadRows(c.name, samples.get(c.name)!)),
        ...groups.flatMap((g) => overheadRows(g.label, g.samples)),
      ],
    ),
    '',
    ...failures.map(({ c, error }) => `FAILED, not measured: ${c.name}: ${error}`),
    `target: direct 2-hop p95 < ${TARGET_DIRECT_P95_MS} ms: ${fixed(directP95, 1)} ms` +
      `${failedHoods > 0 ? ` (${failedHoods} neighbourhood cases failed)` : ''}, ${directMeets ? 'meets' : 'misses'} it`,
    ...groups.map(
      (g, i) =>
        `target: gateway overhead at p95 <= ${percent(TARGET_OVERHEAD, 0)} (aim ${percent(AIM_OVERHEAD, 0)}), ${g.label}: ` +
        `${percent(gatewayOverhead[i]!)}, ${gatewayOverhead[i]! <= TARGET_OVERHEAD ? 'meets' : 'misses'} it`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------

async function startServices(dir: string, readable: string[], collections: string[]) {
  const databaseUrl = `file:${join(dir, 'quarry.db')}`;
  await migrate(databaseUrl);
  const base = { ...source, PORT: '0', LOG_LEVEL: 'silent' };
  const services: Array<{ close(): Promise<void> }> = [];
  const graphApp = await graph.start(graph.envSchema.parse(base), { logger: silent });
  services.push(graphApp);
  const accountsApp = await accounts.start(
    accounts.envSchema.parse({ ...base, DATABASE_URL: databaseUrl }),
    { logger: silent },
  );
  services.push(accountsApp);
  // The graph queries touch the graph subgraph (and accounts, to resolve the API token); the
  // other URLs are the stack's, unused.
  const gw = await gateway.start(
    gateway.envSchema.parse({
      ...base,
      GRAPH_URL: graphApp.url,
      ACCOUNTS_URL: accountsApp.url,
      DOCUMENTS_URL: source.DOCUMENTS_URL ?? 'http://127.0.0.1:4001',
      PIPELINE_URL: source.PIPELINE_URL ?? 'http://127.0.0.1:4004',
    }),
    { logger: silent },
  );
  services.unshift(gw);
  const internal = await signAccessToken(
    {
      id: 'bench',
      email: 'bench@example.org',
      name: 'Bench',
      roles: ['analyst'],
      collections: readable,
    },
    secret,
    3_600,
  );
  const api = await benchApiToken(databaseUrl, gw.url, { collections, readable });
  return {
    urls: { subgraph: graphApp.url, gateway: gw.url },
    tokens: { internal, api },
    close: async () => {
      for (const service of services) await service.close();
    },
  };
}

async function main() {
  log(
    `graph-api: ${new Date().toISOString()}`,
    `command: node bench/graph-api.ts ${process.argv.slice(2).join(' ')}`.trim(),
    `machine: ${describeMachine()}; ${describeLoad()}`,
  );
  const driver = neo4j.driver(
    required(source, 'NEO4J_URI'),
    neo4j.auth.basic(required(source, 'NEO4J_USER'), required(source, 'NEO4J_PASSWORD')),
  );
  const info = await driver.getServerInfo();
  log(`stores: ${info.agent ?? 'Neo4j'} at ${info.address}`);
  if (args.cleanup) {
    const started = performance.now();
    const deleted = await deleteFixture(driver, args.cleanup);
    log(
      `deleted ${deleted} nodes and relationships of ${args.cleanup} in ${fixed((performance.now() - started) / 1000, 0)} s`,
    );
    await driver.close();
    return;
  }
  const entities = Number(args.entities);
  const mentions = Number(args.mentions);
  const seed = Number(args.seed);
  // A kept graph is reused by the next run, which deletes it unless --keep is given again.
  const kept: GraphFixtureOptions = {
    tag: createHash('sha256')
      .update(`kept graph-api fixture ${entities} ${mentions} ${seed}`)
      .digest('hex')
      .slice(0, 12),
    entities,
    mentions,
    seed,
  };
  const reuse = await isComplete(driver, kept);
  const fixture: GraphFixtureOptions =
    args.keep || reuse ? kept : { ...kept, tag: randomBytes(6).toString('hex') };
  const { tag } = fixture;
  const collections = fixtureCollections(tag);
  /** Six of the eight collections: the collection filter does work. */
  const readable = collections.slice(0, 6);
  const dir = await mkdtemp(join(tmpdir(), 'quarry-bench-graph-'));
  let services: Awaited<ReturnType<typeof startServices>> | undefined;
  log(`fixture tag: ${tag} (node bench/graph-api.ts --cleanup ${tag} deletes it after a crash)`);
  try {
    if (reuse) log(`reusing the kept graph: ${describeCounts(await countFixture(driver, tag))}`);
    else await prepareFixture(driver, fixture);
    services = await startServices(dir, readable, collections);
    const cases = await makeCases(driver, fixture, readable);
    const send = makeRequesters(driver, services.urls, services.tokens, readable);
    report(await measure(cases, send));
  } finally {
    await services?.close();
    if (!args.keep) {
      const started = performance.now();
      await deleteFixture(driver, tag);
      log(`deleted the graph ${tag} in ${fixed((performance.now() - started) / 1000, 0)} s`);
    } else {
      log(`kept ${tag} for the next run (a run without --keep deletes it)`);
    }
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
