/**
 * Curation is applied when reading (docs/graph-api.md, "Curation"): merges, hidden entities,
 * curated names and types, and a knowledge-base link marked wrong. The decisions are set directly
 * in Neo4j here, the way the curation mutations store them, so these tests hold the reads alone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { writeDocumentKnowledge } from '@quarry/graph-store';
import { buildKnowledge } from '@quarry/graph-store/testing/knowledge-fixture.ts';
import { testRun } from '@quarry/graph-store/testing/test-run.ts';
import { startGraphTestApp, type GraphTestApp } from './testing/graph-test-app.ts';
import { writeScenario, type Scenario } from './testing/scenario.ts';

const ids = testRun('graph-curated');
let graph: GraphTestApp;
let s: Scenario;
let duplicate: string;
let a3: string;
let readerOfA: string;

before(async () => {
  graph = await startGraphTestApp();
  s = await writeScenario(graph.driver, ids);
  duplicate = ids.key('PERSON', 'F. Merz');
  a3 = ids.document('a3');
  await writeDocumentKnowledge(
    graph.driver,
    buildKnowledge({
      documentId: a3,
      collectionId: s.A,
      sentences: 1,
      entities: [
        { key: duplicate, type: 'PERSON', mentions: [{ text: 'F. Merz', sentence: 0 }] },
        { key: s.berlin, type: 'LOCATION', mentions: [{ text: 'Berlin', sentence: 0 }] },
      ],
    }),
    { title: 'a3', date: '2024-04-20' },
  );
  await graph.driver.executeQuery(
    `MATCH (duplicate:Entity {key: $duplicate}), (merz:Entity {key: $merz})
     CREATE (duplicate)-[:MERGED_INTO {at: datetime(), by: 'test'}]->(merz)
     WITH 1 AS done
     MATCH (cdu:Entity {key: $cdu}) SET cdu.hidden = true, cdu.curated = true
     WITH 1 AS done
     MATCH (scholz:Entity {key: $scholz}) SET scholz.curatedName = 'Olaf Scholz (SPD)', scholz.curated = true
     WITH 1 AS done
     MATCH (berlin:Entity {key: $berlin})
     SET berlin.curatedType = 'ORGANIZATION', berlin.kbRejected = true, berlin.curated = true`,
    { duplicate, merz: s.merz, cdu: s.cdu, scholz: s.scholz, berlin: s.berlin },
  );
  readerOfA = await graph.tokenFor([s.A]);
});

after(async () => {
  await ids.cleanUp(graph.driver);
  await graph.close();
});

async function query<T>(source: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await graph.gql<T>(source, variables, readerOfA);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.ok(body.data);
  return body.data;
}

const keysOf = (list: Array<{ key: string }>) => list.map((e) => e.key);
/** Hits on this run's entities only (the dev Neo4j holds other graphs). */
const ours = (keys: string[]) => keys.filter((key) => key.includes(ids.run));

describe('a merge', () => {
  test('the merged key answers its canonical entity, which counts its members', async () => {
    const data = await query<{
      merged: {
        key: string;
        mergedKeys: string[];
        mentionCount: number;
        documentCount: number;
        aliases: string[];
      };
      byKeys: Array<{ key: string }>;
    }>(
      `query($duplicate: ID!, $merz: ID!) {
        merged: entity(key: $duplicate) { key mergedKeys mentionCount documentCount aliases }
        byKeys: entitiesByKeys(keys: [$merz, $duplicate]) { key }
      }`,
      { duplicate, merz: s.merz },
    );
    assert.deepEqual(data.merged, {
      key: s.merz,
      mergedKeys: [duplicate],
      mentionCount: 5,
      documentCount: 3,
      aliases: ['F. Merz', 'Friedrich Merz', 'Merz'],
    });
    assert.deepEqual(keysOf(data.byKeys), [s.merz]);
  });

  test('neighbours are mapped to their canonical entity, with the weights summed', async () => {
    const { neighbourhood, berlin } = await query<{
      neighbourhood: {
        nodes: Array<{ key: string }>;
        edges: Array<{ source: string; target: string; weight: number; documents: number }>;
      };
      berlin: {
        cooccurring: Array<{ entity: { key: string }; weight: number; documents: number }>;
      };
    }>(
      `query($berlin: ID!) {
        neighbourhood(keys: [$berlin]) { nodes { key } edges { source target weight documents } }
        berlin: entity(key: $berlin) { cooccurring { entity { key } weight documents } }
      }`,
      { berlin: s.berlin },
    );
    assert.deepEqual(keysOf(neighbourhood.nodes).sort(), [s.berlin, s.merz].sort());
    assert.deepEqual(
      neighbourhood.edges.map((e) => [e.weight, e.documents]),
      [[2, 2]],
    );
    assert.deepEqual(
      berlin.cooccurring.map((c) => [c.entity.key, c.weight, c.documents]),
      [[s.merz, 2, 2]],
    );
  });

  test('search answers the canonical entity once; paths start at it', async () => {
    const data = await query<{
      hits: Array<{ entity: { key: string } }>;
      paths: Array<{ nodes: Array<{ key: string }> }>;
    }>(
      `query($duplicate: ID!, $scholz: ID!) {
        hits: searchEntities(query: "Merz", first: 100) { entity { key } }
        paths(from: $duplicate, to: $scholz) { nodes { key } }
      }`,
      { duplicate, scholz: s.scholz },
    );
    assert.deepEqual(ours(data.hits.map((h) => h.entity.key)), [s.merz]);
    assert.deepEqual(
      data.paths.map((p) => keysOf(p.nodes)),
      [[s.merz, s.scholz]],
    );
  });
});

describe('a hidden entity', () => {
  test('answers entity(key:) with hidden: true, for undo', async () => {
    const { entity } = await query<{ entity: { key: string; hidden: boolean } }>(
      'query($key: ID!) { entity(key: $key) { key hidden } }',
      { key: s.cdu },
    );
    assert.deepEqual(entity, { key: s.cdu, hidden: true });
  });

  test('leaves searches, top lists, neighbourhoods, paths, co-occurrence and document lists', async () => {
    const data = await query<Record<string, unknown>>(
      `query($merz: ID!, $scholz: ID!, $reps: [_Any!]!) {
        hits: searchEntities(query: "CDU", first: 100) { entity { key } }
        top: topEntities(first: 500) { key }
        byKeys: entitiesByKeys(keys: [$merz]) { key }
        hood: neighbourhood(keys: [$merz], hops: 2) { nodes { key } edges { source target } }
        paths(from: $scholz, to: $merz) { nodes { key } }
        merz: entity(key: $merz) { cooccurring { entity { key } } }
        documents: _entities(representations: $reps) { ... on Document { entities { key } mentions { entityKey } } }
      }`,
      { merz: s.merz, scholz: s.scholz, reps: [{ __typename: 'Document', id: s.a1 }] },
    );
    assert.ok(!JSON.stringify(data).includes(s.cdu), JSON.stringify(data));
    // the only path left is the direct one
    assert.deepEqual(data.paths, [{ nodes: [{ key: s.scholz }, { key: s.merz }] }]);
    assert.deepEqual(data.byKeys, [{ key: s.merz }]);
  });
});

describe('curated names and types, a rejected link', () => {
  test('the curated name comes first, everywhere the entity is named', async () => {
    const data = await query<{
      entity: { name: string; aliases: string[] };
      neighbourhood: { nodes: Array<{ key: string; name: string }> };
    }>(
      `query($scholz: ID!) {
        entity(key: $scholz) { name aliases }
        neighbourhood(keys: [$scholz], limit: 1) { nodes { key name } }
      }`,
      { scholz: s.scholz },
    );
    assert.deepEqual(data.entity, {
      name: 'Olaf Scholz (SPD)',
      aliases: ['Olaf Scholz (SPD)', 'Olaf Scholz'],
    });
    assert.deepEqual(data.neighbourhood.nodes, [{ key: s.scholz, name: 'Olaf Scholz (SPD)' }]);
  });

  test('the curated type wins in fields, mentions and type filters; a rejected link is gone', async () => {
    const data = await query<{
      entity: { type: string; kb: unknown };
      organizations: Array<{ key: string }>;
      locations: Array<{ key: string }>;
      document: Array<{ mentions: Array<{ type: string }> }>;
    }>(
      `query($berlin: ID!, $reps: [_Any!]!) {
        entity(key: $berlin) { type kb { source } }
        organizations: topEntities(types: ["ORGANIZATION"], first: 500) { key }
        locations: topEntities(types: ["LOCATION"], first: 500) { key }
        document: _entities(representations: $reps) { ... on Document { mentions(types: ["ORGANIZATION"]) { type } } }
      }`,
      { berlin: s.berlin, reps: [{ __typename: 'Document', id: s.a2 }] },
    );
    assert.deepEqual(data.entity, { type: 'ORGANIZATION', kb: null });
    assert.ok(keysOf(data.organizations).includes(s.berlin));
    assert.ok(!keysOf(data.locations).includes(s.berlin));
    assert.deepEqual(data.document[0]?.mentions, [{ type: 'ORGANIZATION' }]);
  });
});
