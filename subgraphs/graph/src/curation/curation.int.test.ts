/**
 * The curation mutations through the graph service (real Neo4j): who may curate, the answer, and
 * exactly one audit event per call whatever the outcome.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import { signAccessToken, type Viewer } from '@quarry/auth';
import { ensureGraphSchema, writeDocumentKnowledge } from '@quarry/graph-store';
import { buildKnowledge } from '@quarry/graph-store/testing/knowledge-fixture.ts';
import { testRun } from '@quarry/graph-store/testing/test-run.ts';
import { createLogger } from '@quarry/service-kit';
import { postGraphql } from '@quarry/service-kit/testing';
import { start, type RunningGraph } from '../app.ts';
import { graphTestEnv, testSecret } from '../testing/env.ts';
import type { CurationAuditEvent } from './contract.ts';

const ids = testRun('graph-curation');
const A = ids.collection('a');
const B = ids.collection('b');
const C = ids.collection('c');
const merz = ids.key('PERSON', 'Friedrich Merz');
const fritz = ids.key('PERSON', 'Fritz Merz');
const cdu = ids.key('ORGANIZATION', 'CDU');
const secret = ids.key('ORGANIZATION', 'Hidden Holding');
const short = `Merz ${ids.run}`;

const documents = [
  buildKnowledge({
    documentId: ids.document('a1'),
    collectionId: A,
    sentences: 2,
    entities: [
      {
        key: merz,
        type: 'PERSON',
        mentions: [
          { text: 'Friedrich Merz', sentence: 0 },
          { text: short, sentence: 1 },
        ],
      },
      { key: cdu, type: 'ORGANIZATION', mentions: [{ text: 'CDU', sentence: 1 }] },
    ],
  }),
  buildKnowledge({
    documentId: ids.document('b1'),
    collectionId: B,
    sentences: 1,
    entities: [
      { key: fritz, type: 'PERSON', mentions: [{ text: 'Fritz Merz', sentence: 0 }] },
      { key: cdu, type: 'ORGANIZATION', mentions: [{ text: 'CDU', sentence: 0 }] },
    ],
  }),
  buildKnowledge({
    documentId: ids.document('c1'),
    collectionId: C,
    sentences: 1,
    entities: [
      { key: secret, type: 'ORGANIZATION', mentions: [{ text: 'Hidden Holding', sentence: 0 }] },
    ],
  }),
];

const person = (roles: Viewer['roles'], collections: string[], writeCollections: string[]) =>
  signAccessToken(
    {
      id: `user-${roles.join('-')}-${writeCollections.length}`,
      email: 'ana@example.org',
      name: 'Ana',
      roles,
      collections,
      writeCollections,
    },
    testSecret,
    300,
  );

let driver: Driver;
let splitKey = '';
let graph: RunningGraph;
const events: CurationAuditEvent[] = [];
const tokens: Record<string, string> = {};

before(async () => {
  const env = graphTestEnv();
  driver = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD));
  await ensureGraphSchema(driver);
  for (const knowledge of documents) {
    await writeDocumentKnowledge(driver, knowledge, {
      title: knowledge.documentId,
      date: '2024-01-15',
    });
  }
  graph = await start(env, {
    logger: createLogger('graph-curation-test', 'silent'),
    driver,
    audit: (event) => {
      events.push(event);
      return Promise.resolve();
    },
  });
  tokens['viewer'] = await person(['viewer'], [A, B], [A, B]);
  tokens['analystOfA'] = await person(['analyst'], [A, B], [A]);
  tokens['analyst'] = await person(['analyst'], [A, B], [A, B]);
});

after(async () => {
  await graph?.close();
  await ids.cleanUp(driver);
  await driver?.close();
});

/** Calls the mutation and answers the response with the one event it wrote. */
async function call(token: string, query: string, variables: Record<string, unknown>) {
  const from = events.length;
  const response = await postGraphql<Record<string, { key: string; name: string } | null>>(
    `${graph.url}/graphql`,
    query,
    variables,
    tokens[token],
  );
  const written = events.slice(from);
  assert.equal(written.length, 1, `exactly one audit event: ${JSON.stringify(written)}`);
  return { response, event: written[0]!, code: response.body.errors?.[0]?.extensions?.['code'] };
}

const RENAME =
  'mutation ($key: ID!, $name: String!) { renameEntity(key: $key, name: $name) { key name } }';
const MERGE =
  'mutation ($keys: [ID!]!, $into: ID!) { mergeEntities(keys: $keys, into: $into) { key mergedKeys } }';

test('without the analyst or admin role: FORBIDDEN, audited as denied', async () => {
  const { code, event } = await call('viewer', RENAME, { key: merz, name: 'Merz' });
  assert.equal(code, 'FORBIDDEN');
  assert.deepEqual(
    [event.action, event.outcome, event.target],
    ['entity.rename', 'denied', `entity:${merz}`],
  );
});

test('an entity the caller cannot see: NOT_FOUND; one they cannot write: FORBIDDEN', async () => {
  const hidden = await call('analyst', RENAME, { key: secret, name: 'x' });
  assert.equal(hidden.code, 'NOT_FOUND');
  assert.equal(hidden.event.outcome, 'failure');
  // Fritz Merz is mentioned only in B, which this analyst reads but may not write
  const readOnly = await call('analystOfA', MERGE, { keys: [fritz], into: merz });
  assert.equal(readOnly.code, 'FORBIDDEN');
  assert.deepEqual([readOnly.event.action, readOnly.event.outcome], ['entity.merge', 'denied']);
});

test('rename answers the entity as the read API shows it, and audits the value before', async () => {
  const { response, event } = await call('analystOfA', RENAME, {
    key: merz,
    name: '  Friedrich Merz (CDU) ',
  });
  assert.equal(response.body.errors, undefined);
  assert.deepEqual(response.body.data?.['renameEntity'], {
    key: merz,
    name: 'Friedrich Merz (CDU)',
  });
  assert.equal(event.outcome, 'success');
  assert.deepEqual(event.details['before'], { curatedName: null });
  assert.equal(event.actorId, 'user-analyst-1');
});

/** What the read API answers about these entities (for "exactly as before"). */
async function readBack(keys: string[]) {
  const answers: Record<string, unknown> = {};
  for (const key of keys) {
    const { body } = await postGraphql(
      `${graph.url}/graphql`,
      `query ($key: ID!) { entity(key: $key) { key name type aliases mentionCount documentCount
         mergedKeys cooccurring { entity { key } weight documents } } }`,
      { key },
      tokens['analyst'],
    );
    assert.equal(body.errors, undefined);
    answers[key] = body.data;
  }
  return answers;
}

test('merge and its undo through the API', async () => {
  const before = await readBack([merz, fritz, cdu]);
  const merged = await call('analyst', MERGE, { keys: [fritz], into: merz });
  assert.equal(merged.response.body.errors, undefined);
  assert.deepEqual(merged.response.body.data?.['mergeEntities'], {
    key: merz,
    mergedKeys: [fritz],
  });
  assert.deepEqual(merged.event.details['before'], { [fritz]: null });
  const whileMerged = (await readBack([fritz]))[fritz] as { entity: { key: string } };
  assert.equal(whileMerged.entity.key, merz, 'a merged key answers its canonical entity');

  const self = await call('analyst', MERGE, { keys: [merz], into: fritz });
  assert.equal(self.code, 'BAD_USER_INPUT', 'merging into its own member');
  assert.equal(self.event.outcome, 'failure');

  const undone = await call(
    'analyst',
    'mutation ($key: ID!) { unmergeEntity(key: $key) { key } }',
    { key: fritz },
  );
  assert.deepEqual(undone.response.body.data?.['unmergeEntity'], { key: fritz });
  assert.deepEqual(undone.event.details['before'], { [fritz]: merz });
  assert.deepEqual(await readBack([merz, fritz, cdu]), before, 'the API answers exactly as before');
});

test('split answers the new entity; bad input is refused and audited as a failure', async () => {
  const split = await call(
    'analystOfA',
    'mutation ($key: ID!, $aliases: [String!]!) { splitEntity(key: $key, aliases: $aliases, name: "The other Merz") { key name } }',
    { key: merz, aliases: [short] },
  );
  assert.equal(split.response.body.errors, undefined);
  const answer = split.response.body.data?.['splitEntity'];
  assert.match(answer?.key ?? '', /^curated:/);
  splitKey = ids.remember(answer!.key);
  assert.equal(answer?.name, 'The other Merz');
  assert.equal(split.event.details['newKey'], answer?.key);

  const retype = await call(
    'analystOfA',
    'mutation { retypeEntity(key: "' + merz + '", type: "PERSONA") { key } }',
    {},
  );
  assert.equal(retype.code, 'BAD_USER_INPUT');
  const link = await call(
    'analystOfA',
    'mutation ($key: ID!) { markLinkWrong(key: $key) { key } }',
    { key: merz },
  );
  assert.equal(link.code, 'BAD_USER_INPUT', 'not linked to a knowledge base');
  assert.equal(link.event.action, 'entity.link.reject');
});

test('hide and unhide', async () => {
  const hidden = await call(
    'analystOfA',
    'mutation ($key: ID!) { hideEntity(key: $key) { key hidden } }',
    { key: cdu },
  );
  assert.deepEqual(hidden.response.body.data?.['hideEntity'], { key: cdu, hidden: true });
  const shown = await call(
    'analystOfA',
    'mutation ($key: ID!) { unhideEntity(key: $key) { key hidden } }',
    { key: cdu },
  );
  assert.deepEqual(shown.response.body.data?.['unhideEntity'], { key: cdu, hidden: false });
  assert.deepEqual(shown.event.details['before'], { hidden: true });
});

test('after a re-run of the knowledge stage the API answers exactly as right after curation', async () => {
  await call('analyst', MERGE, { keys: [fritz], into: merz });
  const curated = await readBack([merz, fritz, cdu, splitKey]);
  for (const knowledge of documents) {
    await writeDocumentKnowledge(driver, knowledge, {
      title: knowledge.documentId,
      date: '2024-01-15',
    });
  }
  assert.deepEqual(await readBack([merz, fritz, cdu, splitKey]), curated);
});
