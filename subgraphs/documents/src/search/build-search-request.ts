import type { estypes } from '@elastic/elasticsearch';
import { FULL_TEXT_FIELD } from '@quarry/search-index';
import { decodeCursor } from '../cursor.ts';
import { scopedEsQuery, searchableCollections } from '../policy.ts';
import { ENTITY_FACET_SIZE, entityField, FACETED_ENTITY_TYPES } from '../knowledge/entity-types.ts';
import { createMarkers, type Markers } from './markers.ts';
import { topLevelExclusions, translateOperators } from './query-syntax.ts';
import {
  validateSearch,
  type SearchInput,
  type SearchSort,
  type ValidSearch,
} from './search-input.ts';
import { CHUNK_HIGHLIGHT_FIELDS, chunkTextQuery, simpleQuery, TITLE_FIELDS } from './text-query.ts';

/** Snippets per hit (the best-scoring chunks) and their length in characters. */
export const SNIPPETS_PER_HIT = 3;
export const SNIPPET_CHARS = 200;

/** Every order ends with the id, so search_after never skips or repeats a hit. */
const SORTS: Record<SearchSort, estypes.SortCombinations[]> = {
  RELEVANCE: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
  NEWEST: [{ ingestedAt: { order: 'desc' } }, { id: { order: 'asc' } }],
  OLDEST: [{ ingestedAt: { order: 'asc' } }, { id: { order: 'asc' } }],
  TITLE: [{ 'title.sort': { order: 'asc' } }, { id: { order: 'asc' } }],
};

/** Sorting by title gives a string (or null) first; the others a number (score or date). */
export function cursorShape(sort: SearchSort): 'number' | 'string' {
  return sort === 'TITLE' ? 'string' : 'number';
}

/**
 * Matches the title, file name or key phrases, the text of one chunk (which ranks the document and
 * gives its snippets), or the document's whole text (so words on different pages still match).
 */
function documentMatch(query: string, chunks: estypes.QueryDslNestedQuery) {
  return [
    simpleQuery(query, TITLE_FIELDS),
    { nested: chunks },
    simpleQuery(query, [FULL_TEXT_FIELD]),
  ];
}

function textQuery(query: string, markers: Markers) {
  const translated = translateOperators(query);
  const should = documentMatch(translated, {
    path: 'chunks',
    score_mode: 'max',
    query: chunkTextQuery(translated),
    inner_hits: {
      size: SNIPPETS_PER_HIT,
      _source: ['chunks.seq', 'chunks.start'],
      highlight: {
        pre_tags: [markers.pre],
        post_tags: [markers.post],
        fields: {
          [CHUNK_HIGHLIGHT_FIELDS]: {
            fragment_size: SNIPPET_CHARS,
            number_of_fragments: 1,
            order: 'score',
          },
        },
      },
    },
  });
  // A matching title must not let `-word` through when the word is in the text (or vice versa):
  // top-level exclusions apply to the whole document.
  const mustNot = topLevelExclusions(translated).map((excluded) => ({
    bool: {
      should: documentMatch(excluded, {
        path: 'chunks',
        score_mode: 'none',
        query: chunkTextQuery(excluded),
      }),
      minimum_should_match: 1,
    },
  }));
  return { should, minimum_should_match: 1, ...(mustNot.length > 0 ? { must_not: mustNot } : {}) };
}

function filters(search: ValidSearch): object[] {
  const clauses: object[] = [];
  if (!search.allVersions) clauses.push({ term: { isLatest: true } });
  if (search.formats.length > 0) clauses.push({ terms: { format: search.formats } });
  if (search.languages.length > 0) clauses.push({ terms: { language: search.languages } });
  if (search.keyPhrases.length > 0) clauses.push({ terms: { keyPhrases: search.keyPhrases } });
  for (const { type, names } of search.entities)
    clauses.push({ terms: { [entityField(type)]: names } });
  if (search.created) clauses.push({ range: { ingestedAt: search.created } });
  if (search.authored) clauses.push({ range: { authoredAt: search.authored } });
  return clauses;
}

function facetAggregations(collections: readonly string[]) {
  return {
    // One bucket per collection the search may touch, so none is cut off.
    collections: { terms: { field: 'collectionId', size: Math.max(collections.length, 1) } },
    formats: { terms: { field: 'format', size: 50 } },
    languages: { terms: { field: 'language', size: 50 } },
    keyPhrases: { terms: { field: 'keyPhrases', size: 20 } },
    years: {
      date_histogram: {
        field: 'ingestedAt',
        calendar_interval: 'year' as const,
        min_doc_count: 1,
        format: 'yyyy',
      },
    },
    ...entityAggregations(),
  };
}

/** The aggregation name of an entity type's facet (read back by search-result.ts). */
export function entityAggregationName(type: (typeof FACETED_ENTITY_TYPES)[number]): string {
  return `entities_${type}`;
}

function entityAggregations() {
  return Object.fromEntries(
    FACETED_ENTITY_TYPES.map((type) => [
      entityAggregationName(type),
      { terms: { field: entityField(type), size: ENTITY_FACET_SIZE } },
    ]),
  );
}

/**
 * The Elasticsearch request (body, without the index) for one `search` call, limits checked.
 * Pure apart from `markers`, which default to fresh random ones; the benchmark sends this very
 * request to Elasticsearch to measure what the API adds.
 *
 * `readable` is the viewer's collections: the filter's collectionIds are intersected with it, so
 * an id the viewer cannot read is dropped, and nothing readable left means no hits.
 */
export function buildSearchRequest(
  input: SearchInput,
  readable: readonly string[],
  markers: Markers = createMarkers(),
): estypes.SearchRequest {
  const search = validateSearch(input);
  const collections = searchableCollections(readable, search.collectionIds);
  const text = search.query ? textQuery(search.query, markers) : { must: [{ match_all: {} }] };
  return {
    size: search.first + 1,
    track_total_hits: true,
    _source: { excludes: ['chunks'] },
    sort: SORTS[search.sort],
    query: scopedEsQuery(collections, { ...text, filter: filters(search) }),
    aggs: facetAggregations(collections),
    ...(search.query
      ? {
          highlight: {
            pre_tags: [markers.pre],
            post_tags: [markers.post],
            fields: { title: { number_of_fragments: 0 } },
          },
        }
      : {}),
    ...(search.after
      ? {
          search_after: decodeCursor(search.after, cursorShape(search.sort)) as estypes.SortResults,
        }
      : {}),
  };
}
