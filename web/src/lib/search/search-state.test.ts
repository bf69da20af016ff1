import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  EMPTY_SEARCH,
  activeFilters,
  activeYear,
  clearFilters,
  effectiveSort,
  entityFacetKind,
  parseSearchState,
  searchHref,
  toFilterInput,
  toggleFacet,
  toggleYear,
} from './search-state.ts';

/** Parses a URL the way Next.js hands searchParams to a page (repeated names become arrays). */
function fromUrl(href: string) {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(href, 'http://x').searchParams) {
    const existing = params[key];
    params[key] =
      existing === undefined
        ? value
        : Array.isArray(existing)
          ? [...existing, value]
          : [existing, value];
  }
  return parseSearchState(params);
}

test('an empty URL is the empty state, and the empty state is /search', () => {
  assert.deepEqual(parseSearchState({}), EMPTY_SEARCH);
  assert.equal(searchHref(EMPTY_SEARCH), '/search');
});

test('a full state survives a round trip through its URL', () => {
  const state = {
    ...EMPTY_SEARCH,
    q: 'budget "annual report" -draft',
    sort: 'TITLE' as const,
    filters: {
      collections: ['col-1', 'col 2'],
      formats: ['pdf'],
      languages: ['de', 'en'],
      keyPhrases: ['supply chain & logistics'],
      person: ['Friedrich Merz', 'Olaf Scholz'],
      organization: ['Siemens Energy AG'],
      location: [],
      misc: ['G7'],
    },
    createdFrom: '2025-01-01',
    createdTo: '2025-06-30',
    allVersions: true,
    after: 'eyJzIjpbMS41LCJhYmMiXX0',
    prev: ['~', 'eyJzIjpbMi41LCJ4eXoiXX0'],
    page: 3,
  };
  const href = searchHref(state);
  assert.match(href, /^\/search\?q=/);
  assert.deepEqual(fromUrl(href), state);
});

test('junk in the URL is ignored, not trusted', () => {
  const state = parseSearchState({
    sort: 'DROP TABLE',
    fmt: ['pdf', 'pdf', '', '   '],
    kp: 'x'.repeat(500),
    from: '2'.repeat(100),
    pg: '7',
    prev: '~,abc',
  });
  assert.equal(state.sort, null);
  assert.deepEqual(state.filters.formats, ['pdf']);
  assert.deepEqual(state.filters.keyPhrases, []);
  assert.equal(state.createdFrom, '');
  // Without a cursor it is the first page, whatever pg and prev say.
  assert.equal(state.page, 1);
  assert.deepEqual(state.prev, []);
  // A tampered stack is dropped as a whole.
  assert.deepEqual(parseSearchState({ after: 'abc', prev: '~,a b,c' }).prev, []);
  assert.equal(parseSearchState({ after: 'abc', pg: '-4' }).page, 2);
});

test('at most 20 values per facet', () => {
  const many = Array.from({ length: 30 }, (_, i) => `v${i}`);
  assert.equal(parseSearchState({ lang: many }).filters.languages.length, 20);
});

test('default sort: relevance with a query, newest without', () => {
  assert.equal(effectiveSort(EMPTY_SEARCH), 'NEWEST');
  assert.equal(effectiveSort({ ...EMPTY_SEARCH, q: 'x' }), 'RELEVANCE');
  assert.equal(effectiveSort({ ...EMPTY_SEARCH, q: '  ' }), 'NEWEST');
  assert.equal(effectiveSort({ ...EMPTY_SEARCH, q: 'x', sort: 'OLDEST' }), 'OLDEST');
});

test('filter input holds only what is set', () => {
  assert.equal(toFilterInput(EMPTY_SEARCH), null);
  const state = toggleFacet(toggleFacet(EMPTY_SEARCH, 'formats', 'pdf'), 'collections', 'c1');
  assert.deepEqual(toFilterInput({ ...state, createdTo: '2026-01-31' }), {
    collectionIds: ['c1'],
    formats: ['pdf'],
    createdTo: '2026-01-31',
  });
  assert.deepEqual(toFilterInput({ ...EMPTY_SEARCH, allVersions: true }), { allVersions: true });
});

test('entity facets become one SearchFilter.entities entry per type, in a fixed order', () => {
  const state = toggleFacet(
    toggleFacet(toggleFacet(EMPTY_SEARCH, 'organization', 'Rheinmetall'), 'person', 'Merz'),
    'person',
    'Scholz',
  );
  assert.equal(searchHref(state), '/search?per=Merz&per=Scholz&org=Rheinmetall');
  assert.deepEqual(toFilterInput(state), {
    entities: [
      { type: 'PERSON', names: ['Merz', 'Scholz'] },
      { type: 'ORGANIZATION', names: ['Rheinmetall'] },
    ],
  });
  assert.deepEqual(
    activeFilters(state).map((chip) => [chip.kind, chip.value]),
    [
      ['person', 'Merz'],
      ['person', 'Scholz'],
      ['organization', 'Rheinmetall'],
    ],
  );
  assert.equal(entityFacetKind('LOCATION'), 'location');
  assert.equal(entityFacetKind('IBAN'), null);
});

test('toggling a facet adds, removes, and always returns to the first page', () => {
  const paged = { ...EMPTY_SEARCH, q: 'x', after: 'cur', prev: ['~'], page: 2 };
  const on = toggleFacet(paged, 'languages', 'de');
  assert.deepEqual(on.filters.languages, ['de']);
  assert.equal(on.after, null);
  assert.equal(on.page, 1);
  assert.deepEqual(on.prev, []);
  const off = toggleFacet(on, 'languages', 'de');
  assert.deepEqual(off.filters.languages, []);
  assert.equal(searchHref(off), '/search?q=x');
});

test('a year is a date range and toggles off again', () => {
  const on = toggleYear(EMPTY_SEARCH, '2025');
  assert.equal(on.createdFrom, '2025-01-01');
  assert.equal(on.createdTo, '2025-12-31');
  assert.equal(activeYear(on), '2025');
  assert.equal(activeYear(toggleYear(on, '2026')), '2026');
  assert.equal(activeYear(toggleYear(on, '2025')), null);
  assert.equal(
    activeYear({ ...EMPTY_SEARCH, createdFrom: '2025-01-01', createdTo: '2025-12-30' }),
    null,
  );
});

test('every active filter comes with the state that removes just it', () => {
  const state = {
    ...toggleFacet(toggleFacet(EMPTY_SEARCH, 'formats', 'pdf'), 'keyPhrases', 'tax'),
    q: 'report',
    createdFrom: '2024-02-01',
    allVersions: true,
  };
  const chips = activeFilters(state);
  assert.deepEqual(
    chips.map((c) => `${c.kind}:${c.value}`),
    ['formats:pdf', 'keyPhrases:tax', 'createdFrom:2024-02-01', 'allVersions:true'],
  );
  for (const chip of chips) {
    assert.equal(activeFilters(chip.without).length, chips.length - 1);
    assert.equal(chip.without.q, 'report');
  }
  const year = activeFilters(toggleYear(EMPTY_SEARCH, '2023'));
  assert.deepEqual(
    year.map((c) => `${c.kind}:${c.value}`),
    ['year:2023'],
  );
  assert.equal(searchHref(clearFilters(state)), '/search?q=report');
});
