import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chunkText, MAPPING_VERSION, type IndexedDocument } from '@quarry/search-index';
import { signAccessToken } from '@quarry/auth';
import type { GraphqlResponse } from '@quarry/service-kit/testing';
import { versionedIndexName } from './app.ts';
import { buildCorpus, type Corpus } from './testing/corpus.ts';
import { startHarness, type Harness } from './testing/harness.ts';

// Documents, text pages and federation against a real Elasticsearch (random alias per run).
let h: Harness;
let corpus: Corpus;
let analystA: string;

interface Page {
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  nodes: Array<{ id: string; title: string; collectionId: string; collection: { id: string } }>;
}

before(async () => {
  h = await startHarness(process.env, (run, a, b) => {
    corpus = buildCorpus(run, a, b);
    return corpus.all;
  });
  analystA = await h.token({ roles: ['analyst'], collections: [h.collectionA] });
});

after(async () => {
  await h?.close();
});

const latestA = () => corpus.inA.filter((d) => d.isLatest);

test('start creates the current mapping version behind the alias', async () => {
  const aliases = await h.client.indices.getAlias({ name: h.alias });
  assert.deepEqual(Object.keys(aliases), [versionedIndexName(h.alias)]);
  assert.ok(versionedIndexName(h.alias).endsWith(`-v${MAPPING_VERSION}`));
});

test('without a valid token every query is UNAUTHENTICATED with HTTP 401', async () => {
  const { status, body } = await h.gql(null, '{ documents { totalCount } }');
  assert.equal(status, 401);
  assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  const forged = await signAccessToken(
    { id: 'u1', email: 'a@b.c', name: 'M', roles: ['admin'], collections: [h.collectionA] },
    'a-different-secret-of-enough-length-0123',
    300,
  );
  const other = await h.gql(forged, '{ documents { totalCount } }');
  assert.equal(other.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test("documents pages the viewer's latest versions newest first", async () => {
  const query =
    'query($after: String) { documents(first: 3, after: $after) { totalCount endCursor hasNextPage nodes { id title collectionId collection { id } } } }';
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) {
    const response: GraphqlResponse<{ documents: Page }> = await h.gql<{ documents: Page }>(
      analystA,
      query,
      { after: cursor },
    );
    assert.equal(response.body.errors, undefined);
    const result = response.body.data!.documents;
    assert.equal(result.totalCount, latestA().length);
    for (const node of result.nodes) {
      assert.equal(node.collectionId, h.collectionA);
      assert.deepEqual(node.collection, { id: h.collectionA });
      seen.push(node.id);
    }
    if (!result.hasNextPage) break;
    cursor = result.endCursor;
  }
  const expected = [...latestA()].sort((x, y) =>
    x.ingestedAt === y.ingestedAt ? (x.id < y.id ? -1 : 1) : x.ingestedAt < y.ingestedAt ? 1 : -1,
  );
  assert.deepEqual(
    seen,
    expected.map((d) => d.id),
  );
});

const FIELDS = `id title collectionId fileName sourcePath mimeType format mislabelled sizeBytes sha256
  language languages { language share } keyPhrases { phrase score } metadata { key value }
  authoredAt createdAt textLength textTruncated pageCount warnings skills version isLatest downloadPath`;

test('document(id) reads every field from the index', async () => {
  const doc: IndexedDocument = corpus.report;
  const { body } = await h.gql<{ document: Record<string, unknown> }>(
    analystA,
    `query($id: ID!) { document(id: $id) { ${FIELDS} } }`,
    { id: doc.id },
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.deepEqual(body.data?.document, {
    id: doc.id,
    title: doc.title,
    collectionId: doc.collectionId,
    fileName: doc.fileName,
    sourcePath: doc.sourcePath,
    mimeType: doc.mediaType,
    format: doc.format,
    mislabelled: false,
    sizeBytes: doc.sizeBytes,
    sha256: doc.sha256,
    language: 'en',
    languages: doc.languages,
    keyPhrases: doc.keyPhraseScores,
    metadata: Object.entries(doc.metadata)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => ({ key, value })),
    authoredAt: doc.authoredAt,
    createdAt: doc.ingestedAt,
    textLength: doc.textLength,
    textTruncated: false,
    pageCount: doc.pageCount,
    warnings: [],
    skills: doc.skills,
    version: 2,
    isLatest: true,
    downloadPath: `/originals/${doc.id}`,
  });
});

test("a document outside the viewer's collections does not exist for them", async () => {
  for (const doc of corpus.inB) {
    const { body } = await h.gql(analystA, 'query($id: ID!) { document(id: $id) { id title } }', {
      id: doc.id,
    });
    assert.equal(body.errors, undefined);
    assert.equal(body.data?.document, null);
  }
});

test('_entities resolves Documents with the same collection filter', async () => {
  const { body } = await h.gql<{ _entities: Array<{ id: string; title: string } | null> }>(
    analystA,
    'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Document { id title } } }',
    {
      reps: [
        { __typename: 'Document', id: corpus.german.id },
        { __typename: 'Document', id: corpus.secret.id },
        { __typename: 'Document', id: 'no-such-document' },
      ],
    },
  );
  assert.equal(body.errors, undefined);
  assert.deepEqual(body.data?._entities, [
    { id: corpus.german.id, title: corpus.german.title },
    null,
    null,
  ]);
});

test('children, parent and versions stay inside the viewer collections', async () => {
  const { body } = await h.gql<{
    document: {
      children: Page;
      versions: Array<{
        id: string;
        version: number;
        isLatest: boolean;
        sha256: string;
        createdAt: string;
      }>;
    };
  }>(
    analystA,
    `query($mail: ID!) { document(id: $mail) {
       children(first: 1) { totalCount hasNextPage endCursor nodes { id title collectionId collection { id } } }
       versions { id version isLatest sha256 createdAt } } }`,
    { mail: corpus.mail.id },
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  const children = body.data!.document.children;
  // B's document names the mail as parent too; it is not counted.
  assert.equal(children.totalCount, 2);
  assert.equal(children.hasNextPage, true);
  const next = await h.gql<{ document: { children: Page } }>(
    analystA,
    'query($mail: ID!, $after: String) { document(id: $mail) { children(first: 1, after: $after) { hasNextPage nodes { id } } } }',
    { mail: corpus.mail.id, after: children.endCursor },
  );
  const childIds = [children.nodes[0]!.id, next.body.data!.document.children.nodes[0]!.id];
  assert.deepEqual(childIds, [corpus.notes.id, corpus.schedule.id]);
  assert.equal(next.body.data!.document.children.hasNextPage, false);
  assert.deepEqual(body.data!.document.versions, [
    {
      id: corpus.mail.id,
      version: 1,
      isLatest: true,
      sha256: corpus.mail.sha256,
      createdAt: corpus.mail.ingestedAt,
    },
  ]);

  const parent = await h.gql<{ document: { parent: { id: string } | null } }>(
    analystA,
    'query($id: ID!) { document(id: $id) { parent { id title } } }',
    { id: corpus.schedule.id },
  );
  assert.equal(parent.body.data?.document.parent?.id, corpus.mail.id);

  const versions = await h.gql<{
    document: { versions: Array<{ id: string; version: number; isLatest: boolean }> };
  }>(analystA, 'query($id: ID!) { document(id: $id) { versions { id version isLatest } } }', {
    id: corpus.reportV1.id,
  });
  // B holds a version 3 of the same lineage: invisible to A.
  assert.deepEqual(versions.body.data?.document.versions, [
    { id: corpus.report.id, version: 2, isLatest: true },
    { id: corpus.reportV1.id, version: 1, isLatest: false },
  ]);
});

interface TextPage {
  page: number;
  pageCount: number;
  start: number;
  end: number;
  text: string;
  highlights: Array<{ start: number; end: number }>;
}

async function textPage(id: string, page: number | null, highlight?: string) {
  return h.gql<{ document: { text: TextPage } }>(
    analystA,
    'query($id: ID!, $page: Int, $highlight: String) { document(id: $id) { text(page: $page, highlight: $highlight) { page pageCount start end text highlights { start end } } } }',
    { id, page, highlight },
  );
}

test('text pages are the chunks in order, with their offsets', async () => {
  const doc = corpus.report;
  for (const chunk of doc.chunks) {
    const { body } = await textPage(doc.id, chunk.seq + 1);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const page = body.data!.document.text;
    assert.equal(page.page, chunk.seq + 1);
    assert.equal(page.pageCount, doc.chunks.length);
    assert.equal(page.start, chunk.start);
    assert.equal(page.end, chunk.end);
    // The forged marker characters are removed from the text shown.
    assert.equal(page.text, chunkText(chunk).replace(/[\uE000\uE001]/g, ''));
    assert.deepEqual(page.highlights, []);
  }
  const first = await textPage(doc.id, null);
  assert.equal(first.body.data?.document.text.page, 1);
});

test('a highlight query marks its matches over the whole page', async () => {
  const { body } = await textPage(corpus.report.id, 1, 'the budget OR terminal');
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  const page = body.data!.document.text;
  assert.deepEqual(
    page.highlights.map(({ start, end }) => page.text.slice(start, end)),
    ['budget', 'terminal'],
  );
  const german = (await textPage(corpus.german.id, 2, 'Baggerarbeiten')).body.data!.document.text;
  assert.deepEqual(
    german.highlights.map(({ start, end }) => german.text.slice(start, end)),
    ['Baggerarbeiten'],
  );
  const none = (await textPage(corpus.report.id, 2, 'lighthouse')).body.data!.document.text;
  assert.deepEqual(none.highlights, []);
});

test('a page out of range is BAD_USER_INPUT', async () => {
  for (const page of [0, -1, corpus.report.chunks.length + 1]) {
    const { body } = await textPage(corpus.report.id, page);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', String(page));
    assert.equal(body.errors?.[0]?.extensions?.field, 'page');
  }
});

test('list limits and forged cursors are BAD_USER_INPUT', async () => {
  const big = await h.gql(analystA, '{ documents(first: 101) { totalCount } }');
  assert.equal(big.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(big.body.errors?.[0]?.extensions?.field, 'first');
  const cursor = await h.gql(analystA, '{ documents(after: "bm9wZQ") { totalCount } }');
  assert.equal(cursor.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(cursor.body.errors?.[0]?.extensions?.field, 'after');
});
