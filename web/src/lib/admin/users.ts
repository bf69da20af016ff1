import 'server-only';
import { z } from 'zod';
import { runOperation } from './run-operation.ts';
import { adminUser, collectionRef, page } from './schemas.ts';
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

const usersData = z.object({
  users: page(adminUser),
});

export function fetchUsers(token: string, after: string | null, first = USERS_PAGE_SIZE) {
  return runOperation(token, ADMIN_USERS, { first, after }, usersData);
}

/** The viewer's readable collections (Query.collections: works before the identity API lands). */
export function fetchReadableCollections(token: string) {
  return runOperation(
    token,
    ADMIN_READABLE_COLLECTIONS,
    {},
    z.object({ collections: z.array(collectionRef) }),
  );
}

export interface CreateUserInput {
  email: string;
  name: string;
  roles: string[];
  collectionIds: string[];
}

const withPassword = z.object({ user: adminUser, password: z.string() });

export function createUser(token: string, input: CreateUserInput) {
  return runOperation(token, ADMIN_CREATE_USER, { input }, z.object({ createUser: withPassword }));
}

export function setUserActive(token: string, id: string, active: boolean) {
  return runOperation(
    token,
    ADMIN_SET_USER_ACTIVE,
    { id, active },
    z.object({ setUserActive: adminUser }),
  );
}

export function resetUserPassword(token: string, id: string) {
  return runOperation(
    token,
    ADMIN_RESET_PASSWORD,
    { id },
    z.object({ resetUserPassword: withPassword }),
  );
}

export function unlockUser(token: string, id: string) {
  return runOperation(token, ADMIN_UNLOCK_USER, { id }, z.object({ unlockUser: adminUser }));
}

export function setUserRoles(token: string, id: string, roles: string[]) {
  return runOperation(
    token,
    ADMIN_SET_USER_ROLES,
    { id, roles },
    z.object({ setUserRoles: adminUser }),
  );
}

export function revokeUserSessions(token: string, userId: string) {
  return runOperation(
    token,
    ADMIN_REVOKE_USER_SESSIONS,
    { userId },
    z.object({ revokeUserSessions: z.number() }),
  );
}
