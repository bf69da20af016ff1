// The raw Elasticsearch bulk-index rate the ingest pipeline is measured against (issue 3: "the raw
// Elasticsearch bulk-index rate for the same extracted text"). Two flavours:
//   quarry  - the very IndexedDocument bodies the pipeline wrote (same text, language fields, key
//             phrases and nested chunks), read back from the pipeline's index and bulk-indexed into
//             a fresh index made by `ensureSearchIndex`: Quarry's real mapping v3 (nested chunks,
//             per-language fields, copy_to fullText). The primary baseline.
//   minimal - the extracted text as one standard-analysed field: what Elasticsearch takes at best.
// Each is timed on its second run into a new index (the first warms Elasticsearch and the JIT for
// this shape of data), batches of BULK_BATCH documents, refresh included.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Client } from '@elastic/elasticsearch';
import { ensureSearchIndex, versionedIndexName } from '@quarry/search-index';
import { collectGarbage } from './gc.ts';
import { processCpuSeconds } from './machine.ts';

export const BULK_BATCH = 500;

export interface BulkBody {
  /** The pipeline's derived id; none for the minimal mapping (Elasticsearch picks one). */
  id?: string;
  body: Record<string, unknown>;
}

/** Every document of one collection in `index` with its id, as stored (`_source`). */
export async function readBodies(
  client: Client,
  index: string,
  collectionId: string,
): Promise<BulkBody[]> {
  const bodies: BulkBody[] = [];
  await client.indices.refresh({ index });
  let page = await client.search<Record<string, unknown>>({
    index,
    query: { term: { collectionId } },
    scroll: '1m',
    size: 200,
    sort: ['_doc'],
  });
  try {
    while (page.hits.hits.length > 0) {
      for (const hit of page.hits.hits) {
        if (hit._id && hit._source) bodies.push({ id: hit._id, body: hit._source });
      }
      if (!page._scroll_id) break;
      page = await client.scroll<Record<string, unknown>>({
        scroll_id: page._scroll_id,
        scroll: '1m',
      });
    }
  } finally {
    if (page._scroll_id) await client.clearScroll({ scroll_id: page._scroll_id }).catch(() => {});
  }
  return bodies;
}

/** Whether `pid` is an Elasticsearch process of this machine (the stack's may run elsewhere). */
function isLocalElasticsearch(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.elasticsearch');
  } catch {
    return false;
  }
}

/** Elasticsearch's process id when it runs on this machine (asked once per client), else null. */
const localPids = new WeakMap<Client, Promise<number | null>>();

function localElasticsearchPid(client: Client): Promise<number | null> {
  let pid = localPids.get(client);
  if (!pid) {
    pid = client.nodes
      .info({ node_id: '_local', metric: 'process' })
      .then((info) => Object.values(info.nodes)[0]?.process?.id ?? null)
      .then((id) => (id !== null && isLocalElasticsearch(id) ? id : null))
      .catch(() => null);
    localPids.set(client, pid);
  }
  return pid;
}

/**
 * Elasticsearch's CPU seconds so far (utime + stime of its process): read from /proc when it runs
 * on this machine, because its node stats refresh the figure only once a second
 * (`refresh_interval_in_millis`: a one-second bulk run read anything from 0 to 2 s of CPU there);
 * otherwise from the node stats.
 */
export async function elasticsearchCpuSeconds(client: Client): Promise<number> {
  const pid = await localElasticsearchPid(client);
  if (pid !== null) {
    const { user, system } = processCpuSeconds(pid);
    if (Number.isFinite(user + system)) return user + system;
  }
  const stats = await client.nodes.stats({ node_id: '_local', metric: 'process' });
  const millis = Object.values(stats.nodes)[0]?.process?.cpu?.total_in_millis;
  return millis === undefined ? Number.NaN : millis / 1000;
}

export interface TimedBulk {
  seconds: number;
  /** CPU Elasticsearch spent meanwhile: how much of the 2 cores the raw bulk itself keeps busy. */
  elasticsearchCpuSeconds: number;
}

/** Bulk-indexes `bodies` into `index` and refreshes; returns the time and CPU it took. */
async function timedBulk(client: Client, index: string, bodies: BulkBody[]): Promise<TimedBulk> {
  collectGarbage();
  const cpuBefore = await elasticsearchCpuSeconds(client);
  const started = performance.now();
  for (let i = 0; i < bodies.length; i += BULK_BATCH) {
    const operations = bodies
      .slice(i, i + BULK_BATCH)
      .flatMap(({ id, body }) => [
        { index: id ? { _index: index, _id: id } : { _index: index } },
        body,
      ]);
    const result = await client.bulk({ operations });
    if (result.errors) {
      const first = result.items.find((item) => item.index?.error)?.index?.error;
      throw new Error(`bulk indexing failed: ${first?.reason ?? 'unknown error'}`);
    }
  }
  await client.indices.refresh({ index });
  const seconds = (performance.now() - started) / 1000;
  const elasticsearchCpu = (await elasticsearchCpuSeconds(client)) - cpuBefore;
  const { count } = await client.count({ index });
  if (count !== bodies.length) throw new Error(`indexed ${count} of ${bodies.length}`);
  return { seconds, elasticsearchCpuSeconds: elasticsearchCpu };
}

/** Quarry's index (mapping v3 from @quarry/search-index), the pipeline's own document bodies. */
export async function bulkIndexQuarry(client: Client, bodies: BulkBody[]): Promise<TimedBulk> {
  const run = async () => {
    const alias = `bench-raw-quarry-${randomUUID().slice(0, 8)}`;
    const { index } = await ensureSearchIndex(client, alias);
    try {
      return await timedBulk(client, index, bodies);
    } finally {
      await client.indices.delete({
        index: versionedIndexName(alias),
        ignore_unavailable: true,
      });
    }
  };
  await run();
  return run();
}

/** One standard-analysed text field: the least Elasticsearch can do with the text. */
export async function bulkIndexMinimal(client: Client, bodies: BulkBody[]): Promise<TimedBulk> {
  const run = async () => {
    const index = `bench-raw-${randomUUID().slice(0, 8)}`;
    await client.indices.create({
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: {
        properties: {
          path: { type: 'keyword' },
          format: { type: 'keyword' },
          title: { type: 'text', analyzer: 'standard' },
          text: { type: 'text', analyzer: 'standard' },
        },
      },
    });
    try {
      return await timedBulk(client, index, bodies);
    } finally {
      await client.indices.delete({ index, ignore_unavailable: true });
    }
  };
  await run();
  return run();
}
