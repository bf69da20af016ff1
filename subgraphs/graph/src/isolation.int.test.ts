/**
 * A reader of collection A never learns anything from collection B, through any field, count,
 * alias, neighbour, weight, path, triple, search hit or federated `_entities` call. The scenario
 * (testing/scenario.ts) puts Merz, the CDU and Berlin in both collections and "Hidden Holding",
 * "Fritz Merz", a Merz-Hidden Holding edge and a triple in B only. Each check also runs as a reader
 * of B (or of both), so it cannot pass because the query finds nothing for anyone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testRun } from '@quarry/graph-store/testing/test-run.ts';
import { startGraphTestApp, type GraphTestApp } from './testing/graph-test-app.ts';
import { writeScenario, type Scenario } from './testing/scenario.ts';

const ids = testRun('graph-isolation');
let graph: GraphTestApp;
let s: Scenario;
let readerOfA: string;
let readerOfB: string;
let readerOfBoth: string;
let readerOfNone: string;

before(async () => {
  graph = await startGraphTestApp();
  s = await writeScenario(graph.driver, ids);
  [readerOfA, readerOfB, readerOfBoth, readerOfNone] = await Promise.all([
    graph.tokenFor([s.A]),
    graph.tokenFor([s.B]),
    graph.tokenFor([s.A, s.B]),
    graph.tokenFor([]),
  ]);
});

after(async () => {
  await ids.cleanUp(graph.driver);
  await graph.close();
});

async function as<T>(
  token: string,
  source: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { body } = await graph.gql<T>(source, variables, token);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.ok(body.data);
  return body.data;
}

const ENTITY_FIELDS = `key name type aliases kb { source id title } mentionCount documentCount firstSeen lastSeen
  hidden mergedKeys documents { id } mentions(first: 100) { id documentId text }
  triples(first: 100) { id relation { text } object { text entity { key } } }
  cooccurring(first: 100) { entity { key } weight documents firstSeen lastSeen }
  timeline { month mentions documents }`;

describe('an entity known only from B', () => {
  const lookups = `query($key: ID!) {
    entity(key: $key) { key }
    entitiesByKeys(keys: [$key]) { key }
  }`;

  test('does not exist for a reader of A, or of nothing', async () => {
    for (const token of [readerOfA, readerOfNone]) {
      assert.deepEqual(await as(token, lookups, { key: s.secret }), {
        entity: null,
        entitiesByKeys: [],
      });
    }
    assert.deepEqual(await as(readerOfB, lookups, { key: s.secret }), {
      entity: { key: s.secret },
      entitiesByKeys: [{ key: s.secret }],
    });
  });

  test('is found by no search, top list, neighbourhood or path of a reader of A', async () => {
    const source = `query($secret: ID!, $merz: ID!) {
      byName: searchEntities(query: "Hidden Holding", first: 100) { entity { key } }
      byPrefix: searchEntities(query: "hidd", first: 100) { entity { key } }
      top: topEntities(first: 500) { key }
      hood: neighbourhood(keys: [$merz], hops: 3, limit: 2000) { nodes { key } edges { source target } }
      fromSecret: neighbourhood(keys: [$secret]) { nodes { key } }
      paths(from: $merz, to: $secret, maxHops: 6, k: 10) { hops nodes { key } }
    }`;
    const secretIn = (data: Record<string, unknown>) => JSON.stringify(data).includes(s.secret);
    const ofA = await as<Record<string, unknown>>(readerOfA, source, {
      secret: s.secret,
      merz: s.merz,
    });
    assert.equal(secretIn(ofA), false, JSON.stringify(ofA));
    assert.deepEqual(ofA.fromSecret, { nodes: [] });
    assert.deepEqual(ofA.paths, []);
    const ofB = await as<Record<string, unknown>>(readerOfB, source, {
      secret: s.secret,
      merz: s.merz,
    });
    assert.ok(
      ['byName', 'byPrefix', 'top', 'hood', 'fromSecret', 'paths'].every((field) =>
        JSON.stringify(ofB[field]).includes(s.secret),
      ),
      JSON.stringify(ofB),
    );
  });
});

describe('an entity in both collections', () => {
  test('shows a reader of A exactly what A says, field for field', async () => {
    const { entity } = await as<{ entity: Record<string, unknown> }>(
      readerOfA,
      `query($key: ID!) { entity(key: $key) { ${ENTITY_FIELDS} } }`,
      { key: s.merz },
    );
    assert.equal(entity.name, 'Friedrich Merz');
    assert.deepEqual(entity.aliases, ['Friedrich Merz', 'Merz']);
    assert.equal(entity.mentionCount, 4);
    assert.equal(entity.documentCount, 2);
    assert.equal(entity.firstSeen, '2024-01-15T00:00:00.000Z');
    const text = JSON.stringify(entity);
    for (const fromB of [s.b1, s.secret, 'Fritz Merz', 'met', '2024-02']) {
      assert.ok(!text.includes(fromB), `${fromB} leaked: ${text}`);
    }
    const berlin = (entity.cooccurring as Array<{ entity: { key: string }; weight: number }>).find(
      (c) => c.entity.key === s.berlin,
    );
    // A has one Merz-Berlin sentence (a2); B's b1 has another
    assert.equal(berlin?.weight, 1);
  });

  test('shows a reader of B what B says, and a reader of both the sum', async () => {
    const source = `query($key: ID!) { entity(key: $key) { name aliases mentionCount documentCount
      cooccurring { entity { key } weight } } }`;
    const { entity: ofB } = await as<{ entity: Record<string, unknown> }>(readerOfB, source, {
      key: s.merz,
    });
    assert.equal(ofB.name, 'Fritz Merz');
    assert.deepEqual(ofB.aliases, ['Fritz Merz', 'Merz']);
    assert.equal(ofB.mentionCount, 2);
    const { entity: ofBoth } = await as<{
      entity: {
        mentionCount: number;
        documentCount: number;
        cooccurring: Array<{ entity: { key: string }; weight: number }>;
      };
    }>(readerOfBoth, source, { key: s.merz });
    assert.equal(ofBoth.mentionCount, 6);
    assert.equal(ofBoth.documentCount, 3);
    assert.equal(ofBoth.cooccurring.find((c) => c.entity.key === s.berlin)?.weight, 2);
  });

  test('counts and weights in neighbourhoods are A only', async () => {
    const source = `query($key: ID!) { neighbourhood(keys: [$key], hops: 2) {
      nodes { key name mentionCount documentCount } edges { source target weight documents } } }`;
    const { neighbourhood } = await as<{
      neighbourhood: {
        nodes: Array<{ key: string; name: string; mentionCount: number; documentCount: number }>;
        edges: Array<{ source: string; target: string; weight: number }>;
      };
    }>(readerOfA, source, { key: s.merz });
    assert.deepEqual(
      neighbourhood.nodes.find((n) => n.key === s.merz),
      { key: s.merz, name: 'Friedrich Merz', mentionCount: 4, documentCount: 2 },
    );
    // CDU: a1 twice, a2 once; B's b1 mention is not counted
    assert.deepEqual(
      neighbourhood.nodes.find((n) => n.key === s.cdu),
      { key: s.cdu, name: 'CDU', mentionCount: 3, documentCount: 2 },
    );
    const merzBerlin = neighbourhood.edges.find((e) => [e.source, e.target].includes(s.berlin));
    assert.equal(merzBerlin?.weight, 1);
  });

  test('collectionIds narrows, never widens', async () => {
    const source = `query($key: ID!, $c: [ID!]) {
      top: topEntities(collectionIds: $c, first: 500) { key }
      hood: neighbourhood(keys: [$key], collectionIds: $c) { nodes { key } }
      triples(collectionIds: $c, first: 500) { id }
    }`;
    const asked = await as<Record<string, unknown>>(readerOfA, source, {
      key: s.merz,
      c: [s.B],
    });
    assert.deepEqual(asked, { top: [], hood: { nodes: [] }, triples: [] });
    const narrowed = await as<{ triples: Array<{ id: string }> }>(readerOfBoth, source, {
      key: s.merz,
      c: [s.A],
    });
    assert.deepEqual(
      narrowed.triples.map((t) => t.id),
      [`${s.a1}#t0`],
    );
  });
});

describe('triples', () => {
  test('from B are not found by a reader of A, by any filter', async () => {
    const source = `query($merz: ID!, $secret: ID!, $b1: ID!) {
      all: triples(first: 500) { id }
      byRelation: triples(relation: "met") { id }
      bySubject: triples(subjectKey: $merz) { id }
      byObject: triples(objectKey: $secret) { id }
      byDocument: triples(documentId: $b1) { id }
    }`;
    const variables = { merz: s.merz, secret: s.secret, b1: s.b1 };
    const ofA = await as<Record<string, Array<{ id: string }>>>(readerOfA, source, variables);
    assert.ok(!JSON.stringify(ofA).includes(s.b1), JSON.stringify(ofA));
    const ofB = await as<Record<string, Array<{ id: string }>>>(readerOfB, source, variables);
    for (const field of ['byRelation', 'bySubject', 'byObject', 'byDocument']) {
      assert.deepEqual(
        ofB[field]?.map((t) => t.id),
        [`${s.b1}#t0`],
        field,
      );
    }
  });
});

describe('_entities for Document', () => {
  const source = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Document {
    id entities { key name mentionCount } mentions { id text } triples { id }
  } } }`;
  const reps = (id: string) => ({ reps: [{ __typename: 'Document', id }] });

  test("B's document answers a reader of A exactly like a document that does not exist", async () => {
    const b1 = await as<{ _entities: unknown[] }>(readerOfA, source, reps(s.b1));
    const missing = await as<{ _entities: Array<{ id: string }> }>(
      readerOfA,
      source,
      reps(`missing-${ids.run}`),
    );
    assert.deepEqual(b1._entities, [{ id: s.b1, entities: [], mentions: [], triples: [] }]);
    assert.deepEqual(missing._entities, [
      { id: `missing-${ids.run}`, entities: [], mentions: [], triples: [] },
    ]);
    const ofB = await as<{ _entities: Array<{ entities: unknown[]; triples: unknown[] }> }>(
      readerOfB,
      source,
      reps(s.b1),
    );
    assert.equal(ofB._entities[0]?.entities.length, 4);
    assert.equal(ofB._entities[0]?.triples.length, 1);
  });

  test("A's document shows its entities with A's counts only", async () => {
    const { _entities } = await as<{
      _entities: Array<{ entities: Array<{ key: string; name: string; mentionCount: number }> }>;
    }>(readerOfA, source, reps(s.a2));
    const merz = _entities[0]?.entities.find((e) => e.key === s.merz);
    assert.deepEqual(merz, { key: s.merz, name: 'Friedrich Merz', mentionCount: 4 });
  });
});
