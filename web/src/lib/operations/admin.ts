// The admin pages' GraphQL operations (users, groups, collections, API tokens, audit log). Pure
// text: lib/admin/* sends them, and the limits test (./fit-gateway-limits.test.ts) checks them.
import {
  ADMIN_COLLECTION,
  ADMIN_USER,
  API_TOKEN,
  AUDIT_EVENT,
  GROUP,
  PAGE_INFO,
} from '../admin/fields.ts';

// The page sizes the admin pages send: the limits test checks every operation with them.
export const USERS_PAGE_SIZE = 50;
export const GROUPS_PAGE_SIZE = 50;
export const COLLECTIONS_PAGE_SIZE = 50;
export const TOKENS_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 50;
/** The audit export's page: the API's maximum, so few round trips (it costs 1001 of 5000). */
export const EXPORT_PAGE_SIZE = 500;
/**
 * The longest lists the admin pages ask for to fill their pickers (users on the Groups, Tokens and
 * Audit tabs; groups and collections on the Users and Collections tabs). A page that asks for more
 * must raise this, so the limits test checks that size.
 */
export const PICKER_SIZES = { users: 200, groups: 100, collections: 100 } as const;

export const ADMIN_USERS = `query AdminUsers($first: Int!, $after: String) {
  users(first: $first, after: $after) { nodes { ${ADMIN_USER} } ${PAGE_INFO} }
}`;
export const ADMIN_READABLE_COLLECTIONS =
  'query AdminReadableCollections { collections { id name } }';
export const ADMIN_CREATE_USER = `mutation AdminCreateUser($input: CreateUserInput!) {
  createUser(input: $input) { user { ${ADMIN_USER} } password }
}`;
export const ADMIN_SET_USER_ACTIVE = `mutation AdminSetUserActive($id: ID!, $active: Boolean!) {
  setUserActive(id: $id, active: $active) { ${ADMIN_USER} }
}`;
export const ADMIN_RESET_PASSWORD = `mutation AdminResetPassword($id: ID!) {
  resetUserPassword(id: $id) { user { ${ADMIN_USER} } password }
}`;
export const ADMIN_UNLOCK_USER = `mutation AdminUnlockUser($id: ID!) { unlockUser(id: $id) { ${ADMIN_USER} } }`;
export const ADMIN_SET_USER_ROLES = `mutation AdminSetUserRoles($id: ID!, $roles: [Role!]!) {
  setUserRoles(id: $id, roles: $roles) { ${ADMIN_USER} }
}`;
export const ADMIN_REVOKE_USER_SESSIONS =
  'mutation AdminRevokeUserSessions($userId: ID!) { revokeUserSessions(userId: $userId) }';

export const ADMIN_GROUPS = `query AdminGroups($first: Int!, $after: String) {
  groups(first: $first, after: $after) { nodes { ${GROUP} } ${PAGE_INFO} }
}`;
/** Ids and names only, for pickers: cheaper than the full GROUP selection of a long page. */
export const ADMIN_GROUP_NAMES = `query AdminGroupNames($first: Int!) {
  groups(first: $first) { nodes { id name } ${PAGE_INFO} }
}`;
export const ADMIN_GROUP = `query AdminGroup($id: ID!) { group(id: $id) { ${GROUP} } }`;
export const ADMIN_CREATE_GROUP = `mutation AdminCreateGroup($input: GroupInput!) { createGroup(input: $input) { ${GROUP} } }`;
export const ADMIN_UPDATE_GROUP = `mutation AdminUpdateGroup($id: ID!, $input: GroupInput!) {
  updateGroup(id: $id, input: $input) { ${GROUP} }
}`;
export const ADMIN_DELETE_GROUP = 'mutation AdminDeleteGroup($id: ID!) { deleteGroup(id: $id) }';
export const ADMIN_ADD_GROUP_MEMBER = `mutation AdminAddGroupMember($groupId: ID!, $userId: ID!) {
  addGroupMember(groupId: $groupId, userId: $userId) { ${GROUP} }
}`;
export const ADMIN_REMOVE_GROUP_MEMBER = `mutation AdminRemoveGroupMember($groupId: ID!, $userId: ID!) {
  removeGroupMember(groupId: $groupId, userId: $userId) { ${GROUP} }
}`;

export const ADMIN_COLLECTIONS = `query AdminCollections($first: Int!, $after: String) {
  allCollections(first: $first, after: $after) { nodes { ${ADMIN_COLLECTION} } ${PAGE_INFO} }
}`;
export const ADMIN_CREATE_COLLECTION = `mutation AdminCreateCollection($name: String!) {
  createCollection(name: $name) { ${ADMIN_COLLECTION} }
}`;
export const ADMIN_RENAME_COLLECTION = `mutation AdminRenameCollection($id: ID!, $name: String!) {
  renameCollection(id: $id, name: $name) { ${ADMIN_COLLECTION} }
}`;
export const ADMIN_GRANT_COLLECTION = `mutation AdminGrantCollection($collectionId: ID!, $groupId: ID!, $access: CollectionAccess!) {
  grantCollection(collectionId: $collectionId, groupId: $groupId, access: $access) { ${ADMIN_COLLECTION} }
}`;
export const ADMIN_REVOKE_COLLECTION_GRANT = `mutation AdminRevokeCollectionGrant($collectionId: ID!, $groupId: ID!) {
  revokeCollectionGrant(collectionId: $collectionId, groupId: $groupId) { ${ADMIN_COLLECTION} }
}`;

export const ADMIN_API_TOKENS = `query AdminApiTokens($userId: ID, $first: Int!, $after: String) {
  apiTokens(userId: $userId, first: $first, after: $after) { nodes { ${API_TOKEN} } ${PAGE_INFO} }
}`;
export const REVOKE_API_TOKEN = `mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ${API_TOKEN} } }`;

export const ADMIN_AUDIT_EVENTS = `query AdminAuditEvents($filter: AuditFilter, $first: Int!, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) { nodes { ${AUDIT_EVENT} } ${PAGE_INFO} }
}`;
