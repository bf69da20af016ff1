// Search latency (issue 3): the same faceted, highlighted search through the gateway and directly
// against Elasticsearch, on the REAL Elasticsearch of a running stack. Usage and figures:
// bench/README.md, docs/measurements.md.
//
//   node bench/search-latency.ts [--docs 100000] [--runs 200] [--warmup 30] [--keep]
//
// 1. Bulk-loads `--docs` IndexedDocuments (bench/lib/search-documents.ts) into a private alias made
//    by ensureSearchIndex, with refresh off while loading, deleted at the end. With --keep the
//    alias is `bench-search-<docs>` and is kept; the next run reuses it when it holds that many
//    documents (and deletes it at the end, unless --keep is given again).
// 2. Starts the accounts and documents subgraphs and the gateway in-process on port 0, on a private
//    SQLite database; a bench user signs in and creates a READ API token, which the gateway path
//    uses (so the gateway asks the accounts service, then its cache: AUTH_CACHE_MS of the stack's
//    settings, default 2000). The direct subgraph path gets an internal token signed here.
// 3. For each query, `--runs` times after `--warmup` rounds, in alternating order: POST the
//    request body from the documents subgraph's buildSearchRequest straight to Elasticsearch; the
//    GraphQL search to the documents subgraph; the same GraphQL search to the gateway.
//    Reports p50/p95/p99 of each and the gateway's overhead over the direct request.
import { SEARCH_SELECTION, SEARCH_VARIABLES } from '@quarry/web/search-operations';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Client } from '@elastic/elasticsearch';
import { signAccessToken } from '@quarry/auth';
import { migrate } from '@quarry/prisma';
import { ensureSearchIndex, versionedIndexName } from '@quarry/search-index';
import { createLogger } from '@quarry/service-kit';
import * as gateway from '@quarry/gateway';
import * as accounts from '@quarry/subgraph-accounts';
import * as documents from '@quarry/subgraph-documents';
import { benchApiToken } from './lib/bench-account.ts';
import { loadSections } from './lib/factbook-files.ts';
import { describeLoad, describeMachine, elasticsearchInfo } from './lib/machine.ts';
import { makeDocuments, prepareMaterial } from './lib/search-documents.ts';
import { required, stackEnv } from './lib/env.ts';
import { fixed, MB, mean, percent, percentile, table } from './lib/stats.ts';

const TARGET = 0.2;
const BULK_DOCS = 500;
const BULK_IN_FLIGHT = 2;

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
  },
});
const docCount = Number(args.docs);
const runs = Number(args.runs);
const warmup = Number(args.warmup);

const source = stackEnv();
const elasticsearchUrl = required(source, 'ELASTICSEARCH_URL');
const secret = required(source, 'QUARRY_JWT_SECRET');
const log = (...lines: string[]) => console.log(lines.join('\n'));
const silent = createLogger('bench', 'silent');

/** Eight collections; the viewer may read six of them, so the collection filter does work. */
const COLLECTIONS = Array.from({ length: 8 }, (_, i) => `bench-collection-${i + 1}`);
const READABLE = COLLECTIONS.slice(0, 6);

/** What the web app's search page asks for, minus the collection names from accounts. */
const SEARCH_QUERY = `query Search(${SEARCH_VARIABLES}) { ${SEARCH_SELECTION} }`;

interface SearchCase {
  name: string;
  input: documents.SearchInput;
}

const CASES: SearchCase[] = [
  {
    name: 'oil exports, pdf',
    input: { query: 'oil exports', filter: { formats: ['pdf'] }, first: 20 },
  },
  {
    name: 'population growth, en',
    input: { query: 'population growth', filter: { languages: ['en'] }, first: 20 },
  },
  {
    name: 'military service, docx+html',
    input: { query: 'military service', filter: { formats: ['docx', 'html'] }, first: 20 },
  },
  { name: '"border dispute"', input: { query: '"border dispute"', first: 20 } },
  {
    name: 'climate -coal, 2 collections, 2023+',
    input: {
      query: 'climate -coal',
      filter: { collectionIds: READABLE.slice(0, 2), createdFrom: '2023-01-01' },
      first: 20,
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Loading.

async function documentCount(client: Client, alias: string): Promise<number | null> {
  try {
    return (await client.count({ index: alias })).count;
  } catch {
    return null;
  }
}

async function load(client: Client, alias: string) {
  await client.indices.delete({ index: versionedIndexName(alias), ignore_unavailable: true });
  await ensureSearchIndex(client, alias);
  const index = versionedIndexName(alias);
  await client.indices.putSettings({ index, settings: { refresh_interval: '-1' } });
  const prepared = prepareMaterial(await loadSections());
  const started = performance.now();
  let chars = 0;
  let next = 0;
  const worker = async () => {
    while (next < docCount) {
      const from = next;
      next += BULK_DOCS;
      const docs = makeDocuments(prepared, from, Math.min(BULK_DOCS, docCount - from), {
        collections: COLLECTIONS,
      });
      const result = await client.bulk({
        index: alias,
        operations: docs.flatMap((d) => [{ index: { _id: d.id } }, d]),
      });
      chars += docs.reduce((n, d) => n + d.textLength, 0);
      if (result.errors) {
        const first = result.items.find((item) => item.index?.error)?.index?.error;
        throw new Error(`bulk load failed: ${first?.reason ?? 'unknown'}`);
      }
      if (process.stdout.isTTY && from % 10_000 === 0) {
        process.stdout.write(`\rloaded ${from + docs.length} of ${docCount}`);
      }
    }
  };
  await Promise.all(Array.from({ length: BULK_IN_FLIGHT }, worker));
  await client.indices.putSettings({ index, settings: { refresh_interval: '1s' } });
  await client.indices.refresh({ index });
  const seconds = (performance.now() - started) / 1000;
  const stats = await client.indices.stats({ index, metric: ['store', 'docs', 'segments'] });
  const primaries = stats.indices?.[index]?.primaries;
  log(
    `${process.stdout.isTTY ? '\r' : ''}loaded ${docCount} documents (${fixed(chars / 1e6, 0)} M characters of text) in ${fixed(seconds, 0)} s ` +
      `(${fixed(docCount / seconds, 0)} docs/s); index ${fixed((primaries?.store?.size_in_bytes ?? 0) / MB, 0)} MB, ` +
      `${primaries?.docs?.count ?? '?'} Lucene docs incl. nested chunks, ${primaries?.segments?.count ?? '?'} segments`,
  );
}

// ---------------------------------------------------------------------------------------------
// Measuring.

type Path = 'direct' | 'subgraph' | 'gateway';
const PATHS: Path[] = ['direct', 'subgraph', 'gateway'];

interface Sample {
  path: Path;
  ms: number;
  tookMs: number;
}

async function timed(send: () => Promise<Response>): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await send();
  const body: unknown = await response.json();
  const ms = performance.now() - started;
  if (!response.ok)
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return { ms, body };
}

interface GraphqlSearch {
  data?: { search: { totalCount: number; tookMs: number } };
  errors?: unknown[];
}

function makeRequesters(
  alias: string,
  documentsUrl: string,
  gatewayUrl: string,
  tokens: { internal: string; api: string },
) {
  const graphql = (url: string, input: documents.SearchInput, token: string) =>
    timed(() =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: SEARCH_QUERY, variables: input }),
      }),
    ).then(({ ms, body }) => {
      const result = body as GraphqlSearch;
      if (result.errors || !result.data)
        throw new Error(JSON.stringify(result.errors).slice(0, 500));
      return { ms, total: result.data.search.totalCount, tookMs: result.data.search.tookMs };
    });
  return {
    // The very request the subgraph sends (fresh highlight markers each time, as it does).
    direct: (input: documents.SearchInput) =>
      timed(() =>
        fetch(`${elasticsearchUrl}/${alias}/_search`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(documents.buildSearchRequest(input, READABLE)),
        }),
      ).then(({ ms, body }) => {
        const result = body as { took: number; hits: { total: { value: number } } };
        return { ms, total: result.hits.total.value, tookMs: result.took };
      }),
    subgraph: (input: documents.SearchInput) => graphql(documentsUrl, input, tokens.internal),
    gateway: (input: documents.SearchInput) => graphql(gatewayUrl, input, tokens.api),
  };
}

function summaryRow(label: string, samples: Sample[], path: Path): string[] {
  const ms = samples.filter((s) => s.path === path).map((s) => s.ms);
  return [
    label,
    path,
    fixed(percentile(ms, 50), 1),
    fixed(percentile(ms, 95), 1),
    fixed(percentile(ms, 99), 1),
    fixed(mean(ms), 1),
  ];
}

const pathPercentile = (samples: Sample[], path: Path, p: number) =>
  percentile(
    samples.filter((s) => s.path === path).map((s) => s.ms),
    p,
  );

function overhead(samples: Sample[], path: Path, p: number): number {
  return pathPercentile(samples, path, p) / pathPercentile(samples, 'direct', p) - 1;
}

function addedMs(samples: Sample[], path: Path, p: number): number {
  return pathPercentile(samples, path, p) - pathPercentile(samples, 'direct', p);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  log(
    `search-latency: ${new Date().toISOString()}`,
    `command: node bench/search-latency.ts ${process.argv.slice(2).join(' ')}`.trim(),
    `machine: ${describeMachine()}; ${describeLoad()}`,
    `stores: ${await elasticsearchInfo(elasticsearchUrl)}`,
  );
  const client = new Client({ node: elasticsearchUrl });
  // A kept index is reused by the next run, which deletes it unless --keep is given again.
  const keptAlias = `bench-search-${docCount}`;
  const reuse = (await documentCount(client, keptAlias)) === docCount;
  const alias = args.keep || reuse ? keptAlias : `bench-search-${randomUUID().slice(0, 8)}`;
  const dir = await mkdtemp(join(tmpdir(), 'quarry-bench-search-'));
  const services: Array<{ close(): Promise<void> }> = [];
  try {
    if (reuse) log(`reusing ${alias} (${docCount} documents)`);
    else await load(client, alias);

    const databaseUrl = `file:${join(dir, 'quarry.db')}`;
    await migrate(databaseUrl);
    const base = { ...source, PORT: '0', LOG_LEVEL: 'silent' };
    const docs = await documents.start(
      documents.envSchema.parse({
        ...base,
        DOCUMENTS_INDEX: alias,
        DATABASE_URL: databaseUrl,
        PIPELINE_URL: source.PIPELINE_URL ?? 'http://127.0.0.1:4004',
      }),
      { logger: silent },
    );
    services.push(docs);
    const accountsApp = await accounts.start(
      accounts.envSchema.parse({ ...base, DATABASE_URL: databaseUrl }),
      { logger: silent },
    );
    services.push(accountsApp);
    // The search touches the documents subgraph (and accounts, to resolve the API token); the
    // other URLs are the stack's, unused.
    const gw = await gateway.start(
      gateway.envSchema.parse({
        ...base,
        DOCUMENTS_URL: docs.url,
        ACCOUNTS_URL: accountsApp.url,
        GRAPH_URL: source.GRAPH_URL ?? 'http://127.0.0.1:4002',
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
        collections: READABLE,
      },
      secret,
      3_600,
    );
    const api = await benchApiToken(databaseUrl, gw.url, {
      collections: COLLECTIONS,
      readable: READABLE,
    });
    const send = makeRequesters(alias, docs.url, gw.url, { internal, api });

    // Warm-up, and a check that all three paths see the same result.
    for (const c of CASES) {
      const totals = new Set<number>();
      for (let i = 0; i < warmup; i++) {
        for (const path of PATHS) totals.add((await send[path](c.input)).total);
      }
      if (totals.size !== 1)
        throw new Error(`${c.name}: paths disagree on the total: ${[...totals].join(', ')}`);
      log(`${c.name}: ${[...totals][0]} hits`);
    }

    const samples = new Map<string, Sample[]>(CASES.map((c) => [c.name, []]));
    for (let i = 0; i < runs; i++) {
      for (const c of CASES) {
        // Rotate the order so that no path always runs first (or right after another).
        const order = PATHS.map((_, k) => PATHS[(k + i) % PATHS.length]!);
        for (const path of order) {
          const { ms, tookMs } = await send[path](c.input);
          samples.get(c.name)!.push({ path, ms, tookMs });
        }
      }
    }

    const all = [...samples.values()].flat();
    const rows: string[][] = [];
    for (const c of CASES)
      for (const path of PATHS) rows.push(summaryRow(c.name, samples.get(c.name)!, path));
    for (const path of PATHS) rows.push(summaryRow('all queries', all, path));
    log(
      '',
      `${runs} runs per query and path after ${warmup} warm-up rounds, one request at a time; ms from send to parsed body:`,
      table(['query', 'path', 'p50', 'p95', 'p99', 'mean'], rows),
      '',
      `Elasticsearch "took" (all queries): p50 ${fixed(
        percentile(
          all.filter((s) => s.path === 'direct').map((s) => s.tookMs),
          50,
        ),
        0,
      )} ms, ` +
        `p95 ${fixed(
          percentile(
            all.filter((s) => s.path === 'direct').map((s) => s.tookMs),
            95,
          ),
          0,
        )} ms`,
      '',
      table(
        ['overhead vs direct', 'p50', 'p95', 'ms added at p50', 'ms added at p95'],
        (['subgraph', 'gateway'] as const).map((path) => [
          path,
          percent(overhead(all, path, 50)),
          percent(overhead(all, path, 95)),
          fixed(addedMs(all, path, 50), 1),
          fixed(addedMs(all, path, 95), 1),
        ]),
      ),
      `target: gateway overhead <= ${percent(TARGET, 0)}; gateway at p50 ${overhead(all, 'gateway', 50) <= TARGET ? 'meets' : 'misses'} it, ` +
        `at p95 ${overhead(all, 'gateway', 95) <= TARGET ? 'meets' : 'misses'} it`,
    );
  } finally {
    for (const service of services) await service.close();
    if (!args.keep) {
      await client.indices.delete({ index: versionedIndexName(alias), ignore_unavailable: true });
      log(`deleted ${versionedIndexName(alias)}`);
    } else {
      log(`kept ${alias} for the next run (a run without --keep deletes it)`);
    }
    await client.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
