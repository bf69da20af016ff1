import 'server-only';
import { z } from 'zod';
import { ADMIN_USER, PAGE_INFO } from './fields.ts';
import { runOperation } from './run-operation.ts';
import { adminUser, collectionRef, page } from './schemas.ts';

// Users: the existing accounts API (users, createUser, setUserActive, resetUserPassword,
// unlockUser) plus the identity contract's setUserRoles and revokeUserSessions.

export const USERS_PAGE_SIZE = 50;

const usersData = z.object({
  users: page(adminUser),
});

export function fetchUsers(token: string, after: string | null, first = USERS_PAGE_SIZE) {
  return runOperation(
    token,
    `query AdminUsers($first: Int!, $after: String) {
      users(first: $first, after: $after) { nodes { ${ADMIN_USER} } ${PAGE_INFO} }
    }`,
    { first, after },
    usersData,
  );
}

/** The viewer's readable collections (Query.collections: works before the identity API lands). */
export function fetchReadableCollections(token: string) {
  return runOperation(
    token,
    'query AdminReadableCollections { collections { id name } }',
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
  return runOperation(
    token,
    `mutation AdminCreateUser($input: CreateUserInput!) {
      createUser(input: $input) { user { ${ADMIN_USER} } password }
    }`,
    { input },
    z.object({ createUser: withPassword }),
  );
}

export function setUserActive(token: string, id: string, active: boolean) {
  return runOperation(
    token,
    `mutation AdminSetUserActive($id: ID!, $active: Boolean!) {
      setUserActive(id: $id, active: $active) { ${ADMIN_USER} }
    }`,
    { id, active },
    z.object({ setUserActive: adminUser }),
  );
}

export function resetUserPassword(token: string, id: string) {
  return runOperation(
    token,
    `mutation AdminResetPassword($id: ID!) {
      resetUserPassword(id: $id) { user { ${ADMIN_USER} } password }
    }`,
    { id },
    z.object({ resetUserPassword: withPassword }),
  );
}

export function unlockUser(token: string, id: string) {
  return runOperation(
    token,
    `mutation AdminUnlockUser($id: ID!) { unlockUser(id: $id) { ${ADMIN_USER} } }`,
    { id },
    z.object({ unlockUser: adminUser }),
  );
}

export function setUserRoles(token: string, id: string, roles: string[]) {
  return runOperation(
    token,
    `mutation AdminSetUserRoles($id: ID!, $roles: [Role!]!) {
      setUserRoles(id: $id, roles: $roles) { ${ADMIN_USER} }
    }`,
    { id, roles },
    z.object({ setUserRoles: adminUser }),
  );
}

export function revokeUserSessions(token: string, userId: string) {
  return runOperation(
    token,
    'mutation AdminRevokeUserSessions($userId: ID!) { revokeUserSessions(userId: $userId) }',
    { userId },
    z.object({ revokeUserSessions: z.number() }),
  );
}
