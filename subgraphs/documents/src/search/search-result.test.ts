import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { estypes } from '@elastic/elasticsearch';
import { decodeCursor } from '../cursor.ts';
import type { DocumentRecord } from '../store/document-record.ts';
import { readTextPage } from '../store/text-pages.ts';
import type { Markers } from './markers.ts';
import { readSearchResponse, snippetsOf } from './search-result.ts';

const markers: Markers = { pre: '\uE000k\uE000', post: '\uE001k\uE001' };
const m = (word: string) => `${markers.pre}${word}${markers.post}`;

function hit(id: string, extra: Partial<estypes.SearchHit<DocumentRecord>> = {}) {
  return {
    _index: 'i',
    _id: id,
    _score: 2.5,
    _source: { id, title: id } as DocumentRecord,
    sort: [2.5, id],
    ...extra,
  } as estypes.SearchHit<DocumentRecord>;
}

test('snippets: the title first, then passages with their page, forged markers ignored', () => {
  const snippets = snippetsOf(
    hit('d', {
      highlight: { title: [`Annual ${m('harbour')} report`] },
      inner_hits: {
        chunks: {
          hits: {
            hits: [
              {
                _index: 'i',
                _source: { seq: 2, start: 9000 },
                highlight: { 'chunks.text_en': [`the ${m('harbour')} \uE000authority\uE001 met`] },
              },
              // A passage without a highlight (e.g. only an excluded word) gives no snippet.
              { _index: 'i', _source: { seq: 0, start: 0 }, highlight: {} },
            ],
          },
        },
      },
    }),
    markers,
  );
  assert.deepEqual(snippets, [
    { text: 'Annual harbour report', highlights: [{ start: 7, end: 14 }], page: null },
    { text: 'the harbour authority met', highlights: [{ start: 4, end: 11 }], page: 3 },
  ]);
});

test('a page of hits: first+1 fetched tells hasNextPage; the cursor is the last hit shown', () => {
  const response = {
    took: 7,
    timed_out: false,
    _shards: { total: 1, successful: 1, failed: 0 },
    hits: { total: { value: 42, relation: 'eq' }, hits: [hit('a'), hit('b'), hit('c')] },
    aggregations: {
      formats: { buckets: [{ key: 'pdf', doc_count: 30 }] },
      entities_PERSON: { buckets: [{ key: 'Friedrich Merz', doc_count: 3 }] },
      entities_ORGANIZATION: { buckets: [] },
      entities_LOCATION: { buckets: [{ key: 'Hamburg', doc_count: 5 }] },
      years: {
        buckets: [
          { key: 1, key_as_string: '2025', doc_count: 2 },
          { key: 2, key_as_string: '2026', doc_count: 40 },
        ],
      },
    },
  } as unknown as estypes.SearchResponse<DocumentRecord>;
  const result = readSearchResponse(response, { first: 2, sort: 'RELEVANCE' }, markers);
  assert.deepEqual(
    result.hits.map((h) => h.document.id),
    ['a', 'b'],
  );
  assert.equal(result.hits[0]!.score, 2.5);
  assert.equal(result.hasNextPage, true);
  assert.deepEqual(decodeCursor(result.endCursor!), [2.5, 'b']);
  assert.equal(result.totalCount, 42);
  assert.equal(result.tookMs, 7);
  assert.deepEqual(result.facets.formats, [{ value: 'pdf', count: 30 }]);
  assert.deepEqual(result.facets.years, [
    { value: '2026', count: 40 },
    { value: '2025', count: 2 },
  ]);
  assert.deepEqual(result.facets.languages, []);
  // Entity types in their fixed order; a type without names (or without an aggregation) is left out.
  assert.deepEqual(result.facets.entities, [
    { type: 'PERSON', buckets: [{ value: 'Friedrich Merz', count: 3 }] },
    { type: 'LOCATION', buckets: [{ value: 'Hamburg', count: 5 }] },
  ]);
  const byDate = readSearchResponse(response, { first: 5, sort: 'NEWEST' }, markers);
  assert.equal(byDate.hits[0]!.score, null);
  assert.equal(byDate.hasNextPage, false);
});

function pageResponse(total: number, chunk?: object, highlight?: string) {
  return {
    hits: {
      hits: [
        {
          _index: 'i',
          _id: 'd',
          inner_hits: {
            page: {
              hits: {
                total: { value: total, relation: 'eq' },
                hits: chunk
                  ? [
                      {
                        _index: 'i',
                        _source: chunk,
                        highlight: highlight ? { 'chunks.text_de': [highlight] } : undefined,
                      },
                    ]
                  : [],
              },
            },
          },
        },
      ],
    },
  } as unknown as estypes.SearchResponse;
}

test('a text page: the chunk text cleaned, ranges over the whole page', () => {
  const chunk = {
    seq: 1,
    start: 100,
    end: 131,
    language: 'de',
    text_de: 'Die Hafenbehörde \uE000tagte\uE001 heute.',
  };
  const page = readTextPage(
    pageResponse(3, chunk, `Die ${m('Hafenbehörde')} \uE000tagte\uE001 heute.`),
    2,
    markers,
  );
  assert.deepEqual(page, {
    page: 2,
    pageCount: 3,
    start: 100,
    end: 131,
    text: 'Die Hafenbehörde tagte heute.',
    highlights: [{ start: 4, end: 16 }],
  });
});

test('text pages: an empty document has one empty page; past the end is BAD_USER_INPUT', () => {
  assert.deepEqual(readTextPage(pageResponse(0), 1, markers)?.pageCount, 0);
  assert.throws(
    () => readTextPage(pageResponse(0), 2, markers),
    (e: { extensions?: { field?: string } }) => e.extensions?.field === 'page',
  );
  assert.throws(() => readTextPage(pageResponse(3), 4, markers), /between 1 and 3/);
  assert.equal(
    readTextPage({ hits: { hits: [] } } as unknown as estypes.SearchResponse, 1, markers),
    null,
  );
});
