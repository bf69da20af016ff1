import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { IndexedDocument } from '@quarry/search-index';
import { buildCorpus, type Corpus } from './testing/corpus.ts';
import { startHarness, type Harness } from './testing/harness.ts';

// Search against a real Elasticsearch: a random alias per run, deleted at the end.
let h: Harness;
let corpus: Corpus;
let analystA: string;
let adminAB: string;

interface Hit {
  document: { id: string; title: string; collectionId: string };
  score: number | null;
  snippets: Array<{
    text: string;
    page: number | null;
    highlights: Array<{ start: number; end: number }>;
  }>;
}
interface Result {
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  tookMs: number;
  hits: Hit[];
  facets: Record<
    'collections' | 'formats' | 'languages' | 'keyPhrases' | 'years',
    Array<{ value: string; count: number }>
  >;
}

const SEARCH = `query($query: String, $filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {
  search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount endCursor hasNextPage tookMs
    hits { score document { id title collectionId } snippets { text page highlights { start end } } }
    facets { collections { value count } formats { value count } languages { value count }
             keyPhrases { value count } years { value count } }
  }
}`;

async function search(variables: Record<string, unknown>, token = analystA): Promise<Result> {
  const { body } = await h.gql<{ search: Result }>(token, SEARCH, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!.search;
}

async function ids(variables: Record<string, unknown>, token = analystA): Promise<string[]> {
  return (await search({ first: 100, ...variables }, token)).hits
    .map((hit) => hit.document.id)
    .sort();
}

const idsOf = (...docs: IndexedDocument[]) => docs.map((d) => d.id).sort();

before(async () => {
  h = await startHarness(process.env, (run, a, b) => {
    corpus = buildCorpus(run, a, b);
    return corpus.all;
  });
  analystA = await h.token({ roles: ['analyst'], collections: [h.collectionA] });
  adminAB = await h.token({ roles: ['admin'], collections: [h.collectionA, h.collectionB] });
});

after(async () => {
  await h?.close();
});

const latestA = () => corpus.inA.filter((d) => d.isLatest);

test('an empty query finds every latest document of the viewer, without snippets', async () => {
  const result = await search({ first: 100 });
  assert.deepEqual(result.hits.map((hit) => hit.document.id).sort(), idsOf(...latestA()));
  assert.equal(result.totalCount, latestA().length);
  assert.ok(result.hits.every((hit) => hit.snippets.length === 0));
  assert.ok(result.tookMs >= 0);
});

test('phrases, AND, OR, prefixes and fuzzy terms', async () => {
  assert.deepEqual(await ids({ query: '"container terminal"' }), idsOf(corpus.report));
  assert.deepEqual(await ids({ query: 'harbour AND budget' }), idsOf(corpus.report));
  assert.deepEqual(await ids({ query: 'harbour budget' }), idsOf(corpus.report));
  assert.deepEqual(
    await ids({ query: 'lighthouse OR quotas' }),
    idsOf(corpus.schedule, corpus.notes, corpus.bilingual),
  );
  assert.deepEqual(
    await ids({ query: 'lighthouse | quotas' }),
    await ids({ query: 'lighthouse OR quotas' }),
  );
  assert.deepEqual(
    await ids({ query: 'dredg*' }),
    idsOf(corpus.report, corpus.mail, corpus.schedule),
  );
  assert.deepEqual(await ids({ query: 'lighthose~' }), idsOf(corpus.schedule, corpus.notes));
  assert.deepEqual(await ids({ query: 'lighthose~1' }), idsOf(corpus.schedule, corpus.notes));
  assert.deepEqual(
    await ids({ query: '(lighthouse OR quotas) AND afternoon' }),
    idsOf(corpus.notes),
  );
});

test('all words must be in the document, not necessarily in the same chunk', async () => {
  // "quay" is in the report's second chunk, "channel" in its third.
  assert.deepEqual(await ids({ query: 'quay channel' }), idsOf(corpus.report));
  assert.deepEqual(await ids({ query: '"quay channel"' }), []);
});

test('NOT and -word exclude the whole document, even when its title matches', async () => {
  assert.deepEqual(await ids({ query: 'lighthouse NOT dog' }), idsOf(corpus.schedule));
  assert.deepEqual(await ids({ query: 'lighthouse -dog' }), idsOf(corpus.schedule));
  // The report's title says harbour; its third chunk says dredging: it must not come back.
  assert.deepEqual(await ids({ query: 'harbour -dredging' }), idsOf(...corpus.memos));
  assert.deepEqual(await ids({ query: 'harbour NOT "outer channel"' }), idsOf(...corpus.memos));
});

test('stop words do not stop a match, in any language', async () => {
  assert.deepEqual(await ids({ query: 'the harbour authority' }), idsOf(corpus.report));
  assert.deepEqual(await ids({ query: 'die Hafenbehörde' }), idsOf(corpus.german));
  assert.deepEqual(await ids({ query: 'Fischereiquoten' }), idsOf(corpus.bilingual));
});

test('bad syntax is never an error', async () => {
  for (const query of ['"unclosed', '((', 'a AND', 'NOT', '*', '~', '\\', 'title:x', '/re.ex/']) {
    await search({ query });
  }
});

test('snippets mark the matched words, with the page they are on', async () => {
  const [hit] = (await search({ query: 'dredging' })).hits.filter(
    (x) => x.document.id === corpus.report.id,
  );
  assert.ok(hit);
  const passage = hit.snippets.find((s) => s.page !== null);
  assert.equal(passage?.page, 3);
  assert.ok(passage.highlights.length > 0);
  for (const { start, end } of passage.highlights) {
    assert.equal(passage.text.slice(start, end).toLowerCase(), 'dredging');
  }
  const titled = (await search({ query: 'annual' })).hits.find(
    (x) => x.document.id === corpus.report.id,
  );
  const title = titled?.snippets.find((s) => s.page === null);
  assert.equal(title?.text, corpus.report.title);
  assert.deepEqual(
    title.highlights.map(({ start, end }) => title.text.slice(start, end)),
    ['annual'],
  );
});

test('marker characters in a document cannot forge a highlight or reach the client', async () => {
  const hit = (await search({ query: 'budget' })).hits.find(
    (x) => x.document.id === corpus.report.id,
  );
  const passage = hit?.snippets.find((s) => s.page === 1);
  assert.ok(passage, 'the first chunk matches');
  assert.match(passage.text, /authority approved the budget/);
  assert.equal(/[\uE000\uE001<>]/.test(passage.text), false);
  assert.deepEqual(
    passage.highlights.map(({ start, end }) => passage.text.slice(start, end)),
    ['budget'],
  );
});

test("facets count the matching documents of the viewer's collections only", async () => {
  const mine = await search({ query: 'harbour' });
  const expected = latestA().filter((d) =>
    [d.title, ...d.chunks.map((c) => Object.values(c).join(' '))]
      .join(' ')
      .toLowerCase()
      .includes('harbour'),
  );
  assert.equal(mine.totalCount, expected.length);
  assert.deepEqual(mine.facets.collections, [{ value: h.collectionA, count: expected.length }]);
  const formats = new Map<string, number>();
  for (const d of expected) formats.set(d.format, (formats.get(d.format) ?? 0) + 1);
  assert.deepEqual(new Map(mine.facets.formats.map((b) => [b.value, b.count])), formats);
  const years = new Map<string, number>();
  for (const d of expected)
    years.set(d.ingestedAt.slice(0, 4), (years.get(d.ingestedAt.slice(0, 4)) ?? 0) + 1);
  assert.deepEqual(new Map(mine.facets.years.map((b) => [b.value, b.count])), years);
  // B's document also carries the key phrase; A's count must not include it.
  assert.deepEqual(
    mine.facets.keyPhrases.find((b) => b.value === 'harbour authority'),
    {
      value: 'harbour authority',
      count: 1,
    },
  );

  const both = await search({ query: 'harbour', filter: { allVersions: true } }, adminAB);
  const counts = new Map(both.facets.collections.map((b) => [b.value, b.count]));
  const all = corpus.all.filter((d) =>
    [d.title, ...d.chunks.map((c) => Object.values(c).join(' '))]
      .join(' ')
      .toLowerCase()
      .includes('harbour'),
  );
  assert.equal(
    counts.get(h.collectionA),
    all.filter((d) => d.collectionId === h.collectionA).length,
  );
  assert.equal(
    counts.get(h.collectionB),
    all.filter((d) => d.collectionId === h.collectionB).length,
  );
});

test('a viewer of A never sees B: not in hits, counts, facets, nor by asking for B', async () => {
  assert.deepEqual(await ids({ query: 'secret' }), []);
  const open = await search({ first: 100, filter: { allVersions: true } });
  assert.ok(open.hits.every((hit) => hit.document.collectionId === h.collectionA));
  assert.equal(open.totalCount, corpus.inA.length);
  assert.ok(open.facets.collections.every((b) => b.value === h.collectionA));
  assert.ok(!open.facets.years.some((b) => b.value === '2024'));
  const askedForB = await search({ filter: { collectionIds: [h.collectionB] } });
  assert.equal(askedForB.totalCount, 0);
  assert.deepEqual(askedForB.facets.collections, []);
  // The admin of both sees B's secret.
  assert.deepEqual(await ids({ query: 'secret' }, adminAB), idsOf(corpus.secretLatest));
});

test('filters: formats, languages, key phrases, dates, versions, collections', async () => {
  assert.deepEqual(
    await ids({ filter: { formats: ['docx', 'eml'] } }),
    idsOf(corpus.german, corpus.mail),
  );
  const german = latestA().filter((d) => d.language === 'de');
  assert.ok(german.length >= 2, 'the German report and the mostly German bilingual document');
  assert.deepEqual(await ids({ filter: { languages: ['de'] } }), idsOf(...german));
  assert.deepEqual(
    await ids({ filter: { keyPhrases: ['harbour authority'] } }),
    idsOf(corpus.report),
  );
  assert.deepEqual(
    await ids({ filter: { createdFrom: '2026-01-15', createdTo: '2026-02-01' } }),
    idsOf(...latestA().filter((d) => d.ingestedAt >= '2026-01-15' && d.ingestedAt < '2026-02-02')),
  );
  assert.deepEqual(
    await ids({ filter: { createdTo: '2025-12-31T23:59:59Z' } }),
    idsOf(...latestA().filter((d) => d.ingestedAt < '2026')),
  );
  assert.deepEqual(
    await ids({ filter: { authoredFrom: '2026-01-01', authoredTo: '2026-12-31' } }),
    idsOf(corpus.german),
  );
  assert.deepEqual(await ids({ query: 'preliminary' }), []);
  assert.deepEqual(
    await ids({ query: 'preliminary', filter: { allVersions: true } }),
    idsOf(corpus.reportV1),
  );
  assert.deepEqual(
    await ids({ query: 'harbour', filter: { collectionIds: [h.collectionA, h.collectionB] } }),
    await ids({ query: 'harbour' }),
  );
});

async function allPages(variables: Record<string, unknown>): Promise<Hit[]> {
  const hits: Hit[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result = await search({ ...variables, first: 2, after });
    hits.push(...result.hits);
    assert.ok(result.hits.length <= 2);
    if (!result.hasNextPage) break;
    assert.ok(result.endCursor);
    after = result.endCursor;
  }
  return hits;
}

test('cursor pagination has no repeats and no gaps, in every sort order', async () => {
  const byDate = (x: IndexedDocument, y: IndexedDocument) =>
    x.ingestedAt < y.ingestedAt ? -1 : x.ingestedAt > y.ingestedAt ? 1 : x.id < y.id ? -1 : 1;
  const newest = await allPages({ sort: 'NEWEST' });
  assert.deepEqual(
    newest.map((hit) => hit.document.id),
    [...latestA()].sort((x, y) => -byDate(x, y) || (x.id < y.id ? -1 : 1)).map((d) => d.id),
  );
  assert.ok(newest.every((hit) => hit.score === null));
  const oldest = await allPages({ sort: 'OLDEST' });
  assert.deepEqual(
    oldest.map((hit) => hit.document.id),
    [...latestA()].sort(byDate).map((d) => d.id),
  );
  const byTitle = await allPages({ sort: 'TITLE' });
  const titles = byTitle.map((hit) => hit.document.title.toLowerCase());
  assert.deepEqual(titles, [...titles].sort());
  assert.equal(new Set(byTitle.map((hit) => hit.document.id)).size, latestA().length);

  const relevant = await allPages({ query: 'harbour' });
  const relevantIds = relevant.map((hit) => hit.document.id);
  assert.equal(new Set(relevantIds).size, relevantIds.length);
  assert.deepEqual([...relevantIds].sort(), await ids({ query: 'harbour' }));
  const scores = relevant.map((hit) => hit.score!);
  assert.deepEqual(
    scores,
    [...scores].sort((x, y) => y - x),
  );
  // The title match weighs more than a passing mention in a memo.
  assert.equal(relevantIds[0], corpus.report.id);
});

test('limits are BAD_USER_INPUT with the argument named', async () => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ first: 101 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ query: 'x'.repeat(1001) }, 'query'],
    [{ filter: { formats: Array.from({ length: 21 }, (_, i) => `f${i}`) } }, 'filter'],
    [{ filter: { createdFrom: 'last tuesday' } }, 'filter.createdFrom'],
    [{ after: 'bm9wZQ' }, 'after'],
  ];
  for (const [variables, field] of cases) {
    const { body } = await h.gql(analystA, SEARCH, variables);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', field);
    assert.equal(body.errors?.[0]?.extensions?.field, field);
  }
  const { body } = await h.gql(analystA, '{ search(sort: SIZE) { totalCount } }');
  assert.ok(body.errors?.length);
});
