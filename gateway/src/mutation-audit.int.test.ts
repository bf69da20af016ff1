import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  ACCOUNTS_AUDIT_CASES,
  prepareAuditFixture,
  type AuditCase,
  type AuditFixture,
} from '@quarry/subgraph-accounts/testing';
import { freshIp, startFederation, type Federation } from './testing/federation.ts';
import {
  writeGraphCurationFixture,
  type GraphCurationFixture,
} from './testing/graph-curation-fixture.ts';

/**
 * "Every mutation leaves an audit event", across the whole API: the mutations come from the
 * composed supergraph, introspected through the gateway, so a mutation added to any subgraph
 * without a case here (or, for accounts, in its shared case table) fails this test. Each mutation
 * is called through the gateway twice: by an allowed caller (the event must name them) and with a
 * READ-only API token, which the gateway refuses and audits itself.
 */

interface DocumentsFixture {
  collectionId: string;
  failedItemId: string;
  failedJobId: string;
  documentId: string;
}

type Fixture = AuditFixture & DocumentsFixture & { graph: GraphCurationFixture };

/** Documents mutations: the event is written whether the pipeline takes the work or not. */
const DOCUMENTS_CASES: Record<string, AuditCase<Fixture>> = {
  createIngestJob: {
    action: 'ingest.job.create',
    query: 'mutation ($c: ID!) { createIngestJob(input: { collectionId: $c }) { id } }',
    variables: (f) => ({ c: f.collectionId }),
  },
  retryIngestItems: {
    action: 'ingest.retry',
    query: 'mutation ($ids: [ID!]!) { retryIngestItems(ids: $ids) }',
    variables: (f) => ({ ids: [f.failedItemId] }),
  },
  retryFailedItems: {
    action: 'ingest.retry',
    query: 'mutation ($j: ID!) { retryFailedItems(jobId: $j) }',
    variables: (f) => ({ j: f.failedJobId }),
  },
  rerunSkills: {
    action: 'ingest.rerun',
    query: 'mutation ($d: [ID!]) { rerunSkills(documentIds: $d, skills: ["language"]) { id } }',
    variables: (f) => ({ d: [f.documentId] }),
  },
};

/** Graph curation: each call changes the fixture's entities (in schema order, each succeeds). */
const GRAPH_CASES: Record<string, AuditCase<Fixture>> = {
  mergeEntities: {
    action: 'entity.merge',
    query: 'mutation ($k: [ID!]!, $i: ID!) { mergeEntities(keys: $k, into: $i) { key } }',
    variables: (f) => ({ k: [f.graph.personA], i: f.graph.personB }),
  },
  unmergeEntity: {
    action: 'entity.unmerge',
    query: 'mutation ($k: ID!) { unmergeEntity(key: $k) { key } }',
    variables: (f) => ({ k: f.graph.personA }),
  },
  splitEntity: {
    action: 'entity.split',
    query: 'mutation ($k: ID!, $a: [String!]!) { splitEntity(key: $k, aliases: $a) { key } }',
    variables: (f) => ({ k: f.graph.personA, a: [f.graph.aliasOfA] }),
  },
  renameEntity: {
    action: 'entity.rename',
    query: 'mutation ($k: ID!) { renameEntity(key: $k, name: "Ada") { key } }',
    variables: (f) => ({ k: f.graph.personB }),
  },
  retypeEntity: {
    action: 'entity.retype',
    query: 'mutation ($k: ID!) { retypeEntity(key: $k, type: "MISC") { key } }',
    variables: (f) => ({ k: f.graph.personB }),
  },
  hideEntity: {
    action: 'entity.hide',
    query: 'mutation ($k: ID!) { hideEntity(key: $k) { key } }',
    variables: (f) => ({ k: f.graph.personB }),
  },
  unhideEntity: {
    action: 'entity.unhide',
    query: 'mutation ($k: ID!) { unhideEntity(key: $k) { key } }',
    variables: (f) => ({ k: f.graph.personB }),
  },
  markLinkWrong: {
    action: 'entity.link.reject',
    query: 'mutation ($k: ID!) { markLinkWrong(key: $k) { key } }',
    variables: (f) => ({ k: f.graph.linked }),
  },
};

const CASES: Record<string, AuditCase<Fixture>> = {
  ...ACCOUNTS_AUDIT_CASES,
  ...DOCUMENTS_CASES,
  ...GRAPH_CASES,
};

let fed: Federation;
let fixture: Fixture;
let userIds: Record<string, string> = {};
let readToken = '';
let mutationFields: string[] = [];

async function failedItem(jobId: string, collectionId: string): Promise<string> {
  const item = await fed.prisma.ingestItem.create({
    data: {
      jobId,
      collectionId,
      documentId: `doc-${randomUUID()}`,
      name: 'x.txt',
      path: `x-${randomUUID()}.txt`,
      sha256: '0'.repeat(64),
      sizeBytes: 1,
      status: 'failed',
    },
  });
  return item.id;
}

before(async () => {
  fed = await startFederation(process.env, { AUTH_CACHE_MS: '0' });
  const adminToken = await fed.signIn(fed.admin.email, fed.admin.password);
  const prepared = await prepareAuditFixture({
    prisma: fed.prisma,
    adminEmail: fed.admin.email,
    adminPassword: fed.admin.password,
    adminToken,
    createUser: (email, roles) => fed.createUser(email, roles),
    signIn: (email) => fed.signIn(email),
    idToken: (email) => fed.oidc.idToken(email),
  });
  userIds = { ...prepared.userIds, [fed.admin.email]: fed.admin.id };
  const collectionId = fed.sampleId;
  const job = await fed.prisma.ingestJob.create({ data: { collectionId, source: 'api' } });
  const otherJob = await fed.prisma.ingestJob.create({ data: { collectionId, source: 'api' } });
  await failedItem(otherJob.id, collectionId);
  const documentId = `doc-${randomUUID()}`;
  await fed.indexDocument(documentId, collectionId, 'Audited document', 'Some text.');
  fixture = {
    ...prepared.fixture,
    collectionId,
    failedItemId: await failedItem(job.id, collectionId),
    failedJobId: otherJob.id,
    documentId,
    graph: await writeGraphCurationFixture(fed.graph.driver, collectionId),
  };
  const created = await fed.gql<{ createApiToken: { secret: string } }>(
    'mutation { createApiToken(input: { name: "read", scopes: [READ], expiresInDays: 1 }) { secret } }',
    {},
    adminToken,
  );
  readToken = created.body.data!.createApiToken.secret;
  const schema = await fed.gql<{ __type: { fields: { name: string }[] } }>(
    '{ __type(name: "Mutation") { fields { name } } }',
    {},
    adminToken,
  );
  mutationFields = schema.body.data!.__type.fields.map((field) => field.name);
});

after(async () => {
  await fixture?.graph.remove();
  await fed?.close();
});

test('the supergraph has mutations from accounts and documents, and every case names one', () => {
  assert.ok(mutationFields.includes('login'));
  assert.ok(mutationFields.includes('createIngestJob'));
  assert.ok(mutationFields.includes('mergeEntities'));
  for (const name of Object.keys(CASES)) {
    assert.ok(mutationFields.includes(name), `audit case for unknown mutation ${name}`);
  }
});

test('every mutation of the supergraph leaves an audit event through the gateway, allowed or refused', async () => {
  assert.ok(mutationFields.length > 0);
  for (const name of mutationFields) {
    const auditCase = CASES[name];
    if (!auditCase) assert.fail(`no audit case for mutation ${name}`);
    const actor = auditCase.as ?? fed.admin.email;
    const token = auditCase.as ? await fed.signIn(auditCase.as) : fixture.adminToken;
    const variables = auditCase.variables(fixture);

    const ip = freshIp();
    await fed.gql(auditCase.query, variables, token, ip);
    const events = await fed.prisma.auditEvent.findMany({ where: { ip } });
    assert.deepEqual(
      events.map((e) => [e.action, e.actorId]),
      [[auditCase.action, userIds[actor]]],
      `${name}: one event naming its caller`,
    );

    // Refused: a READ-only API token (the gateway refuses and audits), or for a sign-in (anonymous)
    // bad credentials.
    const refusedIp = freshIp();
    const signIn = auditCase.refusedVariables;
    const refused = signIn
      ? await fed.gql(auditCase.query, { ...variables, ...signIn() }, null, refusedIp)
      : await fed.gql(auditCase.query, variables, readToken, refusedIp);
    const denied = await fed.prisma.auditEvent.findMany({ where: { ip: refusedIp } });
    assert.equal(denied.length, 1, `${name}: one event for a refused call`);
    assert.notEqual(denied[0]?.outcome, 'success');
    if (!signIn) {
      assert.equal(refused.status, 403, name);
      assert.deepEqual(
        [denied[0]?.action, denied[0]?.target, denied[0]?.actorId],
        ['api.denied', `mutation:${name}`, fed.admin.id],
      );
    }
  }
});
