/**
 * Issue 4: a viewer of collection A learns nothing about collection B through anything the graph
 * subgraph serves (lists, connections, counts, aggregates, nested traversals, federation lookups,
 * filters, sorting and paging). Real Neo4j; every id carries this run's UUID.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { envSchema } from './env.ts';
import { startGraphTestApp, type GraphTestApp } from './testing/graph-test-app.ts';

const secret = process.env.QUARRY_JWT_SECRET ?? 'integration-test-secret-0123456789abcdef';
const env = envSchema.parse({ ...process.env, PORT: '0', QUARRY_JWT_SECRET: secret });
const run = randomUUID();
const A = `col-a-${run}`;
const B = `col-b-${run}`;
const entity = (key: string, name: string, type: string, collectionId: string) => ({
  id: `${key}-${run}`,
  name,
  type,
  collectionId,
});
const ada = entity('a1', 'Ada Lovelace', 'PERSON', A);
const engine = entity('a2', 'Analytical Engine', 'THING', A);
// B's names sort around A's and are the longest and shortest, so any leak shows in order and aggregates.
const hidden = entity('b1', 'Hidden Corporation Worldwide', 'ORGANIZATION', B);
const bo = entity('b2', 'Bo', 'PERSON', B);
const entities = [ada, engine, hidden, bo];
const ids = entities.map((e) => e.id);
/** Mentioned by entities of both collections. */
const shared = `doc-shared-${run}`;
const docA = `doc-a-${run}`;
const docB = `doc-b-${run}`;
const missing = `doc-missing-${run}`;

let graph: GraphTestApp;
let viewerA: string;
let viewerBoth: string;
let viewerNone: string;

interface Connection {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function data<T>(
  query: string,
  variables: Record<string, unknown>,
  bearer: string,
): Promise<T> {
  const { status, body } = await graph.gql<T>(query, variables, bearer);
  assert.equal(status, 200);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.ok(body.data);
  return body.data;
}

const idsOf = (list: Array<{ id: string }>) => list.map((e) => e.id);

before(async () => {
  graph = await startGraphTestApp(env);
  [viewerA, viewerBoth, viewerNone] = await Promise.all([
    graph.tokenFor([A]),
    graph.tokenFor([A, B]),
    graph.tokenFor([]),
  ]);
  await graph.driver.executeQuery(
    `UNWIND $entities AS e CREATE (:Entity {id: e.id, name: e.name, type: e.type, collectionId: e.collectionId})
     WITH count(*) AS created
     CREATE (s:Document {id: $shared}), (a:Document {id: $docA}), (b:Document {id: $docB})
     WITH s, a, b
     MATCH (ada:Entity {id: $ada}), (engine:Entity {id: $engine}), (hidden:Entity {id: $hidden}), (bo:Entity {id: $bo})
     CREATE (s)-[:MENTIONS]->(ada), (s)-[:MENTIONS]->(hidden),
            (a)-[:MENTIONS]->(engine), (a)-[:MENTIONS]->(ada),
            (b)-[:MENTIONS]->(hidden), (b)-[:MENTIONS]->(bo)`,
    { entities, shared, docA, docB, ada: ada.id, engine: engine.id, hidden: hidden.id, bo: bo.id },
  );
});

after(async () => {
  await graph?.close([...ids, shared, docA, docB]);
});

describe('root entities', () => {
  const query =
    'query($ids: [ID!]) { entities(where: { id: { in: $ids } }, sort: [{ name: ASC }]) { id name type collectionId } }';

  test('a viewer of A sees only A', async () => {
    const { entities: seen } = await data<{ entities: typeof entities }>(query, { ids }, viewerA);
    assert.deepEqual(seen, [ada, engine]);
  });

  test('a viewer of both sees both', async () => {
    const { entities: seen } = await data<{ entities: typeof entities }>(
      query,
      { ids },
      viewerBoth,
    );
    assert.deepEqual(idsOf(seen), [ada.id, engine.id, bo.id, hidden.id]);
  });

  test('a token without collections sees nothing', async () => {
    const { entities: seen } = await data<{ entities: typeof entities }>(
      query,
      { ids },
      viewerNone,
    );
    assert.deepEqual(seen, []);
  });
});

describe('entitiesConnection', () => {
  const query = `query($ids: [ID!]) {
    entitiesConnection(where: { id: { in: $ids } }, sort: [{ name: ASC }]) {
      totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }
      aggregate { count { nodes } node { name { shortest longest } } }
    } }`;
  interface Answer {
    entitiesConnection: Connection & {
      aggregate: {
        count: { nodes: number };
        node: { name: { shortest: string; longest: string } };
      };
    };
  }

  test('edges, totalCount and aggregates count A only', async () => {
    const { entitiesConnection: c } = await data<Answer>(query, { ids }, viewerA);
    assert.deepEqual(
      c.edges.map((e) => e.node.id),
      [ada.id, engine.id],
    );
    assert.equal(c.totalCount, 2);
    assert.deepEqual(c.aggregate, {
      count: { nodes: 2 },
      node: { name: { shortest: 'Ada Lovelace', longest: 'Analytical Engine' } },
    });
  });

  test('a viewer of both counts all four; no collections counts zero', async () => {
    const both = (await data<Answer>(query, { ids }, viewerBoth)).entitiesConnection;
    assert.equal(both.totalCount, 4);
    assert.deepEqual(both.aggregate.node.name, { shortest: 'Bo', longest: hidden.name });
    const none = (await data<Answer>(query, { ids }, viewerNone)).entitiesConnection;
    assert.equal(none.totalCount, 0);
    assert.equal(none.aggregate.count.nodes, 0);
    assert.deepEqual(none.edges, []);
  });

  test('paging walks A only: cursors, hasNextPage and offsets', async () => {
    const page = `query($ids: [ID!], $after: String) {
      entitiesConnection(where: { id: { in: $ids } }, sort: [{ name: DESC }], first: 1, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await data<{ entitiesConnection: Connection }>(page, { ids }, viewerA))
      .entitiesConnection;
    assert.deepEqual(
      first.edges.map((e) => e.node.id),
      [engine.id],
    );
    assert.equal(first.pageInfo.hasNextPage, true);
    const second = (
      await data<{ entitiesConnection: Connection }>(
        page,
        { ids, after: first.pageInfo.endCursor },
        viewerA,
      )
    ).entitiesConnection;
    assert.deepEqual(
      second.edges.map((e) => e.node.id),
      [ada.id],
    );
    assert.equal(second.pageInfo.hasNextPage, false);
    assert.equal(second.totalCount, 2);
    const beyond = await data<{ entities: Array<{ id: string }> }>(
      'query($ids: [ID!]) { entities(where: { id: { in: $ids } }, sort: [{ name: ASC }], offset: 2, limit: 5) { id } }',
      { ids },
      viewerA,
    );
    assert.deepEqual(beyond.entities, []);
  });
});

describe("filters on B's ids, names and collection", () => {
  const filtered = async (where: Record<string, unknown>, bearer = viewerA) =>
    idsOf(
      (
        await data<{ entities: Array<{ id: string }> }>(
          'query($where: EntityWhere) { entities(where: $where, sort: [{ id: ASC }]) { id } }',
          { where: { AND: [{ id: { in: ids } }, where] } },
          bearer,
        )
      ).entities,
    );

  test('answer empty, exactly as for ids and names that do not exist', async () => {
    for (const where of [
      { id: { eq: hidden.id } },
      { name: { eq: hidden.name } },
      { name: { startsWith: 'Hidden' } },
      { type: { eq: 'ORGANIZATION' } },
      { collectionId: { eq: B } },
      { id: { eq: `nothing-${run}` } },
      { name: { eq: `nothing-${run}` } },
    ]) {
      assert.deepEqual(await filtered(where), [], JSON.stringify(where));
    }
  });

  test('asking for both collections still returns only A', async () => {
    assert.deepEqual(await filtered({ collectionId: { in: [A, B] } }), [ada.id, engine.id]);
    assert.deepEqual(await filtered({ OR: [{ id: { eq: hidden.id } }, { id: { eq: ada.id } }] }), [
      ada.id,
    ]);
    assert.deepEqual(await filtered({ NOT: { collectionId: { eq: A } } }), []);
  });

  test('the same filters find B for a viewer of B', async () => {
    assert.deepEqual(await filtered({ name: { eq: hidden.name } }, viewerBoth), [hidden.id]);
  });

  test('no filter reaches across a relationship into entities (the schema has none)', async () => {
    // Such filters were compiled without Entity's rule, revealing B entities co-mentioned with A's.
    const answers = await Promise.all(
      [hidden.name, `nothing-${run}`].map((name) =>
        graph.gql(
          'query($name: String) { entities(where: { documents: { some: { entities: { some: { name: { eq: $name } } } } } }) { id } }',
          { name },
          viewerA,
        ),
      ),
    );
    for (const { body } of answers) {
      assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.equal(body.data ?? null, null);
    }
    assert.deepEqual(answers[0]?.body, answers[1]?.body, 'the error does not depend on the data');
  });

  test('filtering entities by the documents that mention them stays scoped', async () => {
    assert.deepEqual(await filtered({ documents: { some: { id: { eq: docB } } } }), []);
    assert.deepEqual(await filtered({ documents: { some: { id: { eq: shared } } } }), [ada.id]);
  });
});

describe('Document (federated) and its entities', () => {
  const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Document {
    id entities(sort: [{ name: ASC }]) { id }
    entitiesConnection(sort: [{ node: { name: ASC } }]) {
      totalCount edges { node { id } }
      aggregate { count { nodes edges } node { name { shortest longest } } } } } } }`;
  interface DocumentAnswer {
    id: string;
    entities: Array<{ id: string }>;
    entitiesConnection: {
      totalCount: number;
      edges: Array<{ node: { id: string } }>;
      aggregate: {
        count: { nodes: number; edges: number };
        node: { name: { shortest: string | null; longest: string | null } };
      };
    };
  }
  const lookup = async (docIds: string[], bearer: string) =>
    (
      await data<{ _entities: DocumentAnswer[] }>(
        query,
        { reps: docIds.map((id) => ({ __typename: 'Document', id })) },
        bearer,
      )
    )._entities;

  test('a shared document shows A its A entities only, in lists, edges and counts', async () => {
    const [doc] = await lookup([shared], viewerA);
    assert.deepEqual(doc, {
      id: shared,
      entities: [{ id: ada.id }],
      entitiesConnection: {
        totalCount: 1,
        edges: [{ node: { id: ada.id } }],
        aggregate: {
          count: { nodes: 1, edges: 1 },
          node: { name: { shortest: ada.name, longest: ada.name } },
        },
      },
    });
  });

  test("B's document answers exactly like a document that does not exist", async () => {
    const [ofB, absent] = await lookup([docB, missing], viewerA);
    assert.deepEqual(idsOf(ofB?.entities ?? []), []);
    assert.equal(ofB?.entitiesConnection.totalCount, 0);
    assert.equal(ofB?.entitiesConnection.aggregate.count.nodes, 0);
    assert.deepEqual({ ...ofB, id: missing }, absent);
  });

  test('a viewer of both sees both collections; no collections sees none', async () => {
    const [both] = await lookup([shared], viewerBoth);
    assert.deepEqual(idsOf(both?.entities ?? []), [ada.id, hidden.id]);
    assert.equal(both?.entitiesConnection.totalCount, 2);
    assert.deepEqual(both?.entitiesConnection.aggregate.count, { nodes: 2, edges: 2 });
    const [none] = await lookup([shared], viewerNone);
    assert.deepEqual(none?.entities, []);
    assert.equal(none?.entitiesConnection.totalCount, 0);
  });

  test('connection filters on B names find nothing', async () => {
    const { _entities: docs } = await data<{
      _entities: Array<{ entitiesConnection: { totalCount: number } }>;
    }>(
      `query($reps: [_Any!]!, $name: String) { _entities(representations: $reps) { ... on Document {
        entitiesConnection(where: { node: { name: { eq: $name } } }) { totalCount } } } }`,
      { reps: [{ __typename: 'Document', id: shared }], name: hidden.name },
      viewerA,
    );
    assert.deepEqual(docs, [{ entitiesConnection: { totalCount: 0 } }]);
  });

  test('_entities for Entity answers for B ids exactly as for ids that do not exist', async () => {
    // Entity has no @key, yet @neo4j/graphql still looks the node up (with its rule) before the
    // federation union refuses it: the visible entity fails, a hidden or absent one resolves to null.
    const lookup = (id: string, bearer: string) =>
      graph.gql(
        'query($reps: [_Any!]!) { _entities(representations: $reps) { __typename } }',
        { reps: [{ __typename: 'Entity', id }] },
        bearer,
      );
    const [ofB, absent, seenByB] = await Promise.all([
      lookup(hidden.id, viewerA),
      lookup(`nothing-${run}`, viewerA),
      lookup(hidden.id, viewerBoth),
    ]);
    assert.deepEqual(ofB.body, { data: { _entities: [null] } });
    assert.deepEqual(ofB.body, absent.body);
    assert.match(seenByB.body.errors?.[0]?.message ?? '', /"Entity" is not a possible type/);
  });
});

describe('Entity.documents and traversals back to entities', () => {
  test('nested entities of mentioned documents are filtered at every level', async () => {
    const { entities: seen } = await data<{
      entities: Array<{
        id: string;
        documents: Array<{
          id: string;
          entities: Array<{ id: string }>;
          entitiesConnection: { totalCount: number };
        }>;
        documentsConnection: { totalCount: number };
      }>;
    }>(
      `query($id: ID!) { entities(where: { id: { eq: $id } }) { id
        documents(sort: [{ id: ASC }]) { id entities(sort: [{ name: ASC }]) { id } entitiesConnection { totalCount } }
        documentsConnection { totalCount } } }`,
      { id: ada.id },
      viewerA,
    );
    const expected = [
      {
        id: docA,
        entities: [{ id: ada.id }, { id: engine.id }],
        entitiesConnection: { totalCount: 2 },
      },
      { id: shared, entities: [{ id: ada.id }], entitiesConnection: { totalCount: 1 } },
    ].sort((x, y) => x.id.localeCompare(y.id));
    assert.deepEqual(seen, [
      { id: ada.id, documents: expected, documentsConnection: { totalCount: 2 } },
    ]);
  });

  test("a B entity's documents are unreachable for A", async () => {
    const { entities: seen } = await data<{ entities: unknown[] }>(
      'query($id: ID!) { entities(where: { id: { eq: $id } }) { id documents { id } } }',
      { id: hidden.id },
      viewerA,
    );
    assert.deepEqual(seen, []);
  });
});
