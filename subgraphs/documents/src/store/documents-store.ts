import type { Client, estypes } from '@elastic/elasticsearch';
import { decodeCursor, encodeCursor, type SortValues } from '../cursor.ts';
import { scopedEsQuery } from '../policy.ts';
import { buildSearchRequest } from '../search/build-search-request.ts';
import { createMarkers } from '../search/markers.ts';
import { validateSearch, type SearchInput } from '../search/search-input.ts';
import { readSearchResponse, totalOf, type SearchResultRecord } from '../search/search-result.ts';
import { WITHOUT_CHUNKS, type DocumentRecord } from './document-record.ts';
import { checkTextPageArgs, readTextPage, textPageRequest, type TextPage } from './text-pages.ts';

export interface DocumentPage {
  nodes: DocumentRecord[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Lists are newest first with the id as tie-breaker, so search_after never skips or repeats. */
const NEWEST_FIRST: estypes.SortCombinations[] = [
  { ingestedAt: { order: 'desc' } },
  { id: { order: 'asc' } },
];

/** Versions of one file are few; more than this is not a lineage a person reads. */
const MAX_VERSIONS = 1_000;

/** What a skills re-run needs of each document. */
export type RerunSource = Pick<
  DocumentRecord,
  | 'id'
  | 'collectionId'
  | 'lineageId'
  | 'version'
  | 'fileName'
  | 'sourcePath'
  | 'sha256'
  | 'sizeBytes'
  | 'mediaType'
>;

/**
 * Every read of the documents index. Each method takes the viewer's readable collections and
 * builds its query through the policy's scoped helpers: nothing outside them is returned or counted.
 */
export class DocumentsStore {
  readonly client: Client;
  readonly index: string;

  constructor(client: Client, index: string) {
    this.client = client;
    this.index = index;
  }

  async findByIds(
    ids: readonly string[],
    collections: readonly string[],
  ): Promise<Map<string, DocumentRecord>> {
    const found = new Map<string, DocumentRecord>();
    if (ids.length === 0) return found;
    const result = await this.client.search<DocumentRecord>({
      index: this.index,
      size: ids.length,
      _source: WITHOUT_CHUNKS,
      query: scopedEsQuery(collections, { filter: [{ terms: { id: [...ids] } }] }),
    });
    for (const hit of result.hits.hits) if (hit._source) found.set(hit._source.id, hit._source);
    return found;
  }

  async findById(id: string, collections: readonly string[]): Promise<DocumentRecord | null> {
    return (await this.findByIds([id], collections)).get(id) ?? null;
  }

  private async page(
    collections: readonly string[],
    filter: object[],
    first: number,
    after: string | null | undefined,
  ): Promise<DocumentPage> {
    // One extra hit tells whether another page exists without a second query.
    const result = await this.client.search<DocumentRecord>({
      index: this.index,
      size: first + 1,
      sort: NEWEST_FIRST,
      track_total_hits: true,
      _source: WITHOUT_CHUNKS,
      query: scopedEsQuery(collections, { filter }),
      ...(after ? { search_after: decodeCursor(after) as estypes.SortResults } : {}),
    });
    const hits = result.hits.hits;
    const pageHits = hits.slice(0, first);
    const last = pageHits.at(-1);
    return {
      nodes: pageHits.flatMap((hit) => (hit._source ? [hit._source] : [])),
      totalCount: totalOf(result.hits.total),
      endCursor: last?.sort ? encodeCursor(last.sort as SortValues) : null,
      hasNextPage: hits.length > first,
    };
  }

  /** Latest versions only, newest first. */
  latest(collections: readonly string[], first: number, after?: string | null) {
    return this.page(collections, [{ term: { isLatest: true } }], first, after);
  }

  /** Members of an archive or attachments of a mail, newest first. */
  children(parentId: string, collections: readonly string[], first: number, after?: string | null) {
    return this.page(collections, [{ term: { parentId } }], first, after);
  }

  /** Every version of a lineage, newest version first. */
  async versions(lineageId: string, collections: readonly string[]): Promise<DocumentRecord[]> {
    const result = await this.client.search<DocumentRecord>({
      index: this.index,
      size: MAX_VERSIONS,
      sort: [{ version: { order: 'desc' } }, { id: { order: 'asc' } }],
      _source: WITHOUT_CHUNKS,
      query: scopedEsQuery(collections, { filter: [{ term: { lineageId } }] }),
    });
    return result.hits.hits.flatMap((hit) => (hit._source ? [hit._source] : []));
  }

  async search(input: SearchInput, collections: readonly string[]): Promise<SearchResultRecord> {
    const markers = createMarkers();
    const request = buildSearchRequest(input, collections, markers);
    const { first, sort } = validateSearch(input);
    const response = await this.client.search<DocumentRecord>({ index: this.index, ...request });
    return readSearchResponse(response, { first, sort }, markers);
  }

  async textPage(
    id: string,
    collections: readonly string[],
    page: number,
    highlight?: string | null,
  ): Promise<TextPage | null> {
    checkTextPageArgs(page, highlight);
    const markers = createMarkers();
    const query = highlight?.trim() || null;
    const response = await this.client.search({
      index: this.index,
      ...textPageRequest(id, collections, page, query, markers),
    });
    return readTextPage(response, page, markers);
  }

  /** The latest documents of a collection for a skills re-run, in batches (search_after on id). */
  async *latestForRerun(
    collectionId: string,
    collections: readonly string[],
    batchSize = 1_000,
  ): AsyncGenerator<RerunSource[]> {
    let after: estypes.SortResults | undefined;
    for (;;) {
      const result = await this.client.search<RerunSource>({
        index: this.index,
        size: batchSize,
        sort: [{ id: { order: 'asc' } }],
        _source: [
          'id',
          'collectionId',
          'lineageId',
          'version',
          'fileName',
          'sourcePath',
          'sha256',
          'sizeBytes',
          'mediaType',
        ],
        query: scopedEsQuery(collections, {
          filter: [{ term: { collectionId } }, { term: { isLatest: true } }],
        }),
        ...(after ? { search_after: after } : {}),
      });
      const hits = result.hits.hits;
      const batch = hits.flatMap((hit) => (hit._source ? [hit._source] : []));
      if (batch.length > 0) yield batch;
      if (hits.length < batchSize) return;
      after = hits.at(-1)?.sort;
    }
  }

  /** Readiness: the cluster answers and is not red. */
  async checkHealth(): Promise<void> {
    const health = await this.client.cluster.health();
    if (health.status === 'red') throw new Error('elasticsearch cluster health is red');
  }
}
