import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { IndexedDocument } from '@quarry/search-index';
import { buildDocument } from '../testing/fixtures.ts';
import { startHarness, type Harness } from '../testing/harness.ts';

// Passages as the gateway asks for them: `_entities` with the graph subgraph's references
// ({documentId, start, end}), against a real Elasticsearch index.
let h: Harness;
let viewerA: string;
const docs: Record<string, IndexedDocument> = {};
const texts: Record<string, string> = {};

const REPORT = [
  'The harbour authority approved the budget for the new container terminal in March. ',
  'Friedrich Merz visited the quay with the minister and spoke to the dock workers. ',
  'Dredging of the outer channel continues until the end of the year, said the office.',
];
const SECRET = ['Friedrich Merz met the board of the secret shipyard in private.'];

before(async () => {
  h = await startHarness(process.env, (run, a, b) => {
    const doc = (key: string, collectionId: string, parts: string[]) => {
      texts[key] = parts.join('');
      return (docs[key] = buildDocument({
        id: `${run}-${key}`,
        collectionId,
        title: key,
        textLength: texts[key].length,
        texts: parts.map((text) => ({ text, language: 'en' })),
      }));
    };
    return [
      doc('report', a, REPORT),
      doc('note', a, ['Merz in Hamburg.']),
      doc('secret', b, SECRET),
    ];
  });
  viewerA = await h.token({ roles: ['viewer'], collections: [h.collectionA] });
});

after(async () => {
  await h?.close();
});

interface PassageAnswer {
  documentId: string;
  start: number;
  end: number;
  text: string | null;
  before: string | null;
  after: string | null;
  page: number | null;
}

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Passage { documentId start end text before after page } } }`;

function ref(key: string, needle: string) {
  const start = texts[key]!.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { __typename: 'Passage', documentId: docs[key]!.id, start, end: start + needle.length };
}

async function resolve(token: string, reps: object[]) {
  const { body } = await h.gql<{ _entities: Array<PassageAnswer | null> }>(token, ENTITIES, {
    reps,
  });
  return body;
}

test('a passage is the exact span with context cut at word boundaries, and its text page', async () => {
  const sentence = REPORT[1]!.trim();
  const body = await resolve(viewerA, [ref('report', sentence), ref('report', 'Friedrich Merz')]);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  const [whole, name] = body.data!._entities;
  assert.equal(whole?.text, sentence);
  assert.equal(whole?.page, 2);
  // 80 characters before the sentence reach into the first chunk: whole words only.
  assert.ok(whole.before!.length <= 80 && whole.before!.length > 60);
  assert.ok(REPORT[0]!.endsWith(whole.before!));
  assert.match(whole.before!, /^[a-z]+ /);
  assert.ok(REPORT[2]!.startsWith(whole.after!.trimStart()));
  assert.equal(name?.text, 'Friedrich Merz');
  assert.equal(name?.page, 2);
  assert.ok(texts.report!.includes(`${name.before}Friedrich Merz${name.after}`));
  assert.deepEqual(
    { documentId: name?.documentId, start: name?.start, end: name?.end },
    {
      documentId: docs.report!.id,
      start: texts.report!.indexOf('Friedrich Merz'),
      end: texts.report!.indexOf('Friedrich Merz') + 14,
    },
  );
});

test('a passage of an unreadable, missing or too short document resolves to null', async () => {
  const body = await resolve(viewerA, [
    ref('secret', 'Friedrich Merz'),
    { __typename: 'Passage', documentId: 'no-such-document', start: 0, end: 4 },
    { __typename: 'Passage', documentId: docs.note!.id, start: 10, end: 400 },
    ref('note', 'Hamburg'),
  ]);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.deepEqual(
    body.data!._entities.map((p) => p?.text ?? null),
    [null, null, null, 'Hamburg'],
  );
  // The reader of B gets B's passage: the null above was the access check, not the data.
  const viewerB = await h.token({ roles: ['viewer'], collections: [h.collectionB] });
  const forB = await resolve(viewerB, [ref('secret', 'Friedrich Merz')]);
  assert.equal(forB.data!._entities[0]?.after, ' met the board of the secret shipyard in private.');
});

test('one Elasticsearch request per distinct document, however many passages', async () => {
  const search = h.client.search.bind(h.client);
  let requests = 0;
  // A spy on the real client the service uses: the requests still go to Elasticsearch.
  h.client.search = ((...args: Parameters<typeof search>) => {
    requests += 1;
    return search(...args);
  }) as typeof h.client.search;
  try {
    const body = await resolve(viewerA, [
      ref('report', 'harbour authority'),
      ref('report', 'Friedrich Merz'),
      ref('report', 'outer channel'),
      ref('note', 'Merz'),
      ref('note', 'Hamburg'),
    ]);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(
      body.data!._entities.map((p) => [p?.text, p?.page]),
      [
        ['harbour authority', 1],
        ['Friedrich Merz', 2],
        ['outer channel', 3],
        ['Merz', 1],
        ['Hamburg', 1],
      ],
    );
    assert.equal(requests, 2);
  } finally {
    h.client.search = search as typeof h.client.search;
  }
});

test('a malformed span is refused with BAD_USER_INPUT', async () => {
  const body = await resolve(viewerA, [
    { __typename: 'Passage', documentId: docs.note!.id, start: 8, end: 2 },
  ]);
  assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});
