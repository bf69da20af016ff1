// The admin pages' GraphQL operations (users, groups, collections, API tokens, audit log), as
// typed documents: lib/admin/* sends them, and the gateway's limits test checks them. The
// fragments they spread are in ../admin/fields.ts.
import { graphql } from '#graphql';

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

export const ADMIN_USERS = graphql(`
  query AdminUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      nodes {
        ...AdminUserFields
      }
      totalCount
      endCursor
      hasNextPage
    }
  }
`);
export const ADMIN_READABLE_COLLECTIONS = graphql(`
  query AdminReadableCollections {
    collections {
      id
      name
    }
  }
`);
export const ADMIN_CREATE_USER = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...AdminUserFields
      }
      password
    }
  }
`);
export const ADMIN_SET_USER_ACTIVE = graphql(`
  mutation AdminSetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      ...AdminUserFields
    }
  }
`);
export const ADMIN_RESET_PASSWORD = graphql(`
  mutation AdminResetPassword($id: ID!) {
    resetUserPassword(id: $id) {
      user {
        ...AdminUserFields
      }
      password
    }
  }
`);
export const ADMIN_UNLOCK_USER = graphql(`
  mutation AdminUnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...AdminUserFields
    }
  }
`);
export const ADMIN_SET_USER_ROLES = graphql(`
  mutation AdminSetUserRoles($id: ID!, $roles: [Role!]!) {
    setUserRoles(id: $id, roles: $roles) {
      ...AdminUserFields
    }
  }
`);
export const ADMIN_REVOKE_USER_SESSIONS = graphql(`
  mutation AdminRevokeUserSessions($userId: ID!) {
    revokeUserSessions(userId: $userId)
  }
`);

export const ADMIN_GROUPS = graphql(`
  query AdminGroups($first: Int!, $after: String) {
    groups(first: $first, after: $after) {
      nodes {
        ...GroupFields
      }
      totalCount
      endCursor
      hasNextPage
    }
  }
`);
/** Ids and names only, for pickers: cheaper than the full GROUP selection of a long page. */
export const ADMIN_GROUP_NAMES = graphql(`
  query AdminGroupNames($first: Int!) {
    groups(first: $first) {
      nodes {
        id
        name
      }
      totalCount
      endCursor
      hasNextPage
    }
  }
`);
export const ADMIN_GROUP = graphql(`
  query AdminGroup($id: ID!) {
    group(id: $id) {
      ...GroupFields
    }
  }
`);
export const ADMIN_CREATE_GROUP = graphql(`
  mutation AdminCreateGroup($input: GroupInput!) {
    createGroup(input: $input) {
      ...GroupFields
    }
  }
`);
export const ADMIN_UPDATE_GROUP = graphql(`
  mutation AdminUpdateGroup($id: ID!, $input: GroupInput!) {
    updateGroup(id: $id, input: $input) {
      ...GroupFields
    }
  }
`);
export const ADMIN_DELETE_GROUP = graphql(`
  mutation AdminDeleteGroup($id: ID!) {
    deleteGroup(id: $id)
  }
`);
export const ADMIN_ADD_GROUP_MEMBER = graphql(`
  mutation AdminAddGroupMember($groupId: ID!, $userId: ID!) {
    addGroupMember(groupId: $groupId, userId: $userId) {
      ...GroupFields
    }
  }
`);
export const ADMIN_REMOVE_GROUP_MEMBER = graphql(`
  mutation AdminRemoveGroupMember($groupId: ID!, $userId: ID!) {
    removeGroupMember(groupId: $groupId, userId: $userId) {
      ...GroupFields
    }
  }
`);

export const ADMIN_COLLECTIONS = graphql(`
  query AdminCollections($first: Int!, $after: String) {
    allCollections(first: $first, after: $after) {
      nodes {
        ...AdminCollectionFields
      }
      totalCount
      endCursor
      hasNextPage
    }
  }
`);
export const ADMIN_CREATE_COLLECTION = graphql(`
  mutation AdminCreateCollection($name: String!) {
    createCollection(name: $name) {
      ...AdminCollectionFields
    }
  }
`);
export const ADMIN_RENAME_COLLECTION = graphql(`
  mutation AdminRenameCollection($id: ID!, $name: String!) {
    renameCollection(id: $id, name: $name) {
      ...AdminCollectionFields
    }
  }
`);
export const ADMIN_GRANT_COLLECTION = graphql(`
  mutation AdminGrantCollection($collectionId: ID!, $groupId: ID!, $access: CollectionAccess!) {
    grantCollection(collectionId: $collectionId, groupId: $groupId, access: $access) {
      ...AdminCollectionFields
    }
  }
`);
export const ADMIN_REVOKE_COLLECTION_GRANT = graphql(`
  mutation AdminRevokeCollectionGrant($collectionId: ID!, $groupId: ID!) {
    revokeCollectionGrant(collectionId: $collectionId, groupId: $groupId) {
      ...AdminCollectionFields
    }
  }
`);

export const ADMIN_API_TOKENS = graphql(`
  query AdminApiTokens($userId: ID, $first: Int!, $after: String) {
    apiTokens(userId: $userId, first: $first, after: $after) {
      nodes {
        ...ApiTokenFields
      }
      totalCount
      endCursor
      hasNextPage
    }
  }
`);
export const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);

export const ADMIN_AUDIT_EVENTS = graphql(`
  query AdminAuditEvents($filter: AuditFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      nodes {
        ...AuditEventFields
      }
      totalCount
      endCursor
      hasNextPage
    }
  }
`);
