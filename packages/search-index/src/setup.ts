import type { Client } from '@elastic/elasticsearch';
import { indexMappings, indexSettings, MAPPING_VERSION, type AnalysisFlavour } from './mapping.ts';
import { migrateSource } from './migrations.ts';

export function versionedIndexName(alias: string, version = MAPPING_VERSION): string {
  return `${alias}-v${version}`;
}

function versionOf(alias: string, index: string): number | null {
  const match = new RegExp(`^${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-v(\\d+)$`).exec(index);
  return match ? Number(match[1]) : null;
}

/** Language analyzers come with the analysis-common module; detect rather than assume. */
export async function detectAnalysis(client: Client): Promise<AnalysisFlavour> {
  const info = await client.nodes.info({ metric: 'plugins' });
  const nodes = Object.values(info.nodes);
  const everyNodeHasIt =
    nodes.length > 0 &&
    nodes.every((node) => (node.modules ?? []).some((m) => m.name === 'analysis-common'));
  return everyNodeHasIt ? 'language-analyzers' : 'stop-words';
}

function isAlreadyExists(error: unknown): boolean {
  const body = (error as { meta?: { body?: { error?: { type?: string } } } }).meta?.body;
  return body?.error?.type === 'resource_already_exists_exception';
}

async function createIndex(client: Client, index: string): Promise<AnalysisFlavour> {
  const flavour = await detectAnalysis(client);
  try {
    await client.indices.create({
      index,
      // The client's types list named stop lists one by one; ours are built from LANGUAGES.
      settings: indexSettings(flavour) as never,
      mappings: indexMappings(flavour) as never,
    });
  } catch (error) {
    // Another replica created it first: fine.
    if (!isAlreadyExists(error)) throw error;
  }
  return flavour;
}

/** Copies every document of an older index into the new one, lifting each through the migrations. */
async function copyDocuments(
  client: Client,
  from: string,
  fromVersion: number,
  to: string,
): Promise<number> {
  let copied = 0;
  let page = await client.search<Record<string, unknown>>({
    index: from,
    scroll: '2m',
    size: 500,
    sort: ['_doc'],
  });
  try {
    while (page.hits.hits.length > 0) {
      const operations = page.hits.hits.flatMap((hit) => [
        { index: { _index: to, _id: hit._id } },
        migrateSource(hit._source ?? {}, fromVersion, MAPPING_VERSION),
      ]);
      const result = await client.bulk({ operations });
      if (result.errors) {
        const first = result.items.find((item) => item.index?.error)?.index?.error;
        throw new Error(`copying ${from} to ${to} failed: ${first?.reason ?? 'unknown error'}`);
      }
      copied += page.hits.hits.length;
      if (!page._scroll_id) break;
      page = await client.scroll<Record<string, unknown>>({
        scroll_id: page._scroll_id,
        scroll: '2m',
      });
    }
  } finally {
    if (page._scroll_id) await client.clearScroll({ scroll_id: page._scroll_id }).catch(() => {});
  }
  await client.indices.refresh({ index: to });
  return copied;
}

export interface EnsureResult {
  index: string;
  /** Documents copied from older mapping versions in this call. */
  migrated: number;
  /** Older indexes the alias left; kept for the operator to delete. */
  retired: string[];
}

/**
 * Makes the alias point at the current mapping version's index, creating it and migrating older
 * versions' documents when needed. Idempotent. Run it once before writers start (the stack's setup
 * step does): documents written to an old index while a migration copies would be left behind.
 */
export async function ensureSearchIndex(client: Client, alias: string): Promise<EnsureResult> {
  const index = versionedIndexName(alias);
  const exists = await client.indices.exists({ index });
  if (!exists) await createIndex(client, index);

  const current = await client.indices
    .getAlias({ name: alias })
    .catch((error: { meta?: { statusCode?: number } }) => {
      if (error.meta?.statusCode === 404) return {};
      throw error;
    });
  const holders = Object.keys(current);
  if (holders.length === 1 && holders[0] === index) return { index, migrated: 0, retired: [] };

  let migrated = 0;
  const retired = holders.filter((name) => name !== index);
  for (const old of retired) {
    const oldVersion = versionOf(alias, old);
    if (oldVersion === null || oldVersion > MAPPING_VERSION) {
      throw new Error(
        `alias ${alias} points at ${old}, which this version of Quarry cannot migrate (expects ${index})`,
      );
    }
    migrated += await copyDocuments(client, old, oldVersion, index);
  }
  await client.indices.updateAliases({
    actions: [
      ...retired.map((old) => ({ remove: { index: old, alias } })),
      { add: { index, alias, is_write_index: true } },
    ],
  });
  return { index, migrated, retired };
}
