import 'server-only';
import { z } from 'zod';
import { API_TOKEN, SESSION } from '../admin/fields.ts';
import { runOperation } from '../admin/run-operation.ts';
import { ACCESS_LEVELS, apiToken, collectionRef, session } from '../admin/schemas.ts';
import type { CreateApiTokenInput } from './token-form.ts';

// The profile page's fixed operations: the viewer's own account, password, tokens and sessions.

/** Works against the accounts API as it was before the identity contract. */
export function fetchProfile(token: string) {
  return runOperation(
    token,
    'query Profile { me { id email name roles createdAt } collections { id name } }',
    {},
    z.object({
      me: z.object({
        id: z.string(),
        email: z.string(),
        name: z.string(),
        roles: z.array(z.string()),
        createdAt: z.string(),
      }),
      collections: z.array(collectionRef),
    }),
  );
}

/** The identity contract's additions: access per collection, and the viewer's groups. */
export function fetchProfileAccess(token: string) {
  return runOperation(
    token,
    'query ProfileAccess { me { groups { id name } } collections { id access } }',
    {},
    z.object({
      me: z.object({ groups: z.array(collectionRef) }),
      collections: z.array(z.object({ id: z.string(), access: z.enum(ACCESS_LEVELS) })),
    }),
  );
}

export function changePassword(token: string, currentPassword: string, newPassword: string) {
  return runOperation(
    token,
    `mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
      changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ok error }
    }`,
    { currentPassword, newPassword },
    z.object({ changePassword: z.object({ ok: z.boolean(), error: z.string().nullable() }) }),
  );
}

export function fetchMyApiTokens(token: string) {
  return runOperation(
    token,
    `query MyApiTokens { myApiTokens { ${API_TOKEN} } }`,
    {},
    z.object({ myApiTokens: z.array(apiToken) }),
  );
}

export function createApiToken(token: string, input: CreateApiTokenInput) {
  return runOperation(
    token,
    `mutation CreateApiToken($input: CreateApiTokenInput!) {
      createApiToken(input: $input) { token { ${API_TOKEN} } secret }
    }`,
    { input },
    z.object({ createApiToken: z.object({ token: apiToken, secret: z.string() }) }),
  );
}

export function fetchMySessions(token: string) {
  return runOperation(
    token,
    `query MySessions { mySessions { ${SESSION} } }`,
    {},
    z.object({ mySessions: z.array(session) }),
  );
}

export function revokeSession(token: string, id: string) {
  return runOperation(
    token,
    `mutation RevokeSession($id: ID!) { revokeSession(id: $id) { ${SESSION} } }`,
    { id },
    z.object({ revokeSession: session }),
  );
}

export function logout(token: string) {
  return runOperation(token, 'mutation Logout { logout }', {}, z.object({ logout: z.boolean() }));
}
