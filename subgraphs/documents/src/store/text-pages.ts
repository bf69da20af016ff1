import type { estypes } from '@elastic/elasticsearch';
import { chunkText, MAX_CHUNKS, TEXT_FIELDS, type IndexedChunk } from '@quarry/search-index';
import { BadUserInputError } from '@quarry/service-kit';
import { scopedEsQuery } from '../policy.ts';
import {
  parseMarked,
  stripMarkerCharacters,
  type Markers,
  type TextRange,
} from '../search/markers.ts';
import { translateOperators } from '../search/query-syntax.ts';
import { MAX_QUERY_LENGTH } from '../search/search-input.ts';
import { CHUNK_HIGHLIGHT_FIELDS, chunkTextQuery } from '../search/text-query.ts';

export interface TextPage {
  page: number;
  pageCount: number;
  start: number;
  end: number;
  text: string;
  highlights: TextRange[];
}

export function checkTextPageArgs(page: number, highlight: string | null | undefined): void {
  if (!Number.isInteger(page) || page < 1 || page > MAX_CHUNKS) {
    throw new BadUserInputError(`page must be between 1 and the document's pageCount`, 'page');
  }
  if (highlight && highlight.length > MAX_QUERY_LENGTH) {
    throw new BadUserInputError(
      `highlight must be at most ${MAX_QUERY_LENGTH} characters`,
      'highlight',
    );
  }
}

/**
 * One page = one chunk, read as the inner hit of a nested match_all sorted by seq: only that
 * chunk's text travels, however long the document. The inner hits' total is the page count.
 * With a highlight query the same inner hit is highlighted whole (number_of_fragments 0).
 */
export function textPageRequest(
  id: string,
  collections: readonly string[],
  page: number,
  highlight: string | null,
  markers: Markers,
): estypes.SearchRequest {
  const query = highlight ? translateOperators(highlight) : null;
  return {
    size: 1,
    _source: false,
    query: scopedEsQuery(collections, {
      filter: [{ term: { id } }],
      // `should` next to a filter is optional: a document without chunks still answers (0 pages).
      should: [
        {
          nested: {
            path: 'chunks',
            query: { match_all: {} },
            inner_hits: {
              name: 'page',
              from: page - 1,
              size: 1,
              sort: [{ 'chunks.seq': { order: 'asc' } }],
              _source: [
                'chunks.seq',
                'chunks.start',
                'chunks.end',
                ...TEXT_FIELDS.map((f) => `chunks.${f}`),
              ],
              ...(query
                ? {
                    highlight: {
                      pre_tags: [markers.pre],
                      post_tags: [markers.post],
                      highlight_query: chunkTextQuery(query),
                      fields: { [CHUNK_HIGHLIGHT_FIELDS]: { number_of_fragments: 0 } },
                    },
                  }
                : {}),
            },
          },
        },
      ],
    }),
  };
}

/** Null when the document is not there (or not readable); BAD_USER_INPUT past the last page. */
export function readTextPage(
  response: estypes.SearchResponse,
  page: number,
  markers: Markers,
): TextPage | null {
  const hit = response.hits.hits[0];
  if (!hit) return null;
  const inner = hit.inner_hits?.page?.hits;
  const pageCount = typeof inner?.total === 'number' ? inner.total : (inner?.total?.value ?? 0);
  const chunkHit = inner?.hits[0];
  if (!chunkHit) {
    // A document without text has one empty page, so a reader can always open page 1.
    if (pageCount === 0 && page === 1) {
      return { page, pageCount: 0, start: 0, end: 0, text: '', highlights: [] };
    }
    throw new BadUserInputError(`page must be between 1 and ${Math.max(pageCount, 1)}`, 'page');
  }
  const chunk = chunkHit._source as IndexedChunk;
  const text = stripMarkerCharacters(chunkText(chunk));
  let highlights: TextRange[] = [];
  const marked = Object.values(chunkHit.highlight ?? {})[0]?.[0];
  if (marked) {
    const parsed = parseMarked(marked, markers);
    // Ranges are only meaningful over exactly this text.
    if (parsed.text === text) highlights = parsed.highlights;
  }
  return { page, pageCount, start: chunk.start, end: chunk.end, text, highlights };
}
