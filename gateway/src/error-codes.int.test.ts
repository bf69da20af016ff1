import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { startFederation, type Federation } from './testing/federation.ts';

// The codes subgraphs answer on purpose reach the client as themselves through the gateway (only
// unexpected errors become "Internal error"): each case below is one subgraph's refusal.

let fed: Federation;
let adminToken = '';
let viewerToken = '';
let failedJobId = '';

before(async () => {
  fed = await startFederation(process.env);
  adminToken = await fed.signIn(fed.admin.email, fed.admin.password);
  const viewer = `viewer-${randomUUID()}@example.org`;
  await fed.createUser(viewer, ['viewer'], [{ id: fed.sampleId, access: 'read' }]);
  viewerToken = await fed.signIn(viewer);
  const job = await fed.prisma.ingestJob.create({
    data: { collectionId: fed.sampleId, source: 'api' },
  });
  await fed.prisma.ingestItem.create({
    data: {
      jobId: job.id,
      collectionId: fed.sampleId,
      documentId: `doc-${randomUUID()}`,
      name: 'x.txt',
      path: `x-${randomUUID()}.txt`,
      sha256: '0'.repeat(64),
      sizeBytes: 1,
      status: 'failed',
    },
  });
  failedJobId = job.id;
});

after(async () => {
  await fed?.close();
});

async function errorOf(query: string, variables: Record<string, unknown>, token: string) {
  const { body } = await fed.gql(query, variables, token);
  const [error] = body.errors ?? [];
  assert.ok(error, `expected an error: ${JSON.stringify(body)}`);
  return { code: error.extensions?.code, message: error.message, extensions: error.extensions };
}

const RETRY_FAILED = 'mutation ($j: ID!) { retryFailedItems(jobId: $j) }';

test('documents: a missing, empty or hidden job id is NOT_FOUND, not an internal error', async () => {
  for (const jobId of ['', randomUUID()]) {
    const error = await errorOf(RETRY_FAILED, { j: jobId }, adminToken);
    assert.equal(error.code, 'NOT_FOUND', `${jobId}: ${JSON.stringify(error)}`);
    assert.doesNotMatch(error.message, /Internal error/);
  }
});

test('documents: an unreachable pipeline is PIPELINE_UNAVAILABLE', async () => {
  const error = await errorOf(RETRY_FAILED, { j: failedJobId }, adminToken);
  assert.equal(error.code, 'PIPELINE_UNAVAILABLE', JSON.stringify(error));
});

test('accounts: FORBIDDEN for a viewer, BAD_USER_INPUT with its message for a bad page size', async () => {
  const forbidden = await errorOf('{ users(first: 5) { totalCount } }', {}, viewerToken);
  assert.equal(forbidden.code, 'FORBIDDEN');
  const bad = await errorOf('{ users(first: 0) { totalCount } }', {}, adminToken);
  assert.equal(bad.code, 'BAD_USER_INPUT');
  assert.match(bad.message, /first must be between 1 and/);
});

test('"Did you mean …" suggestions only for callers who may introspect (ADMIN, DEVELOPER)', async () => {
  const query = '{ me { emial } }';
  const viewer = await errorOf(query, {}, viewerToken);
  assert.equal(viewer.code, 'GRAPHQL_VALIDATION_FAILED');
  assert.doesNotMatch(viewer.message, /Did you mean|"email"/);
  assert.match(viewer.message, /Cannot query field "emial"/);
  const coerced = await errorOf(
    'query ($r: [Role!]!) { __typename }',
    { r: ['ADMN'] },
    viewerToken,
  );
  assert.doesNotMatch(coerced.message, /Did you mean|ADMIN/);
  const admin = await errorOf(query, {}, adminToken);
  assert.match(admin.message, /Did you mean "email"\?/);
});
