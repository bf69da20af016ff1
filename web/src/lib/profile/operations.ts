import 'server-only';
import { z } from 'zod';
import { runOperation } from '../admin/run-operation.ts';
import { ACCESS_LEVELS, apiToken, collectionRef, session } from '../admin/schemas.ts';
import type { CreateApiTokenInput } from './token-form.ts';
import {
  CHANGE_PASSWORD,
  CREATE_API_TOKEN,
  LOGOUT,
  MY_API_TOKENS,
  MY_SESSIONS,
  PROFILE,
  PROFILE_ACCESS,
  REVOKE_SESSION,
} from '../operations/profile.ts';

// The profile page's fixed operations: the viewer's own account, password, tokens and sessions.

/** Works against the accounts API as it was before the identity contract. */
export function fetchProfile(token: string) {
  return runOperation(
    token,
    PROFILE,
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
    PROFILE_ACCESS,
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
    CHANGE_PASSWORD,
    { currentPassword, newPassword },
    z.object({ changePassword: z.object({ ok: z.boolean(), error: z.string().nullable() }) }),
  );
}

export function fetchMyApiTokens(token: string) {
  return runOperation(token, MY_API_TOKENS, {}, z.object({ myApiTokens: z.array(apiToken) }));
}

export function createApiToken(token: string, input: CreateApiTokenInput) {
  return runOperation(
    token,
    CREATE_API_TOKEN,
    { input },
    z.object({ createApiToken: z.object({ token: apiToken, secret: z.string() }) }),
  );
}

export function fetchMySessions(token: string) {
  return runOperation(token, MY_SESSIONS, {}, z.object({ mySessions: z.array(session) }));
}

export function revokeSession(token: string, id: string) {
  return runOperation(token, REVOKE_SESSION, { id }, z.object({ revokeSession: session }));
}

export function logout(token: string) {
  return runOperation(token, LOGOUT, {}, z.object({ logout: z.boolean() }));
}
