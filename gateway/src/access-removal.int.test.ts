import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { removeDocumentEntities, writeDocumentEntities } from '@quarry/subgraph-graph/testing';
import { startFederation, type Federation } from './testing/federation.ts';

// Taking access away, tested by its effect through the gateway: user U, a member of group G, which
// is granted collection C, finds document D (and its entities) by search, by id and by collection.
// After an admin revokes the grant, removes U from G, deletes G or deactivates U, U finds D no more,
// answered exactly as for an id that never existed; renaming C keeps D visible under the new name.
// The gateway reuses a resolved credential for AUTH_CACHE_MS (docs/ARCHITECTURE.md), so a change
// must show once that much time has passed: a short cache here, and every check waits it out (a
// lower bound, so load can only make the wait longer, never the check wrong).

const CACHE_MS = 250;
const run = randomUUID().slice(0, 8);
let fed: Federation;
let adminSession = '';
const neo4jDocuments: string[] = [];
const neo4jKeys: string[] = [];

const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.[0]?.extensions?.code;

/** An admin mutation through the gateway; fails the test on any error. */
async function admin<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { body } = await fed.gql<T>(query, variables, adminSession);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.ok(body.data);
  return body.data;
}

/** What a probe looks for: a document, a word only it contains, its collection and an entity. */
interface Target {
  doc: string;
  word: string;
  collection: string;
  entity: string;
}

const PROBE = `query ($doc: ID!, $word: String!, $collection: ID!, $entities: [ID!]!) {
  search(query: $word) { totalCount hits { document { id } } }
  inCollection: search(query: $word, filter: { collectionIds: [$collection] }) { totalCount }
  document(id: $doc) { id collection { name } entities { key } }
  entities: entitiesByKeys(keys: $entities) { key documents { id } }
  collections { id name }
}`;

/** Everything `bearer` can learn about `target` in one request, status included. */
async function probe(bearer: string, target: Target) {
  const { status, body } = await fed.gql(PROBE, { ...target, entities: [target.entity] }, bearer);
  const data = body.data as { collections?: { id: string }[] } | undefined;
  // Only the probed collection matters: other tests' collections are not this one's business.
  const collections = data?.collections?.filter((c) => c.id === target.collection);
  return { status, body: data ? { ...body, data: { ...data, collections } } : body };
}

/** Never created: what any viewer gets for ids and words that do not exist. */
const nowhere: Target = {
  doc: `doc-missing-${run}`,
  word: `nowhere${run}`,
  collection: `col-missing-${run}`,
  entity: `ent-missing-${run}`,
};

const sees = (t: Target, collectionName: string) => ({
  status: 200,
  body: {
    data: {
      search: { totalCount: 1, hits: [{ document: { id: t.doc } }] },
      inCollection: { totalCount: 1 },
      document: { id: t.doc, collection: { name: collectionName }, entities: [{ key: t.entity }] },
      entities: [{ key: t.entity, documents: [{ id: t.doc }] }],
      collections: [{ id: t.collection, name: collectionName }],
    },
  },
});

/** Asserts `bearer` learns nothing of `target`: the same answer as for things that never existed. */
async function assertSeesNothing(bearer: string, target: Target): Promise<void> {
  const answer = await probe(bearer, target);
  assert.deepEqual(answer, await probe(bearer, nowhere));
  assert.deepEqual(answer, {
    status: 200,
    body: {
      data: {
        search: { totalCount: 0, hits: [] },
        inCollection: { totalCount: 0 },
        document: null,
        entities: [],
        collections: [],
      },
    },
  });
}

interface Scenario extends Target {
  collectionName: string;
  group: string;
  user: { id: string; session: string; token: string };
  /** Another member of G, who is not the one losing access in every case. */
  bystander: { id: string; session: string };
}

/** C with D (indexed) and entity E (in Neo4j), G granted READ on C, members U and a bystander. */
async function scenario(name: string): Promise<Scenario> {
  const key = `${name}-${run}`;
  const collectionName = `C ${key}`;
  const { createCollection } = await admin<{ createCollection: { id: string } }>(
    'mutation ($n: String!) { createCollection(name: $n) { id } }',
    { n: collectionName },
  );
  const target: Target = {
    doc: `doc-${key}`,
    word: `word${name.replace(/\W/g, '')}${run}`,
    collection: createCollection.id,
    entity: `ent-${key}`,
  };
  await fed.indexDocument(target.doc, target.collection, `Report ${key}`, `About ${target.word}.`);
  await writeDocumentEntities(
    fed.graph.driver,
    { id: target.doc, collectionId: target.collection },
    [{ key: target.entity, name: `Person ${key}`, type: 'PERSON' }],
  );
  neo4jDocuments.push(target.doc);
  neo4jKeys.push(target.entity);

  const { createGroup } = await admin<{ createGroup: { id: string } }>(
    'mutation ($n: String!) { createGroup(input: { name: $n }) { id } }',
    { n: `G ${key}` },
  );
  await admin(
    'mutation ($c: ID!, $g: ID!) { grantCollection(collectionId: $c, groupId: $g, access: READ) { id } }',
    { c: target.collection, g: createGroup.id },
  );
  const member = async (who: string) => {
    const email = `${who}-${key}@example.org`;
    const id = await fed.createUser(email, ['analyst']);
    await admin('mutation ($g: ID!, $u: ID!) { addGroupMember(groupId: $g, userId: $u) { id } }', {
      g: createGroup.id,
      u: id,
    });
    return { id, session: await fed.signIn(email) };
  };
  const user = await member('u');
  const { body } = await fed.gql<{ createApiToken: { secret: string } }>(
    `mutation { createApiToken(input: { name: "t", scopes: [READ], expiresInDays: 1 }) { secret } }`,
    {},
    user.session,
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  const s: Scenario = {
    ...target,
    collectionName,
    group: createGroup.id,
    user: { ...user, token: body.data!.createApiToken.secret },
    bystander: await member('w'),
  };
  // Before any change both see D, and the gateway has just cached their credentials.
  for (const bearer of [s.user.session, s.user.token, s.bystander.session]) {
    assert.deepEqual(await probe(bearer, s), sees(s, collectionName));
  }
  return s;
}

/** Lets any answer the gateway cached before the change expire. */
const cacheExpired = () => sleep(CACHE_MS + 1);

before(async () => {
  fed = await startFederation(process.env, { AUTH_CACHE_MS: String(CACHE_MS) });
  adminSession = await fed.signIn(fed.admin.email, fed.admin.password);
});

after(async () => {
  if (fed) await removeDocumentEntities(fed.graph.driver, neo4jDocuments, neo4jKeys);
  await fed?.close();
});

test('revoking the grant hides D from every member of G, session and API token alike', async () => {
  const s = await scenario('revoke');
  await admin(
    'mutation ($c: ID!, $g: ID!) { revokeCollectionGrant(collectionId: $c, groupId: $g) { id } }',
    { c: s.collection, g: s.group },
  );
  await cacheExpired();
  await assertSeesNothing(s.user.session, s);
  await assertSeesNothing(s.user.token, s);
  await assertSeesNothing(s.bystander.session, s);
});

test('removing U from G hides D from U only', async () => {
  const s = await scenario('remove-member');
  await admin('mutation ($g: ID!, $u: ID!) { removeGroupMember(groupId: $g, userId: $u) { id } }', {
    g: s.group,
    u: s.user.id,
  });
  await cacheExpired();
  await assertSeesNothing(s.user.session, s);
  await assertSeesNothing(s.user.token, s);
  assert.deepEqual(await probe(s.bystander.session, s), sees(s, s.collectionName));
});

test('deleting G hides D from all its members', async () => {
  const s = await scenario('delete-group');
  await admin('mutation ($g: ID!) { deleteGroup(id: $g) }', { g: s.group });
  await cacheExpired();
  await assertSeesNothing(s.user.session, s);
  await assertSeesNothing(s.user.token, s);
  await assertSeesNothing(s.bystander.session, s);
});

test("deactivating U ends U's session and API tokens (for good), not the bystander's access", async () => {
  const s = await scenario('deactivate');
  const setActive = (active: boolean) =>
    admin('mutation ($u: ID!, $a: Boolean!) { setUserActive(id: $u, active: $a) { id } }', {
      u: s.user.id,
      a: active,
    });
  await setActive(false);
  await cacheExpired();
  for (const bearer of [s.user.session, s.user.token]) {
    const { status, body } = await fed.gql(PROBE, { ...s, entities: [s.entity] }, bearer);
    assert.equal(status, 401);
    assert.equal(codeOf(body), 'UNAUTHENTICATED');
    assert.equal(body.data, undefined);
  }
  assert.deepEqual(await probe(s.bystander.session, s), sees(s, s.collectionName));
  // Deactivation revoked them: reactivating the account does not bring them back.
  await setActive(true);
  await cacheExpired();
  for (const bearer of [s.user.session, s.user.token]) {
    assert.equal((await fed.gql('{ me { id } }', {}, bearer)).status, 401);
  }
});

test('renaming C keeps D visible under the new name and found by the renamed collection', async () => {
  const s = await scenario('rename');
  const renamed = `Renamed ${s.collectionName}`;
  await admin('mutation ($c: ID!, $n: String!) { renameCollection(id: $c, name: $n) { id } }', {
    c: s.collection,
    n: renamed,
  });
  await cacheExpired();
  for (const bearer of [s.user.session, s.user.token]) {
    assert.deepEqual(await probe(bearer, s), sees(s, renamed));
    // A client filters by the collection it finds under the new name.
    const { body } = await fed.gql<{ collections: { id: string; name: string }[] }>(
      '{ collections { id name } }',
      {},
      bearer,
    );
    const byName = body.data?.collections.find((c) => c.name === renamed);
    assert.equal(byName?.id, s.collection);
    assert.equal(
      body.data?.collections.find((c) => c.name === s.collectionName),
      undefined,
    );
  }
  // The old name is free again, and a new collection under it does not inherit D.
  const { createCollection } = await admin<{ createCollection: { id: string } }>(
    'mutation ($n: String!) { createCollection(name: $n) { id } }',
    { n: s.collectionName },
  );
  await admin(
    'mutation ($c: ID!, $g: ID!) { grantCollection(collectionId: $c, groupId: $g, access: READ) { id } }',
    { c: createCollection.id, g: s.group },
  );
  await cacheExpired();
  const { body } = await fed.gql<{ search: { totalCount: number } }>(
    'query ($w: String!, $c: ID!) { search(query: $w, filter: { collectionIds: [$c] }) { totalCount } }',
    { w: s.word, c: createCollection.id },
    s.user.session,
  );
  assert.equal(body.data?.search.totalCount, 0);
});
