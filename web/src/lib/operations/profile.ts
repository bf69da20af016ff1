// The profile page's GraphQL operations (own account, tokens, sessions, sign-out), as typed
// documents: lib/profile/operations.ts sends them, and the gateway's limits test checks them.
import { graphql } from '#graphql';

/** Works against the accounts API as it was before the identity contract. */
export const PROFILE = graphql(`
  query Profile {
    me {
      id
      email
      name
      roles
      createdAt
    }
    collections {
      id
      name
    }
  }
`);
/** The identity contract's additions: access per collection, and the viewer's groups. */
export const PROFILE_ACCESS = graphql(`
  query ProfileAccess {
    me {
      groups {
        id
        name
      }
    }
    collections {
      id
      access
    }
  }
`);
export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ok
      error
    }
  }
`);
export const MY_API_TOKENS = graphql(`
  query MyApiTokens {
    myApiTokens {
      ...ApiTokenFields
    }
  }
`);
export const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token {
        ...ApiTokenFields
      }
      secret
    }
  }
`);
export const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      ...SessionFields
    }
  }
`);
export const REVOKE_SESSION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id) {
      ...SessionFields
    }
  }
`);
export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
