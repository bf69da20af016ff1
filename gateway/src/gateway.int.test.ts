import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { signAccessToken } from '@quarry/auth';
import { SAMPLE_COLLECTION } from '@quarry/prisma';
import { postGraphql } from '@quarry/service-kit/testing';
import { removeDocumentEntities, writeDocumentEntities } from '@quarry/subgraph-graph/testing';
import { startFederation, type Federation } from './testing/federation.ts';

// Every store is isolated per run (see testing/federation.ts); the graph gets unique Neo4j ids.
const run = randomUUID();
const docId = `doc-${run}`;
const entityId = `ent-${run}`;
const sampleText = 'Ada Lovelace visited the archive.';

let fed: Federation;
let admin: Federation['admin'];
let gateway: Federation['gateway'];
let secret: string;

function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  bearer: string | null = null,
) {
  return postGraphql<T>(`${gateway.url}/graphql`, query, variables, bearer);
}

function login(): Promise<string> {
  return fed.signIn(admin.email, admin.password);
}

before(async () => {
  fed = await startFederation(process.env);
  ({ admin, gateway, secret } = fed);
  await fed.indexDocument(docId, fed.sampleId, 'Field report', sampleText);
  await writeDocumentEntities(fed.graph.driver, { id: docId, collectionId: fed.sampleId }, [
    { key: entityId, name: 'Ada Lovelace', type: 'PERSON' },
  ]);
});

after(async () => {
  if (fed) await removeDocumentEntities(fed.graph.driver, [docId], [entityId]);
  await fed?.close();
});

test('without a token every operation but login is UNAUTHENTICATED (HTTP 401)', async () => {
  const { status, body } = await gql('{ me { email } }');
  assert.equal(status, 401);
  assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  const introspection = await gql('{ __schema { queryType { name } } }');
  assert.equal(introspection.status, 401);
  // Validation messages would reveal the schema too ("did you mean …").
  const invalid = await gql('{ documentz { id } }');
  assert.equal(invalid.status, 401);
  assert.equal(invalid.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('a forged token is rejected', async () => {
  const forged = await signAccessToken(
    { id: 'x', email: admin.email, name: 'Mallory', roles: ['admin'], collections: [] },
    `${secret}-forged`,
    300,
  );
  const { status, body } = await gql('{ me { email } }', {}, forged);
  assert.equal(status, 401);
  assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('login mixed with another field is refused even though login needs no token', async () => {
  const { body } = await gql('mutation { login(email: "a@b.c", password: "x") { ok } __typename }');
  assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});

test('login through the gateway, then the federated query spans all three subgraphs', async () => {
  const token = await login();
  const { status, body } = await gql<{
    me: { email: string };
    documents: {
      nodes: Array<{
        id: string;
        title: string;
        collection: { name: string };
        entities: Array<{ name: string; type: string }>;
      }>;
    };
  }>(
    '{ me { email } documents(first: 5) { nodes { id title collection { name } entities { name type } } } }',
    {},
    token,
  );
  assert.equal(status, 200);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data?.me.email, admin.email);
  assert.deepEqual(body.data?.documents.nodes, [
    {
      id: docId,
      title: 'Field report',
      collection: { name: SAMPLE_COLLECTION },
      entities: [{ name: 'Ada Lovelace', type: 'PERSON' }],
    },
  ]);
  const introspection = await gql<{ __schema: { queryType: { name: string } } }>(
    '{ __schema { queryType { name } } }',
    {},
    token,
  );
  assert.equal(introspection.body.data?.__schema.queryType.name, 'Query');
});

test('GET /status needs a token and reports every service', async () => {
  const anonymous = await fetch(`${gateway.url}/status`);
  assert.equal(anonymous.status, 401);
  const response = await fetch(`${gateway.url}/status`, {
    headers: { authorization: `Bearer ${await login()}` },
  });
  assert.equal(response.status, 200);
  const { services: statuses } = (await response.json()) as {
    services: Array<{ name: string; ready: boolean; error?: string }>;
  };
  const ready = Object.fromEntries(statuses.map((s) => [s.name, s.ready]));
  assert.deepEqual(ready, {
    gateway: true,
    documents: true,
    graph: true,
    accounts: true,
    pipeline: false,
  });
  assert.ok(statuses.find((s) => s.name === 'pipeline')?.error);
});

test('the gateway is ready when every subgraph is', async () => {
  const response = await fetch(`${gateway.url}/readyz`);
  assert.equal(response.status, 200);
});

// --- Issue 4: API hardening and the offline playground ---------------------------------------

/** Starts another gateway on the same subgraphs with some settings changed; the caller closes it. */
function startVariant(overrides: Record<string, string>) {
  return fed.startGateway(overrides);
}

async function postRaw(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: JSON.parse(text) as unknown,
  };
}

const firstCode = (body: unknown) =>
  (body as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;

test('each limit refuses an abusive query with its code and HTTP 400; anonymous callers too', async () => {
  const token = await login();
  const deep = `{ ${'documents { nodes { collection { '.repeat(4)}id${' } } }'.repeat(4)} }`;
  const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { email }`).join(' ')} }`;
  const complex = '{ documents(first: 100000) { nodes { id title entities { name } } } }';
  const long = `{ me { email } }\n#${'x'.repeat(20_000)}`;
  for (const [query, code] of [
    [deep, 'QUERY_TOO_DEEP'],
    [aliases, 'TOO_MANY_ALIASES'],
    [complex, 'QUERY_TOO_COMPLEX'],
    [long, 'QUERY_TOO_LONG'],
  ] as const) {
    const { status, body } = await gql(query, {}, token);
    assert.equal(status, 400, `${code}: ${JSON.stringify(body)}`);
    assert.equal(body.errors?.[0]?.extensions?.code, code);
    // Without a token the request is refused as well: with the limit's code, or as
    // UNAUTHENTICATED where the auth check answers first (it hides validation details).
    const anonymous = await gql(query);
    assert.ok([400, 401].includes(anonymous.status), `${code}: ${anonymous.status}`);
    assert.equal(anonymous.body.data ?? null, null);
  }
  // A normal query from the same caller still works.
  const { status, body } = await gql<{ me: { email: string } }>('{ me { email } }', {}, token);
  assert.equal(status, 200);
  assert.equal(body.data?.me.email, admin.email);
});

test('batches are refused by default; an oversized body gets PAYLOAD_TOO_LARGE (413)', async () => {
  const token = await login();
  const auth = { authorization: `Bearer ${token}` };
  const batch = await postRaw(gateway.url, JSON.stringify([{ query: '{ me { email } }' }]), auth);
  assert.equal(batch.status, 400);
  assert.equal(firstCode(batch.body), 'BATCH_NOT_ALLOWED');
  const huge = JSON.stringify({
    query: '{ me { email } }',
    variables: { pad: 'x'.repeat(300_000) },
  });
  const tooLarge = await postRaw(gateway.url, huge, auth);
  assert.equal(tooLarge.status, 413);
  assert.equal(firstCode(tooLarge.body), 'PAYLOAD_TOO_LARGE');
});

test('with batching on, a batch up to GRAPHQL_MAX_BATCH_SIZE runs and a larger one is refused', async () => {
  const variant = await startVariant({
    GRAPHQL_BATCH_ENABLED: 'true',
    GRAPHQL_MAX_BATCH_SIZE: '2',
  });
  try {
    const auth = { authorization: `Bearer ${await login()}` };
    const op = { query: '{ me { email } }' };
    const ok = await postRaw(variant.url, JSON.stringify([op, op]), auth);
    assert.equal(ok.status, 200, ok.text);
    assert.deepEqual(ok.body, [
      { data: { me: { email: admin.email } } },
      { data: { me: { email: admin.email } } },
    ]);
    const tooMany = await postRaw(variant.url, JSON.stringify([op, op, op]), auth);
    assert.equal(tooMany.status, 400);
    assert.equal(firstCode(tooMany.body), 'BATCH_TOO_LARGE');
  } finally {
    await variant.close();
  }
});

test('CSRF prevention: a simple GET or text/plain POST without a preflight header is refused', async () => {
  const auth = { authorization: `Bearer ${await login()}` };
  const query = encodeURIComponent('{ me { email } }');
  const get = await fetch(`${gateway.url}/graphql?query=${query}`, { headers: auth });
  assert.equal(get.status, 400);
  const getBody = (await get.json()) as {
    errors: Array<{ message: string; extensions: { code: string } }>;
  };
  assert.equal(getBody.errors[0]?.extensions.code, 'BAD_REQUEST');
  assert.match(getBody.errors[0]?.message ?? '', /Cross-Site Request Forgery/);
  const textPlain = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'text/plain' },
    body: JSON.stringify({ query: '{ me { email } }' }),
  });
  assert.equal(textPlain.status, 400);
  assert.match(await textPlain.text(), /Cross-Site Request Forgery/);
  // The same GET with the preflight header is a normal request.
  const preflighted = await fetch(`${gateway.url}/graphql?query=${query}`, {
    headers: { ...auth, 'apollo-require-preflight': 'true' },
  });
  assert.equal(preflighted.status, 200);
});

test('a subgraph that is down yields a generic error with a request id, no address, no stack', async () => {
  // Nothing listens on port 9: the graph subgraph is unreachable.
  const variant = await startVariant({ GRAPH_URL: 'http://127.0.0.1:9' });
  try {
    const token = await login();
    const { status, headers, text, body } = await postRaw(
      variant.url,
      JSON.stringify({ query: '{ documents(first: 5) { nodes { id entities { name } } } }' }),
      { authorization: `Bearer ${token}` },
    );
    assert.equal(status, 200);
    assert.doesNotMatch(text, /127\.0\.0\.1|localhost|ECONNREFUSED|stacktrace|exception|\bat /i);
    const errors = (
      body as { errors: Array<{ message: string; extensions: Record<string, unknown> }> }
    ).errors;
    assert.ok(errors.length > 0, text);
    for (const error of errors) {
      assert.equal(error.extensions.code, 'INTERNAL_SERVER_ERROR');
      assert.equal(error.extensions.requestId, headers.get('x-request-id'));
    }
  } finally {
    await variant.close();
  }
});

test('GET /playground serves GraphiQL offline under a strict CSP', async () => {
  const page = await fetch(`${gateway.url}/playground`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
  const csp = page.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
  const html = await page.text();
  assert.match(html, /src="\/playground\/playground\.js"/);
  assert.doesNotMatch(html, /https?:\/\//, 'the page must not load anything from a CDN');
  // Anyone may load the page; it says what the schema and docs need (introspection is gated).
  assert.match(html, /ADMIN or DEVELOPER role/);
  const script = await fetch(`${gateway.url}/playground/playground.js`);
  assert.equal(script.status, 200);
  assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.match(await script.text(), /graphiql/i);
  const css = await fetch(`${gateway.url}/playground/playground.css`);
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
});
