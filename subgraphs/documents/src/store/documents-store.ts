import type { Client } from '@elastic/elasticsearch';
import { decodeCursor, encodeCursor, type SortValues } from './cursor.ts';

/** A document as stored in the index. `text` is for search and is not exposed by the API yet. */
export interface DocumentRecord {
  id: string;
  title: string;
  collectionId: string;
  mimeType?: string | null;
  /** ISO 8601. */
  createdAt: string;
  text?: string;
}

export interface DocumentPage {
  nodes: DocumentRecord[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Newest first, id as the tie-breaker so search_after never skips or repeats a hit. */
const SORT = [{ createdAt: { order: 'desc' } }, { id: { order: 'asc' } }] as const;

/** Every read goes through this filter: a document outside the viewer's collections does not exist for them. */
function collectionFilter(collections: readonly string[]) {
  return { terms: { collectionId: [...collections] } };
}

/** Writes (or replaces) one document. Pass refresh for tests that read right after writing. */
export async function indexDocument(
  client: Client,
  index: string,
  doc: DocumentRecord,
  options: { refresh?: boolean } = {},
): Promise<void> {
  await client.index({
    index,
    id: doc.id,
    document: doc,
    refresh: options.refresh ? 'wait_for' : false,
  });
}

export class DocumentsStore {
  readonly client: Client;
  readonly index: string;

  constructor(client: Client, index: string) {
    this.client = client;
    this.index = index;
  }

  async findById(id: string, collections: readonly string[]): Promise<DocumentRecord | null> {
    const result = await this.client.search<DocumentRecord>({
      index: this.index,
      size: 1,
      query: { bool: { filter: [{ term: { id } }, collectionFilter(collections)] } },
    });
    return result.hits.hits[0]?._source ?? null;
  }

  async findByIds(
    ids: readonly string[],
    collections: readonly string[],
  ): Promise<Map<string, DocumentRecord>> {
    if (ids.length === 0) return new Map();
    const result = await this.client.search<DocumentRecord>({
      index: this.index,
      size: ids.length,
      query: { bool: { filter: [{ terms: { id: [...ids] } }, collectionFilter(collections)] } },
    });
    const found = new Map<string, DocumentRecord>();
    for (const hit of result.hits.hits) if (hit._source) found.set(hit._source.id, hit._source);
    return found;
  }

  async page(
    collections: readonly string[],
    first: number,
    after?: string | null,
  ): Promise<DocumentPage> {
    // Ask for one extra hit to learn whether another page exists without a second query.
    const result = await this.client.search<DocumentRecord>({
      index: this.index,
      size: first + 1,
      sort: [...SORT],
      track_total_hits: true,
      query: { bool: { filter: [collectionFilter(collections)] } },
      ...(after ? { search_after: decodeCursor(after) } : {}),
    });
    const hits = result.hits.hits;
    const pageHits = hits.slice(0, first);
    const last = pageHits.at(-1);
    const total = result.hits.total;
    return {
      nodes: pageHits.flatMap((hit) => (hit._source ? [hit._source] : [])),
      totalCount: typeof total === 'number' ? total : (total?.value ?? 0),
      endCursor: last?.sort ? encodeCursor(last.sort as SortValues) : null,
      hasNextPage: hits.length > first,
    };
  }

  /** Readiness: the cluster answers and is not red. */
  async checkHealth(): Promise<void> {
    const health = await this.client.cluster.health();
    if (health.status === 'red') throw new Error('elasticsearch cluster health is red');
  }
}
