import type { estypes } from '@elastic/elasticsearch';
import { encodeCursor, type SortValues } from '../cursor.ts';
import type { EntityType } from '../../generated/resolvers-types.ts';
import { FACETED_ENTITY_TYPES } from '../knowledge/entity-types.ts';
import type { DocumentRecord } from '../store/document-record.ts';
import { entityAggregationName } from './build-search-request.ts';
import { parseMarked, type Markers, type TextRange } from './markers.ts';
import type { SearchSort } from './search-input.ts';

export interface Snippet {
  text: string;
  highlights: TextRange[];
  /** Text page (chunk seq + 1); null for the title. */
  page: number | null;
}

export interface SearchHitRecord {
  document: DocumentRecord;
  score: number | null;
  snippets: Snippet[];
}

export interface FacetBucket {
  value: string;
  count: number;
}

export interface SearchFacets {
  collections: FacetBucket[];
  formats: FacetBucket[];
  languages: FacetBucket[];
  keyPhrases: FacetBucket[];
  years: FacetBucket[];
  entities: Array<{ type: EntityType; buckets: FacetBucket[] }>;
}

export interface SearchResultRecord {
  totalCount: number;
  hits: SearchHitRecord[];
  endCursor: string | null;
  hasNextPage: boolean;
  facets: SearchFacets;
  tookMs: number;
}

interface Bucket {
  key: string | number;
  key_as_string?: string;
  doc_count: number;
}

function buckets(aggregations: Record<string, unknown> | undefined, name: string): FacetBucket[] {
  const aggregation = aggregations?.[name] as { buckets?: Bucket[] } | undefined;
  return (aggregation?.buckets ?? []).map((bucket) => ({
    value: bucket.key_as_string ?? String(bucket.key),
    count: bucket.doc_count,
  }));
}

export function readFacets(aggregations: Record<string, unknown> | undefined): SearchFacets {
  return {
    collections: buckets(aggregations, 'collections'),
    formats: buckets(aggregations, 'formats'),
    languages: buckets(aggregations, 'languages'),
    keyPhrases: buckets(aggregations, 'keyPhrases'),
    // Newest year first, like the results.
    years: buckets(aggregations, 'years').reverse(),
    entities: FACETED_ENTITY_TYPES.map((type) => ({
      type,
      buckets: buckets(aggregations, entityAggregationName(type)),
    })).filter((facet) => facet.buckets.length > 0),
  };
}

function firstFragment(highlight: Record<string, string[]> | undefined): string | null {
  for (const fragments of Object.values(highlight ?? {})) {
    if (fragments[0]) return fragments[0];
  }
  return null;
}

/** The title (when it matched) first, then the best passages, each at most once per page. */
export function snippetsOf(hit: estypes.SearchHit<unknown>, markers: Markers): Snippet[] {
  const snippets: Snippet[] = [];
  const title = hit.highlight?.title?.[0];
  if (title) snippets.push({ ...parseMarked(title, markers), page: null });
  const passages = hit.inner_hits?.chunks?.hits.hits ?? [];
  for (const passage of passages) {
    const fragment = firstFragment(passage.highlight);
    const seq = (passage._source as { seq?: unknown } | undefined)?.seq;
    if (!fragment || typeof seq !== 'number') continue;
    const parsed = parseMarked(fragment, markers);
    if (parsed.highlights.length > 0) snippets.push({ ...parsed, page: seq + 1 });
  }
  return snippets;
}

export function totalOf(total: estypes.SearchTotalHits | number | undefined): number {
  return typeof total === 'number' ? total : (total?.value ?? 0);
}

export function readSearchResponse(
  response: estypes.SearchResponse<DocumentRecord>,
  page: { first: number; sort: SearchSort },
  markers: Markers,
): SearchResultRecord {
  const hits = response.hits.hits;
  const pageHits = hits.slice(0, page.first);
  const last = pageHits.at(-1);
  return {
    totalCount: totalOf(response.hits.total),
    hits: pageHits.flatMap((hit) =>
      hit._source
        ? [
            {
              document: hit._source,
              score: page.sort === 'RELEVANCE' ? (hit._score ?? null) : null,
              snippets: snippetsOf(hit, markers),
            },
          ]
        : [],
    ),
    endCursor: last?.sort ? encodeCursor(last.sort as SortValues) : null,
    hasNextPage: hits.length > page.first,
    facets: readFacets(response.aggregations),
    tookMs: response.took,
  };
}
