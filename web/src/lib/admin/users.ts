import 'server-only';
import { runOperation } from '../gateway/run-operation.ts';
import type { Role } from './types.ts';
import {
  ADMIN_CREATE_USER,
  ADMIN_READABLE_COLLECTIONS,
  ADMIN_RESET_PASSWORD,
  ADMIN_REVOKE_USER_SESSIONS,
  ADMIN_SET_USER_ACTIVE,
  ADMIN_SET_USER_ROLES,
  ADMIN_UNLOCK_USER,
  ADMIN_USERS,
  USERS_PAGE_SIZE,
} from '../operations/admin.ts';

// Users: the existing accounts API (users, createUser, setUserActive, resetUserPassword,
// unlockUser) plus the identity contract's setUserRoles and revokeUserSessions.

export { USERS_PAGE_SIZE };

export function fetchUsers(after: string | null, first = USERS_PAGE_SIZE) {
  return runOperation(ADMIN_USERS, { first, after });
}

/** The viewer's readable collections (Query.collections: works before the identity API lands). */
export function fetchReadableCollections() {
  return runOperation(ADMIN_READABLE_COLLECTIONS);
}

export interface CreateUserInput {
  email: string;
  name: string;
  roles: Role[];
  collectionIds: string[];
}

export function createUser(input: CreateUserInput) {
  return runOperation(ADMIN_CREATE_USER, { input });
}

export function setUserActive(id: string, active: boolean) {
  return runOperation(ADMIN_SET_USER_ACTIVE, { id, active });
}

export function resetUserPassword(id: string) {
  return runOperation(ADMIN_RESET_PASSWORD, { id });
}

export function unlockUser(id: string) {
  return runOperation(ADMIN_UNLOCK_USER, { id });
}

export function setUserRoles(id: string, roles: Role[]) {
  return runOperation(ADMIN_SET_USER_ROLES, { id, roles });
}

export function revokeUserSessions(userId: string) {
  return runOperation(ADMIN_REVOKE_USER_SESSIONS, { userId });
}
