import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeCursor } from '../cursor.ts';
import { buildSearchRequest } from './build-search-request.ts';
import type { Markers } from './markers.ts';
import type { SearchInput } from './search-input.ts';

const markers: Markers = { pre: '\uE000n\uE000', post: '\uE001n\uE001' };
const readable = ['col-a', 'col-b'];

/** Reads a path out of the request, which the client types as a wide union. */
function at(value: unknown, ...path: Array<string | number>): unknown {
  let current = value;
  for (const key of path)
    current = (current as Record<string | number, unknown> | undefined)?.[key];
  return current;
}
const list = (value: unknown, ...path: Array<string | number>) => at(value, ...path) as unknown[];
const build = (input: SearchInput) => buildSearchRequest(input, readable, markers);
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions: { code: string; field?: string } }).extensions;
  }
  return null;
};
const FLAGS = 'AND|OR|NOT|PHRASE|PREFIX|FUZZY|PRECEDENCE|WHITESPACE|ESCAPE';

test('an empty query matches every readable latest document, without snippets', () => {
  const request = build({ query: '   ' });
  assert.deepEqual(at(request, 'query', 'bool', 'must'), [{ match_all: {} }]);
  assert.deepEqual(at(request, 'query', 'bool', 'filter'), [
    { terms: { collectionId: ['col-a', 'col-b'] } },
    { term: { isLatest: true } },
  ]);
  assert.equal(request.highlight, undefined);
  assert.equal(JSON.stringify(request).includes('inner_hits'), false);
  assert.equal(request.size, 21);
  assert.equal(request.track_total_hits, true);
  assert.deepEqual(request._source, { excludes: ['chunks'] });
});

test('the query goes to simple_query_string (never query_string) with the word operators translated', () => {
  const request = build({ query: 'harbour AND budget NOT "annual report"' });
  const translated = 'harbour + budget -"annual report"';
  assert.equal(JSON.stringify(request).includes('"query_string"'), false);
  const bool = at(request, 'query', 'bool');
  assert.deepEqual(at(bool, 'should', 0, 'simple_query_string'), {
    query: translated,
    fields: ['title^3', 'fileName^2', 'keyPhrases^2'],
    default_operator: 'and',
    flags: FLAGS,
    fuzzy_max_expansions: 50,
  });
  assert.equal(at(bool, 'minimum_should_match'), 1);
  const nested = at(bool, 'should', 1, 'nested');
  assert.equal(at(nested, 'path'), 'chunks');
  assert.equal(at(nested, 'score_mode'), 'max');
  // One clause per chunk text field, so each chunk is judged by its own language's analyzer.
  const perField = list(nested, 'query', 'bool', 'should');
  assert.ok(perField.length > 10);
  assert.deepEqual(at(perField, 0, 'simple_query_string', 'fields'), ['chunks.text']);
  assert.ok(perField.some((c) => at(c, 'simple_query_string', 'fields', 0) === 'chunks.text_de'));
  assert.ok(perField.every((c) => at(c, 'simple_query_string', 'query') === translated));
  assert.ok(perField.every((c) => at(c, 'simple_query_string', 'flags') === FLAGS));
  assert.deepEqual(at(nested, 'inner_hits'), {
    size: 3,
    _source: ['chunks.seq', 'chunks.start'],
    highlight: {
      pre_tags: [markers.pre],
      post_tags: [markers.post],
      fields: { 'chunks.text*': { fragment_size: 200, number_of_fragments: 1, order: 'score' } },
    },
  });
  assert.deepEqual(at(request, 'highlight', 'fields'), { title: { number_of_fragments: 0 } });
});

test('a top-level exclusion excludes the whole document, title and text alike', () => {
  const mustNot = list(build({ query: 'fox NOT dog' }), 'query', 'bool', 'must_not');
  assert.equal(mustNot.length, 1);
  assert.equal(at(mustNot, 0, 'bool', 'should', 0, 'simple_query_string', 'query'), 'dog');
  const nested = at(mustNot, 0, 'bool', 'should', 1, 'nested');
  assert.equal(at(nested, 'query', 'bool', 'should', 0, 'simple_query_string', 'query'), 'dog');
  assert.equal(at(nested, 'inner_hits'), undefined);
  assert.equal(at(build({ query: 'fox | cat -dog' }), 'query', 'bool', 'must_not'), undefined);
});

test('filters: formats, languages, key phrases, dates, versions', () => {
  const request = build({
    query: 'x',
    filter: {
      formats: ['pdf', 'docx'],
      languages: ['de'],
      keyPhrases: ['harbour authority'],
      createdFrom: '2026-01-01',
      createdTo: '2026-01-31',
      authoredFrom: '2025-06-01T08:00:00+02:00',
      allVersions: true,
    },
  });
  assert.deepEqual(list(request, 'query', 'bool', 'filter').slice(1), [
    { terms: { format: ['pdf', 'docx'] } },
    { terms: { language: ['de'] } },
    { terms: { keyPhrases: ['harbour authority'] } },
    { range: { ingestedAt: { gte: '2026-01-01T00:00:00.000Z', lte: '2026-01-31T23:59:59.999Z' } } },
    { range: { authoredAt: { gte: '2025-06-01T06:00:00.000Z' } } },
  ]);
});

test('entity filters: one clause per entry (names within it are alternatives), empty entries dropped', () => {
  const request = build({
    filter: {
      entities: [
        { type: 'PERSON', names: ['Friedrich Merz', 'Olaf Scholz', 'Friedrich Merz'] },
        { type: 'ORGANIZATION', names: ['Siemens Energy AG'] },
        { type: 'PERSON', names: ['Ada Lovelace'] },
        { type: 'IBAN', names: [] },
      ],
    },
  });
  assert.deepEqual(list(request, 'query', 'bool', 'filter').slice(2), [
    { terms: { 'entities.person': ['Friedrich Merz', 'Olaf Scholz'] } },
    { terms: { 'entities.organization': ['Siemens Energy AG'] } },
    { terms: { 'entities.person': ['Ada Lovelace'] } },
  ]);
});

test('entity names count toward the 20 filter values', () => {
  const names = Array.from({ length: 18 }, (_, i) => `Person ${i}`);
  const input = (extra: string[]) => ({
    filter: {
      formats: ['pdf'],
      entities: [{ type: 'PERSON' as const, names: [...names, ...extra] }],
    },
  });
  assert.doesNotThrow(() => build(input(['One more'])));
  assert.equal(errorOf(() => build(input(['One more', 'Too many'])))?.field, 'filter');
});

test('requested collections are intersected with the readable ones; none left means no hits', () => {
  const some = build({ filter: { collectionIds: ['col-b', 'col-x'] } });
  assert.deepEqual(at(some, 'query', 'bool', 'filter', 0), { terms: { collectionId: ['col-b'] } });
  const none = build({ filter: { collectionIds: ['col-x'] } });
  assert.deepEqual(at(none, 'query', 'bool', 'filter', 0), { terms: { collectionId: [] } });
});

test('facets: collections, formats, languages, 20 key phrases, years, 20 names per entity type', () => {
  const aggs = at(build({}), 'aggs');
  assert.deepEqual(Object.keys(aggs as object), [
    'collections',
    'formats',
    'languages',
    'keyPhrases',
    'years',
    'entities_PERSON',
    'entities_ORGANIZATION',
    'entities_LOCATION',
    'entities_MISC',
  ]);
  assert.deepEqual(at(aggs, 'entities_PERSON', 'terms'), { field: 'entities.person', size: 20 });
  assert.deepEqual(at(aggs, 'entities_MISC', 'terms'), { field: 'entities.misc', size: 20 });
  assert.equal(at(aggs, 'collections', 'terms', 'size'), readable.length);
  assert.equal(at(aggs, 'keyPhrases', 'terms', 'size'), 20);
  assert.deepEqual(at(aggs, 'years', 'date_histogram'), {
    field: 'ingestedAt',
    calendar_interval: 'year',
    min_doc_count: 1,
    format: 'yyyy',
  });
});

test('sort orders end with the id; a cursor becomes search_after', () => {
  const sortOf = (sort: SearchInput['sort']) => build({ sort }).sort;
  assert.deepEqual(sortOf('RELEVANCE'), [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }]);
  assert.deepEqual(sortOf('NEWEST'), [{ ingestedAt: { order: 'desc' } }, { id: { order: 'asc' } }]);
  assert.deepEqual(sortOf('OLDEST'), [{ ingestedAt: { order: 'asc' } }, { id: { order: 'asc' } }]);
  assert.deepEqual(sortOf('TITLE'), [{ 'title.sort': { order: 'asc' } }, { id: { order: 'asc' } }]);
  const after = build({ sort: 'TITLE', after: encodeCursor(['fox', 'd1']) });
  assert.deepEqual(after.search_after, ['fox', 'd1']);
  assert.equal(
    errorOf(() => build({ sort: 'NEWEST', after: encodeCursor(['fox', 'd1']) }))?.field,
    'after',
  );
});

test('limits are BAD_USER_INPUT naming the argument', () => {
  const values = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const cases: Array<[SearchInput, string]> = [
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ query: 'x'.repeat(1001) }, 'query'],
    [{ filter: { formats: values(11, 'f'), languages: values(10, 'l') } }, 'filter'],
    [{ filter: { createdFrom: 'yesterday' } }, 'filter.createdFrom'],
    [{ filter: { createdTo: '2026-02-30' } }, 'filter.createdTo'],
    [{ filter: { authoredFrom: '2026-01-01T25:00' } }, 'filter.authoredFrom'],
    [{ filter: { authoredTo: '2026-13-01' } }, 'filter.authoredTo'],
    [{ after: 'garbage' }, 'after'],
  ];
  for (const [input, field] of cases) {
    assert.deepEqual(
      errorOf(() => build(input)),
      { code: 'BAD_USER_INPUT', field },
      field,
    );
  }
  // At the limits exactly: fine.
  assert.equal(
    errorOf(() => build({ first: 100, query: 'x'.repeat(1000) })),
    null,
  );
  assert.equal(
    errorOf(() => build({ filter: { formats: values(20, 'f') } })),
    null,
  );
});

test('without markers given, every request gets fresh ones', () => {
  const tags = (input: SearchInput) =>
    at(buildSearchRequest(input, readable), 'highlight', 'pre_tags', 0) as string;
  assert.notEqual(tags({ query: 'x' }), tags({ query: 'x' }));
});
