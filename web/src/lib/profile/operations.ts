import 'server-only';
import { runOperation } from '../gateway/run-operation.ts';
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
export function fetchProfile() {
  return runOperation(PROFILE);
}

/** The identity contract's additions: access per collection, and the viewer's groups. */
export function fetchProfileAccess() {
  return runOperation(PROFILE_ACCESS);
}

export function changePassword(currentPassword: string, newPassword: string) {
  return runOperation(CHANGE_PASSWORD, { currentPassword, newPassword });
}

export function fetchMyApiTokens() {
  return runOperation(MY_API_TOKENS);
}

export function createApiToken(input: CreateApiTokenInput) {
  return runOperation(CREATE_API_TOKEN, { input });
}

export function fetchMySessions() {
  return runOperation(MY_SESSIONS);
}

export function revokeSession(id: string) {
  return runOperation(REVOKE_SESSION, { id });
}

export function logout() {
  return runOperation(LOGOUT);
}
