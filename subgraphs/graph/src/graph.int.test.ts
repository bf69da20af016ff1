/**
 * Every query of the read API (docs/graph-api.md) against real Neo4j, on a graph written the way
 * the pipeline writes it (testing/scenario.ts), as a reader of collection A. What a reader of A must
 * NOT see of collection B is isolation.int.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signAccessToken } from '@quarry/auth';
import { testRun } from '@quarry/graph-store/testing/test-run.ts';
import { startGraphTestApp, type GraphTestApp } from './testing/graph-test-app.ts';
import { writeScenario, type Scenario } from './testing/scenario.ts';

const ids = testRun('graph-api');
let graph: GraphTestApp;
let s: Scenario;
let readerOfA: string;

before(async () => {
  graph = await startGraphTestApp();
  s = await writeScenario(graph.driver, ids);
  readerOfA = await graph.tokenFor([s.A]);
});

after(async () => {
  await ids.cleanUp(graph.driver);
  await graph.close();
});

/** Runs a query as the reader of A; fails the test on any error. */
async function query<T>(source: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await graph.gql<T>(source, variables, readerOfA);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.ok(body.data);
  return body.data;
}

/** The error code of a query that must fail, as the reader of A. */
async function errorCode(source: string, variables: Record<string, unknown> = {}) {
  const { body } = await graph.gql(source, variables, readerOfA);
  return body.errors?.[0]?.extensions?.code;
}

const keys = (list: Array<{ key: string }>) => list.map((e) => e.key);

test('without a valid token the subgraph answers UNAUTHENTICATED', async () => {
  const viewer = { id: 'u1', email: 'a@example.org', name: 'A', roles: [], collections: [s.A] };
  const bearers: Array<[string, string | null]> = [
    ['none', null],
    ['forged', await signAccessToken(viewer, `${graph.secret}-forged`, 300)],
    ['expired', await signAccessToken(viewer, graph.secret, -60)],
    ['garbage', 'not-a-jwt'],
  ];
  for (const [kind, bearer] of bearers) {
    const { status, body } = await graph.gql('{ entity(key: "x") { key } }', {}, bearer);
    assert.equal(status, 401, kind);
    assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', kind);
    assert.equal(body.data ?? null, null, kind);
  }
});

describe('entity(key:)', () => {
  test('its facts as the readable documents show them', async () => {
    const { entity } = await query<{ entity: Record<string, unknown> }>(
      `query($key: ID!) { entity(key: $key) {
        key name type aliases kb { source } mentionCount documentCount firstSeen lastSeen hidden mergedKeys
      } }`,
      { key: s.merz },
    );
    assert.deepEqual(entity, {
      key: s.merz,
      // a1 calls it "Friedrich Merz", a2 "Merz": one document each, the tie goes alphabetically
      name: 'Friedrich Merz',
      type: 'PERSON',
      aliases: ['Friedrich Merz', 'Merz'],
      kb: null,
      mentionCount: 4,
      documentCount: 2,
      firstSeen: '2024-01-15T00:00:00.000Z',
      lastSeen: '2024-03-02T00:00:00.000Z',
      hidden: false,
      mergedKeys: [],
    });
  });

  test('a knowledge-base key has its link', async () => {
    const { entity } = await query<{ entity: Record<string, unknown> }>(
      `query($key: ID!) { entity(key: $key) { name type kb { source id title url latitude longitude } } }`,
      { key: s.berlin },
    );
    const id = s.berlin.slice('geonames:'.length);
    assert.deepEqual(entity, {
      name: 'Berlin',
      type: 'LOCATION',
      kb: {
        source: 'geonames',
        id,
        title: 'Berlin',
        url: `https://www.geonames.org/${id}`,
        latitude: 52.52,
        longitude: 13.405,
      },
    });
  });

  test('documents (most mentions first), mentions with offsets and sentences, triples', async () => {
    const { entity } = await query<{
      entity: {
        documents: Array<{ id: string }>;
        mentions: Array<Record<string, unknown>>;
        triples: Array<Record<string, unknown>>;
      };
    }>(
      `query($key: ID!) { entity(key: $key) {
        documents { id }
        mentions(first: 2) { id documentId start end text type entityKey confidence seenAt
          sentence { documentId start end } document { id } }
        triples { documentId subject { text entity { key } } relation { text start end entity { key } }
          object { text entity { key name } } confidence seenAt sentence { start end } document { id } }
      } }`,
      { key: s.merz },
    );
    // a1 and a2 both mention Merz twice: equal counts go by document id
    assert.deepEqual(
      entity.documents.map((d) => d.id),
      [s.a1, s.a2].sort(),
    );
    // newest document first, then in text order
    assert.deepEqual(entity.mentions, [
      {
        id: `${s.a2}#m0`,
        documentId: s.a2,
        start: 0,
        end: 4,
        text: 'Merz',
        type: 'PERSON',
        entityKey: s.merz,
        confidence: 0.9,
        seenAt: '2024-03-02T00:00:00.000Z',
        sentence: { documentId: s.a2, start: 0, end: 999 },
        document: { id: s.a2 },
      },
      {
        id: `${s.a2}#m2`,
        documentId: s.a2,
        start: 1000,
        end: 1004,
        text: 'Merz',
        type: 'PERSON',
        entityKey: s.merz,
        confidence: 0.9,
        seenAt: '2024-03-02T00:00:00.000Z',
        sentence: { documentId: s.a2, start: 1000, end: 1999 },
        document: { id: s.a2 },
      },
    ]);
    assert.deepEqual(entity.triples, [
      {
        documentId: s.a1,
        subject: { text: 'Merz', entity: { key: s.merz } },
        relation: { text: 'leads', start: 1505, end: 1510, entity: null },
        object: { text: 'the CDU', entity: { key: s.cdu, name: 'CDU' } },
        confidence: 0.7,
        seenAt: '2024-01-15T00:00:00.000Z',
        sentence: { start: 1000, end: 1999 },
        document: { id: s.a1 },
      },
    ]);
  });

  test('mentions page and filter by document', async () => {
    const { entity } = await query<{
      entity: { page: Array<{ id: string }>; inA1: Array<{ id: string }> };
    }>(
      `query($key: ID!, $doc: ID) { entity(key: $key) {
        page: mentions(first: 2, offset: 2) { id }
        inA1: mentions(documentId: $doc) { id }
      } }`,
      { key: s.merz, doc: s.a1 },
    );
    assert.deepEqual(
      entity.page.map((m) => m.id),
      [`${s.a1}#m0`, `${s.a1}#m2`],
    );
    assert.deepEqual(
      entity.inA1.map((m) => m.id),
      [`${s.a1}#m0`, `${s.a1}#m2`],
    );
  });

  test('co-occurring entities with weights, heaviest first, filtered by type; a timeline', async () => {
    const { entity } = await query<{
      entity: {
        cooccurring: Array<Record<string, unknown>>;
        people: Array<{ entity: { key: string } }>;
        timeline: unknown;
      };
    }>(
      `query($key: ID!) { entity(key: $key) {
        cooccurring { entity { key } weight documents firstSeen lastSeen }
        people: cooccurring(types: ["PERSON"]) { entity { key } }
        timeline { month mentions documents }
      } }`,
      { key: s.merz },
    );
    const [heaviest, ...rest] = entity.cooccurring;
    assert.deepEqual(heaviest, {
      entity: { key: s.cdu },
      weight: 3,
      documents: 2,
      firstSeen: '2024-01-15T00:00:00.000Z',
      lastSeen: '2024-03-02T00:00:00.000Z',
    });
    assert.deepEqual(
      rest.map((c) => [(c.entity as { key: string }).key, c.weight]),
      [
        [s.berlin, 1],
        [s.scholz, 1],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    assert.deepEqual(
      entity.people.map((c) => c.entity.key),
      [s.scholz],
    );
    assert.deepEqual(entity.timeline, [
      { month: '2024-01', mentions: 2, documents: 1 },
      { month: '2024-03', mentions: 2, documents: 1 },
    ]);
  });

  test('an unknown key is null', async () => {
    const data = await query<{ entity: null }>(
      '{ entity(key: "name:PERSON:nobody at all") { key } }',
    );
    assert.equal(data.entity, null);
  });
});

test('entitiesByKeys: in the order asked, unknown keys left out', async () => {
  const data = await query<{ entitiesByKeys: Array<{ key: string }> }>(
    'query($keys: [ID!]!) { entitiesByKeys(keys: $keys) { key } }',
    { keys: [s.scholz, 'name:PERSON:nobody at all', s.merz, s.scholz] },
  );
  assert.deepEqual(keys(data.entitiesByKeys), [s.scholz, s.merz]);
});

describe('searchEntities', () => {
  const search = async (text: string, types?: string[]) =>
    (
      await query<{
        searchEntities: Array<{ entity: { key: string }; matched: string; score: number }>;
      }>(
        'query($q: String!, $types: [String!]) { searchEntities(query: $q, types: $types, first: 50) { entity { key } matched score } }',
        { q: text, types },
      )
    ).searchEntities;
  // The dev Neo4j holds other graphs too: look at this run's entities only.
  const ours = (hits: Array<{ entity: { key: string } }>) =>
    hits.map((h) => h.entity.key).filter((key) => key.includes(ids.run));

  test('by prefix, over names and readable aliases, each entity once', async () => {
    const hits = await search('Merz');
    assert.deepEqual(ours(hits), [s.merz]);
    assert.deepEqual(ours(await search('friedr')), [s.merz]);
    assert.ok(hits.every((h) => h.score > 0));
  });

  test('typo tolerant', async () => {
    assert.deepEqual(ours(await search('Scholtz')), [s.scholz]);
  });

  test('filtered by type; Lucene syntax in the text is only text', async () => {
    assert.deepEqual(ours(await search('Merz', ['ORGANIZATION'])), []);
    assert.deepEqual(ours(await search('Merz', ['PERSON'])), [s.merz]);
    assert.deepEqual(ours(await search('Merz AND (* OR "x") ~ \\')), []);
    assert.deepEqual(ours(await search('scholz:*')), [s.scholz]);
  });
});

describe('topEntities', () => {
  const top = async (variables: Record<string, unknown>) =>
    (
      await query<{ topEntities: Array<{ key: string; mentionCount: number }> }>(
        `query($types: [String!], $from: String, $to: String, $c: [ID!]) {
          topEntities(types: $types, from: $from, to: $to, collectionIds: $c, first: 10) { key mentionCount }
        }`,
        { c: [s.A], ...variables },
      )
    ).topEntities;

  test('most mentioned first, by type and time window', async () => {
    assert.deepEqual(keys(await top({})).slice(0, 2), [s.merz, s.cdu]);
    assert.deepEqual(keys(await top({ types: ['PERSON'] })), [s.merz, s.scholz]);
    // a1 is from January: the window February..March has a2 only
    const window = await top({ from: '2024-02', to: '2024-03' });
    assert.deepEqual(keys(window)[0], s.merz);
    assert.deepEqual(new Set(keys(window)), new Set([s.merz, s.berlin, s.scholz, s.cdu]));
    assert.deepEqual(await top({ to: '2023-12' }), []);
  });
});

describe('neighbourhood', () => {
  interface Hood {
    nodes: Array<{
      key: string;
      name: string;
      type: string;
      mentionCount: number;
      documentCount: number;
    }>;
    edges: Array<{ source: string; target: string; weight: number; documents: number }>;
    capped: boolean;
    limit: number;
  }
  const hood = async (variables: Record<string, unknown>) =>
    (
      await query<{ neighbourhood: Hood }>(
        `query($keys: [ID!]!, $hops: Int, $limit: Int, $types: [String!], $minWeight: Int, $from: String, $to: String) {
          neighbourhood(keys: $keys, hops: $hops, limit: $limit, types: $types, minWeight: $minWeight, from: $from, to: $to) {
            nodes { key name type mentionCount documentCount } edges { source target weight documents } capped limit
          }
        }`,
        { keys: [s.merz], ...variables },
      )
    ).neighbourhood;
  const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const edgeSet = (h: Hood) =>
    Object.fromEntries(h.edges.map((e) => [pair(e.source, e.target), e.weight]));

  test('one hop: the neighbours, and the edges among them', async () => {
    const h = await hood({});
    assert.equal(h.capped, false);
    assert.equal(h.limit, 200);
    assert.deepEqual(new Set(keys(h.nodes)), new Set([s.merz, s.cdu, s.berlin, s.scholz]));
    assert.deepEqual(
      h.nodes.find((n) => n.key === s.merz),
      {
        key: s.merz,
        name: 'Friedrich Merz',
        type: 'PERSON',
        mentionCount: 4,
        documentCount: 2,
      },
    );
    assert.deepEqual(edgeSet(h), {
      [pair(s.merz, s.cdu)]: 3,
      [pair(s.merz, s.berlin)]: 1,
      [pair(s.merz, s.scholz)]: 1,
      [pair(s.scholz, s.cdu)]: 1,
    });
    for (const edge of h.edges) assert.ok(edge.source < edge.target, 'one orientation per edge');
  });

  test('capped: the seeds and the heaviest neighbours', async () => {
    const h = await hood({ limit: 2 });
    assert.equal(h.capped, true);
    assert.deepEqual(keys(h.nodes).sort(), [s.merz, s.cdu].sort());
    assert.deepEqual(edgeSet(h), { [pair(s.merz, s.cdu)]: 3 });
  });

  test('weight, type and time filters', async () => {
    assert.deepEqual(keys((await hood({ minWeight: 2 })).nodes).sort(), [s.merz, s.cdu].sort());
    assert.deepEqual(
      keys((await hood({ types: ['LOCATION'] })).nodes).sort(),
      [s.merz, s.berlin].sort(),
    );
    const january = await hood({ to: '2024-01' });
    assert.deepEqual(edgeSet(january), { [pair(s.merz, s.cdu)]: 2 });
  });

  test('two hops reach the neighbours of neighbours', async () => {
    const fromBerlin = await hood({ keys: [s.berlin], hops: 1 });
    assert.deepEqual(keys(fromBerlin.nodes).sort(), [s.berlin, s.merz].sort());
    const twoHops = await hood({ keys: [s.berlin], hops: 2 });
    assert.deepEqual(new Set(keys(twoHops.nodes)), new Set([s.berlin, s.merz, s.cdu, s.scholz]));
    assert.equal(edgeSet(twoHops)[pair(s.scholz, s.cdu)], 1);
  });

  test('unknown seeds give an empty neighbourhood', async () => {
    const h = await hood({ keys: ['name:PERSON:nobody at all'] });
    assert.deepEqual(h, { nodes: [], edges: [], capped: false, limit: 200 });
  });
});

describe('paths', () => {
  const paths = async (variables: Record<string, unknown>) =>
    (
      await query<{
        paths: Array<{
          hops: number;
          nodes: Array<{ key: string }>;
          edges: Array<{ weight: number }>;
        }>;
      }>(
        `query($from: ID!, $to: ID!, $maxHops: Int, $k: Int, $minWeight: Int) {
          paths(from: $from, to: $to, maxHops: $maxHops, k: $k, minWeight: $minWeight) { hops nodes { key } edges { source target weight } }
        }`,
        { from: s.scholz, to: s.merz, ...variables },
      )
    ).paths;

  test('k shortest simple paths, shortest first', async () => {
    const found = await paths({ k: 5 });
    assert.deepEqual(
      found.map((p) => keys(p.nodes)),
      [
        [s.scholz, s.merz],
        [s.scholz, s.cdu, s.merz],
      ],
    );
    assert.deepEqual(
      found.map((p) => p.hops),
      [1, 2],
    );
    assert.deepEqual(
      found[1]?.edges.map((e) => e.weight),
      [1, 3],
    );
  });

  test('k, the hop limit and the weight filter', async () => {
    assert.equal((await paths({ k: 1 })).length, 1);
    assert.deepEqual(
      (await paths({ maxHops: 1 })).map((p) => p.hops),
      [1],
    );
    // every edge of the direct path weighs 1; the path over the CDU has a 1 too
    assert.deepEqual(await paths({ minWeight: 2 }), []);
    assert.deepEqual(await paths({ to: 'name:PERSON:nobody at all' }), []);
  });
});

describe('triples', () => {
  const triples = async (variables: Record<string, unknown>) =>
    (
      await query<{ triples: Array<{ id: string; relation: { text: string } }> }>(
        `query($subject: String, $relation: String, $object: String, $subjectKey: ID, $objectKey: ID, $entityKey: ID, $documentId: ID, $c: [ID!]) {
          triples(subject: $subject, relation: $relation, object: $object, subjectKey: $subjectKey, objectKey: $objectKey,
            entityKey: $entityKey, documentId: $documentId, collectionIds: $c) { id relation { text } }
        }`,
        { c: [s.A, s.B], ...variables },
      )
    ).triples;
  const leads = () => [`${s.a1}#t0`];

  test('by text of subject, relation or object, by entity, by document', async () => {
    assert.deepEqual(
      (await triples({ relation: 'LEAD' })).map((t) => t.id),
      leads(),
    );
    assert.deepEqual(
      (await triples({ subject: 'merz', object: 'cdu' })).map((t) => t.id),
      leads(),
    );
    assert.deepEqual(
      (await triples({ entityKey: s.cdu })).map((t) => t.id),
      leads(),
    );
    assert.deepEqual(
      (await triples({ subjectKey: s.merz })).map((t) => t.id),
      leads(),
    );
    assert.deepEqual(
      (await triples({ objectKey: s.merz })).map((t) => t.id),
      [],
    );
    assert.deepEqual(
      (await triples({ documentId: s.a1 })).map((t) => t.id),
      leads(),
    );
    assert.deepEqual(
      (await triples({ documentId: s.a2 })).map((t) => t.id),
      [],
    );
    assert.deepEqual(
      (await triples({ entityKey: 'name:PERSON:nobody at all' })).map((t) => t.id),
      [],
    );
  });
});

describe('Document (federation stub)', () => {
  test('its entities, mentions in text order and triples', async () => {
    const data = await query<{
      _entities: Array<{
        id: string;
        entities: Array<{ key: string }>;
        mentions: Array<{ start: number; type: string; entityKey: string }>;
        people: Array<{ text: string }>;
        triples: Array<{ id: string }>;
      }>;
    }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Document {
        id entities { key } mentions { start type entityKey } people: mentions(types: ["PERSON"]) { text } triples { id }
      } } }`,
      { reps: [{ __typename: 'Document', id: s.a2 }] },
    );
    const [document] = data._entities;
    assert.ok(document);
    assert.equal(document.id, s.a2);
    assert.deepEqual(keys(document.entities).slice(0, 1), [s.merz]);
    assert.deepEqual(
      new Set(keys(document.entities)),
      new Set([s.merz, s.berlin, s.scholz, s.cdu]),
    );
    assert.deepEqual(
      document.mentions.map((m) => m.start),
      [...document.mentions.map((m) => m.start)].sort((a, b) => a - b),
    );
    assert.equal(document.mentions.length, 5);
    assert.deepEqual(
      document.people.map((m) => m.text),
      ['Merz', 'Merz', 'Olaf Scholz'],
    );
    assert.deepEqual(document.triples, []);
  });

  test('a document the pipeline has not enriched yet answers "no entities"', async () => {
    const data = await query<{ _entities: unknown[] }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Document { id entities { key } mentions { id } triples { id } } } }`,
      { reps: [{ __typename: 'Document', id: `missing-${ids.run}` }] },
    );
    assert.deepEqual(data._entities, [
      { id: `missing-${ids.run}`, entities: [], mentions: [], triples: [] },
    ]);
  });
});

describe('input caps answer BAD_USER_INPUT', () => {
  const cases: Array<[string, string, Record<string, unknown>?]> = [
    ['hops above 3', '{ neighbourhood(keys: ["x"], hops: 4) { limit } }'],
    ['limit above 2000', '{ neighbourhood(keys: ["x"], limit: 2001) { limit } }'],
    ['limit below 1', '{ neighbourhood(keys: ["x"], limit: 0) { limit } }'],
    ['no keys', '{ neighbourhood(keys: []) { limit } }'],
    ['k above 10', '{ paths(from: "x", to: "y", k: 11) { hops } }'],
    ['maxHops above 6', '{ paths(from: "x", to: "y", maxHops: 7) { hops } }'],
    ['first above 500', '{ topEntities(first: 501) { key } }'],
    ['an unknown type', '{ topEntities(types: ["ALIEN"]) { key } }'],
    ['a date that is not one', '{ topEntities(from: "last week") { key } }'],
    ['an empty query', '{ searchEntities(query: "  ") { score } }'],
    ['a query too long', `{ searchEntities(query: "${'a'.repeat(201)}") { score } }`],
    [
      'more than 500 keys',
      'query($keys: [ID!]!) { entitiesByKeys(keys: $keys) { key } }',
      { keys: Array.from({ length: 501 }, (_, i) => `k${i}`) },
    ],
    ['a nested first too big', '{ entity(key: "x") { documents(first: 100000) { id } } }'],
    [
      'a nested first too big under _entities',
      '{ _entities(representations: [{__typename: "Document", id: "x"}]) { ... on Document { triples(first: 9999) { id } } } }',
    ],
  ];
  for (const [name, source, variables] of cases) {
    test(name, async () => {
      assert.equal(await errorCode(source, variables), 'BAD_USER_INPUT');
    });
  }
});

test('the only mutations are the curation mutations, and no root Document queries', async () => {
  const { body } = await graph.gql<{
    schema: {
      mutationType: null | { fields: Array<{ name: string }> };
      queryType: { fields: Array<{ name: string }> };
    };
  }>(
    '{ schema: __schema { mutationType { fields { name } } queryType { fields { name } } } }',
    {},
    readerOfA,
  );
  const { CURATION_MUTATIONS } = await import('./curation/index.ts');
  const mutations = body.data?.schema.mutationType?.fields.map((f) => f.name) ?? [];
  assert.deepEqual(mutations.sort(), Object.keys(CURATION_MUTATIONS).sort());
  const fields = body.data?.schema.queryType.fields.map((f) => f.name) ?? [];
  assert.ok(fields.includes('neighbourhood'));
  assert.ok(!fields.some((f) => /documents?$/i.test(f)));
});
