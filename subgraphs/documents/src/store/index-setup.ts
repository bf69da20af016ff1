import type { Client } from '@elastic/elasticsearch';

/**
 * Bump when the mapping changes incompatibly: a new `<alias>-v<N>` index is created next to the old
 * one and the alias moved once it is filled (reindexing is a later concern).
 */
export const MAPPING_VERSION = 1;

/**
 * Only analyzers built into every Elasticsearch distribution (the integration-test build has no
 * analysis-common module), so the same mapping works locally and in production.
 */
export const documentsMapping = {
  dynamic: 'strict',
  properties: {
    id: { type: 'keyword' },
    title: {
      type: 'text',
      analyzer: 'standard',
      fields: { keyword: { type: 'keyword', ignore_above: 512 } },
    },
    collectionId: { type: 'keyword' },
    mimeType: { type: 'keyword' },
    createdAt: { type: 'date' },
    text: { type: 'text', analyzer: 'standard' },
  },
} as const;

export function versionedIndexName(alias: string, version = MAPPING_VERSION): string {
  return `${alias}-v${version}`;
}

function isAlreadyExists(error: unknown): boolean {
  const body = (error as { meta?: { body?: { error?: { type?: string } } } }).meta?.body;
  return body?.error?.type === 'resource_already_exists_exception';
}

/**
 * Makes sure the versioned index exists and the alias points at it. Idempotent and safe when several
 * replicas start at once (a concurrent create is treated as success).
 */
export async function ensureDocumentsIndex(client: Client, alias: string): Promise<void> {
  const index = versionedIndexName(alias);
  if (!(await client.indices.exists({ index }))) {
    try {
      await client.indices.create({
        index,
        mappings: documentsMapping,
        aliases: { [alias]: { is_write_index: true } },
      });
      return;
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
  }
  if (!(await client.indices.existsAlias({ name: alias, index }))) {
    await client.indices.putAlias({ index, name: alias, is_write_index: true });
  }
}
