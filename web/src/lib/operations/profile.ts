// The profile page's GraphQL operations (own account, tokens, sessions, sign-out). Pure text:
// lib/profile/operations.ts sends them, and the limits test checks them.
import { API_TOKEN, SESSION } from '../admin/fields.ts';

/** Works against the accounts API as it was before the identity contract. */
export const PROFILE =
  'query Profile { me { id email name roles createdAt } collections { id name } }';
/** The identity contract's additions: access per collection, and the viewer's groups. */
export const PROFILE_ACCESS =
  'query ProfileAccess { me { groups { id name } } collections { id access } }';
export const CHANGE_PASSWORD = `mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ok error }
}`;
export const MY_API_TOKENS = `query MyApiTokens { myApiTokens { ${API_TOKEN} } }`;
export const CREATE_API_TOKEN = `mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token { ${API_TOKEN} } secret }
}`;
export const MY_SESSIONS = `query MySessions { mySessions { ${SESSION} } }`;
export const REVOKE_SESSION = `mutation RevokeSession($id: ID!) { revokeSession(id: $id) { ${SESSION} } }`;
export const LOGOUT = 'mutation Logout { logout }';
