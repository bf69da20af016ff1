// The sign-in operations: the only ones sent without a token. Pure text: lib/gateway/login.ts
// sends them, and the limits test checks them.

const PAYLOAD = 'ok token expiresAt user { id email name roles } error';
export const LOGIN_MUTATION = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { ${PAYLOAD} }
}`;
// Single sign-on: the ID token the OIDC provider gave next-auth, exchanged for a Quarry session.
export const OIDC_LOGIN_MUTATION = `mutation Login($idToken: String!) {
  login: loginWithOidc(idToken: $idToken) { ${PAYLOAD} }
}`;
