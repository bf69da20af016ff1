// The benchmark's reader: a real user of a private accounts database with a real API token, so the
// gateway path authenticates as every API client does (the gateway asks the accounts service, then
// its cache: AUTH_CACHE_MS of the stack's settings, default 2000).
import { randomUUID } from 'node:crypto';
import { createPrismaClient, hashPassword } from '@quarry/prisma';

/** Minimal GraphQL call for the set-up (not timed); fails on any GraphQL error. */
export async function setupCall<T>(
  url: string,
  query: string,
  variables: object,
  bearer?: string,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

export interface BenchReader {
  /** every collection the benchmark's data uses: rows of the private database */
  collections: string[];
  /** the ones the bench analyst is a member of */
  readable: string[];
}

/**
 * A READ API token of a bench analyst who may read `readable`: the user and the collections are
 * rows of the private database, the session comes from `login`, the token from createApiToken,
 * both through the gateway (accounts answers nobody else).
 */
export async function benchApiToken(
  databaseUrl: string,
  gatewayUrl: string,
  { collections, readable }: BenchReader,
): Promise<string> {
  const prisma = createPrismaClient(databaseUrl);
  const password = randomUUID();
  try {
    await prisma.collection.createMany({ data: collections.map((id) => ({ id, name: id })) });
    await prisma.user.create({
      data: {
        email: 'bench@example.org',
        name: 'Bench',
        passwordHash: await hashPassword(password, 4),
        roles: { create: [{ role: 'analyst' }] },
        memberships: { create: readable.map((collectionId) => ({ collectionId })) },
      },
    });
  } finally {
    await prisma.$disconnect();
  }
  const { login } = await setupCall<{ login: { token: string | null } }>(
    gatewayUrl,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: 'bench@example.org', p: password },
  );
  if (!login.token) throw new Error('the bench user could not sign in');
  const { createApiToken } = await setupCall<{ createApiToken: { secret: string } }>(
    gatewayUrl,
    'mutation { createApiToken(input: { name: "bench", scopes: [READ], expiresInDays: 1 }) { secret } }',
    {},
    login.token,
  );
  return createApiToken.secret;
}
