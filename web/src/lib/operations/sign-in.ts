// The sign-in operations: the only ones sent without a token, by lib/gateway/login.ts (next-auth's
// authorize, before there is a session). Typed documents; the limits test checks them.
import { graphql } from '#graphql';

export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...LoginPayloadFields
    }
  }
`);
// Single sign-on: the ID token the OIDC provider gave next-auth, exchanged for a Quarry session.
export const OIDC_LOGIN_MUTATION = graphql(`
  mutation OidcLogin($idToken: String!) {
    login: loginWithOidc(idToken: $idToken) {
      ...LoginPayloadFields
    }
  }
`);

export const LOGIN_PAYLOAD = graphql(`
  fragment LoginPayloadFields on LoginPayload {
    ok
    token
    expiresAt
    user {
      id
      email
      name
      roles
    }
    error
  }
`);
