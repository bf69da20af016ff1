import type { Client, estypes } from '@elastic/elasticsearch';
import { chunkText, MAX_CHUNKS, TEXT_FIELDS, type IndexedChunk } from '@quarry/search-index';
import { scopedEsQuery } from '../policy.ts';
import { CONTEXT_CHARS, cutPassage, type PassageSpan } from './passage-text.ts';

/** A resolved passage: the federation key, the span's text and context, and where it is paged. */
export interface PassageRecord extends PassageSpan {
  documentId: string;
  text: string;
  before: string;
  after: string;
  /** The text page (Document.text: one page per chunk, in seq order) the span starts on. */
  page: number;
}

/** Context plus the one character that tells whether a window edge cuts a word. */
const MARGIN = CONTEXT_CHARS + 1;

/**
 * The spans of ONE document, in one Elasticsearch request: the document (through the policy's
 * collection filter, so an unreadable document answers like a missing one) with only the chunks
 * that overlap the spans and their context as inner hits, however long the document is. Spans
 * outside the text, or of a document the viewer cannot read, are absent from the answer.
 */
export async function fetchDocumentPassages(
  client: Client,
  index: string,
  collections: readonly string[],
  documentId: string,
  spans: readonly PassageSpan[],
): Promise<Map<string, PassageRecord>> {
  const found = new Map<string, PassageRecord>();
  const windows = mergeWindows(spans);
  if (windows.length === 0) return found;
  const response = await client.search({
    index,
    size: 1,
    _source: ['textLength'],
    query: scopedEsQuery(collections, {
      filter: [{ term: { id: documentId } }],
      // Optional next to the filter: a document whose chunks miss every span still answers.
      should: [
        {
          nested: {
            path: 'chunks',
            query: { bool: { should: windows.map(overlapping), minimum_should_match: 1 } },
            inner_hits: {
              name: 'passages',
              // Only chunks that overlap a window match, so asking for the index's maximum costs nothing
              // more; a smaller guess could leave a gap in a passage.
              size: MAX_CHUNKS,
              sort: [{ 'chunks.seq': { order: 'asc' } }],
              _source: [
                'chunks.seq',
                'chunks.start',
                'chunks.end',
                ...TEXT_FIELDS.map((f) => `chunks.${f}`),
              ],
            },
          },
        },
      ],
    }),
  });
  const hit = response.hits.hits[0];
  if (!hit) return found;
  const textLength = (hit._source as { textLength?: number } | undefined)?.textLength ?? 0;
  const chunks = (hit.inner_hits?.passages?.hits.hits ?? []).map(
    (inner) => inner._source as IndexedChunk,
  );
  const pieces = chunks.map((chunk) => ({ start: chunk.start, text: chunkText(chunk) }));
  for (const span of spans) {
    const cut = cutPassage(pieces, span, textLength);
    if (!cut) continue;
    found.set(passageId(documentId, span), {
      documentId,
      ...span,
      ...cut,
      page: pageOf(chunks, span.start),
    });
  }
  return found;
}

/** The loader's key for one passage. */
export function passageId(documentId: string, span: PassageSpan): string {
  return `${documentId}\u0000${span.start}\u0000${span.end}`;
}

interface Window {
  from: number;
  to: number;
}

/** Each span with its context margin; overlapping windows merged, so the query stays small. */
function mergeWindows(spans: readonly PassageSpan[]): Window[] {
  const sorted = spans
    .map((span) => ({ from: Math.max(0, span.start - MARGIN), to: span.end + MARGIN }))
    .sort((a, b) => a.from - b.from);
  const merged: Window[] = [];
  for (const window of sorted) {
    const last = merged.at(-1);
    if (last && window.from <= last.to) last.to = Math.max(last.to, window.to);
    else merged.push({ ...window });
  }
  return merged;
}

function overlapping(window: Window): estypes.QueryDslQueryContainer {
  return {
    bool: {
      filter: [
        { range: { 'chunks.start': { lt: window.to } } },
        { range: { 'chunks.end': { gt: window.from } } },
      ],
    },
  };
}

/** Text pages are the chunks in seq order, numbered from 1 (seqs run from 0 without gaps). */
function pageOf(chunks: readonly IndexedChunk[], offset: number): number {
  const chunk = chunks.find((c) => c.start <= offset && offset < c.end) ?? chunks.at(-1);
  return (chunk?.seq ?? 0) + 1;
}
