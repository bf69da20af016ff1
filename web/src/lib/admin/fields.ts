// Selections shared by the admin and profile operations, as fragments (no masking: their fields
// belong to the result type of each operation that spreads them). Their result types are the
// types the pages render.
import { graphql } from '#graphql';

export const USER_REF = graphql(`
  fragment UserRefFields on User {
    id
    email
    name
  }
`);

export const ADMIN_USER = graphql(`
  fragment AdminUserFields on User {
    ...UserRefFields
    roles
    active
    lockedUntil
    createdAt
  }
`);

export const GROUP = graphql(`
  fragment GroupFields on Group {
    id
    name
    description
    createdAt
    members {
      ...UserRefFields
    }
    grants {
      collection {
        id
        name
      }
      access
    }
  }
`);

export const ADMIN_COLLECTION = graphql(`
  fragment AdminCollectionFields on Collection {
    id
    name
    createdAt
    grants {
      group {
        id
        name
      }
      access
    }
  }
`);

export const API_TOKEN = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    scopes
    collectionIds
    owner {
      ...UserRefFields
    }
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

export const SESSION = graphql(`
  fragment SessionFields on Session {
    id
    createdAt
    expiresAt
    lastSeenAt
    ip
    userAgent
    current
    revokedAt
  }
`);

export const AUDIT_EVENT = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    at
    actorId
    actor {
      ...UserRefFields
    }
    action
    target
    outcome
    ip
    details
  }
`);
