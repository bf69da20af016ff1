import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { typeDefs } from './app.ts';
import { resolvers } from './resolvers/index.ts';
import { freshIp, startTestServer, type GraphQLResponse, type TestServer } from './test-server.ts';

/** Query.auditEvents against a real temp SQLite database: filters, paging and who may read. */

interface EventNode {
  id: string;
  at: string;
  actorId: string | null;
  actor: { email: string } | null;
  action: string;
  target: string;
  outcome: string;
  ip: string | null;
  details: string;
}

interface Page {
  auditEvents: {
    nodes: EventNode[];
    totalCount: number;
    endCursor: string | null;
    hasNextPage: boolean;
  };
}

const QUERY = `query ($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    nodes { id at actorId actor { email } action target outcome ip details }
    totalCount endCursor hasNextPage } }`;

// Seeded events lie in January 2020, far from the sign-ins the fixtures make now.
const SEEDED = { to: '2020-02-01' };

let server: TestServer;
const ids = { admin: '', analyst: '', viewer: '' };
const tokens = { admin: '', analyst: '', viewer: '', demoted: '' };
/** Seed name → event id. */
const seed: Record<string, string> = {};
const bulk: string[] = [];

before(async () => {
  server = await startTestServer();
  ids.admin = await server.createUser('root@example.org', ['admin']);
  ids.analyst = await server.createUser('ana@example.org', ['analyst']);
  ids.viewer = await server.createUser('vic@example.org', ['viewer']);
  const demotedId = await server.createUser('former@example.org', ['admin']);
  tokens.admin = await server.tokenFor('root@example.org');
  tokens.analyst = await server.tokenFor('ana@example.org');
  tokens.viewer = await server.tokenFor('vic@example.org');
  tokens.demoted = await server.tokenFor('former@example.org');
  // The token still says admin; the database no longer does.
  await server.prisma.userRole.deleteMany({ where: { userId: demotedId } });

  const events = {
    s1: ['2020-01-01T00:00:00Z', ids.admin, 'user.create', 'user:a', 'success'],
    s2: ['2020-01-02T00:00:00Z', ids.analyst, 'user.unlock', 'user:b', 'failure'],
    s3: ['2020-01-03T00:00:00Z', null, 'User.create', 'user:a', 'denied'],
    // Same instant as s3: the id must break the tie without losing or repeating either.
    s4: ['2020-01-03T00:00:00Z', ids.admin, 'userx', 'user:c', 'success'],
    s5: ['2020-01-05T00:00:00Z', 'deleted-user-id', 'password.change', 'user:gone', 'success'],
  } as const;
  for (const [name, [at, actorId, action, target, outcome]] of Object.entries(events)) {
    const row = await server.prisma.auditEvent.create({
      data: { at: new Date(at), actorId, action, target, outcome, ip: '192.0.2.1' },
    });
    seed[name] = row.id;
  }
  for (let i = 0; i < 23; i++) {
    const row = await server.prisma.auditEvent.create({
      data: {
        at: new Date(Date.UTC(2019, 5, 1, 0, i % 7)),
        action: 'bulk.step',
        target: `bulk:${i}`,
        outcome: 'success',
      },
    });
    bulk.push(row.id);
  }
});

after(async () => {
  await server?.close();
});

function search(variables: Record<string, unknown>, token = tokens.admin) {
  return server.gql<Page>(QUERY, variables, { token, ip: freshIp() });
}

async function page(variables: Record<string, unknown>): Promise<Page['auditEvents']> {
  const result = await search(variables);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data!.auditEvents;
}

/** Seed names of the matching events, in the order returned. */
async function names(filter: Record<string, unknown>): Promise<string[]> {
  const byId = new Map(Object.entries(seed).map(([name, id]) => [id, name]));
  const result = await page({ filter: { ...SEEDED, ...filter } });
  assert.equal(result.totalCount, result.nodes.length);
  return result.nodes.map((node) => byId.get(node.id) ?? `other:${node.action}`);
}

function codeOf(result: GraphQLResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

test('each filter narrows the log, newest first with id breaking ties', async () => {
  const [s3, s4] = [seed.s3!, seed.s4!].sort().reverse();
  const tied = [s3, s4].map((id) => Object.keys(seed).find((name) => seed[name] === id));
  assert.deepEqual(await names({ from: '2020-01-01' }), ['s5', ...tied, 's2', 's1']);
  assert.deepEqual(await names({ actorId: ids.admin, from: '2020-01-01' }), ['s4', 's1']);
  assert.deepEqual(await names({ action: 'user.create' }), ['s1']);
  assert.deepEqual(await names({ outcome: 'denied' }), ['s3']);
  assert.deepEqual(await names({ target: 'user:a' }), ['s3', 's1']);
});

test('an action ending in * is a case-sensitive prefix; any other action is exact', async () => {
  assert.deepEqual(await names({ action: 'user.*' }), ['s2', 's1']);
  assert.deepEqual(await names({ action: 'user*' }), ['s4', 's2', 's1']);
  assert.deepEqual(await names({ action: 'user' }), []);
});

test('from is inclusive and to exclusive', async () => {
  assert.deepEqual(await names({ from: '2020-01-02', to: '2020-01-03T00:00:00Z' }), ['s2']);
  assert.deepEqual(
    await names({ from: '2020-01-03T00:00:00.000Z', to: '2020-01-04' }).then((n) => n.sort()),
    ['s3', 's4'],
  );
});

test('paging visits every event exactly once, even when events are appended meanwhile', async () => {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  for (;;) {
    const result: Page['auditEvents'] = await page({
      filter: { action: 'bulk.*' },
      first: 5,
      after: cursor,
    });
    seen.push(...result.nodes.map((node) => node.id));
    pages++;
    if (pages === 1) {
      assert.equal(result.totalCount, bulk.length);
      // Newer than everything paged: must not shift the later pages.
      await server.prisma.auditEvent.create({
        data: { action: 'bulk.step', target: 'bulk:late', outcome: 'success' },
      });
    }
    if (!result.hasNextPage) break;
    cursor = result.endCursor;
  }
  assert.equal(pages, Math.ceil(bulk.length / 5));
  assert.equal(new Set(seen).size, seen.length, 'no event twice');
  assert.deepEqual(new Set(seen), new Set(bulk), 'no event missing');
  const expected = await server.prisma.auditEvent.findMany({
    where: { id: { in: bulk } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  assert.deepEqual(
    seen,
    expected.map((row) => row.id),
  );
});

test('invalid dates, cursors and page sizes are BAD_USER_INPUT', async () => {
  for (const variables of [
    { filter: { from: 'yesterday' } },
    { filter: { to: '2020-13-45' } },
    { after: 'not-a-cursor' },
    { after: Buffer.from('2020-01-01T00:00:00.000Z').toString('base64url') },
    { first: 0 },
    { first: 501 },
  ]) {
    assert.equal(codeOf(await search(variables)), 'BAD_USER_INPUT', JSON.stringify(variables));
  }
  assert.equal((await page({ first: 500 })).nodes.length > 0, true);
});

test('actor resolves the user, and null once that user is gone', async () => {
  const nodes = (await page({ filter: SEEDED })).nodes;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  assert.equal(byId.get(seed.s1!)?.actor?.email, 'root@example.org');
  assert.equal(byId.get(seed.s3!)?.actor, null);
  assert.equal(byId.get(seed.s5!)?.actorId, 'deleted-user-id');
  assert.equal(byId.get(seed.s5!)?.actor, null);
});

test('a failed sign-in shows its client address and outcome', async () => {
  const ip = freshIp();
  const login = await server.gql<{ login: { ok: boolean } }>(
    'mutation { login(email: "ana@example.org", password: "wrong password") { ok } }',
    {},
    { ip },
  );
  assert.equal(login.data?.login.ok, false);
  const { nodes } = await page({
    filter: { action: 'login', outcome: 'failure', target: 'user:ana@example.org' },
  });
  assert.equal(nodes.length, 1);
  assert.equal(nodes[0]?.ip, ip);
  assert.equal(nodes[0]?.outcome, 'failure');
  assert.equal(nodes[0]?.actorId, ids.analyst);
  assert.equal(
    (JSON.parse(nodes[0]?.details ?? '{}') as { reason?: string }).reason,
    'bad-password',
  );
});

test('only admins, per the database, may read the log; anonymous callers must sign in', async () => {
  assert.equal(codeOf(await search({}, tokens.analyst)), 'FORBIDDEN');
  assert.equal(codeOf(await search({}, tokens.viewer)), 'FORBIDDEN');
  assert.equal(codeOf(await search({}, tokens.demoted)), 'FORBIDDEN');
  const anonymous = await server.gql(QUERY, {}, { ip: freshIp() });
  assert.equal(codeOf(anonymous), 'UNAUTHENTICATED');
  assert.equal(anonymous.data ?? null, null);
});

test('reading the log is not audited, and no mutation can touch it', async () => {
  const before = await server.prisma.auditEvent.count();
  await page({ first: 10 });
  await search({}, tokens.analyst);
  assert.equal(await server.prisma.auditEvent.count(), before);
  const mutations = Object.keys(
    buildSubgraphSchema([{ typeDefs, resolvers }]).getMutationType()?.getFields() ?? {},
  );
  assert.deepEqual(
    mutations.filter((name) => /audit/i.test(name)),
    [],
  );
});
