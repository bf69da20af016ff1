export {
  CREDENTIAL_KINDS,
  isCredentialKind,
  isRole,
  ROLES,
  canWriteCollection,
  writableCollections,
  type CredentialKind,
  type Role,
  type Viewer,
} from './claims.ts';
export { InvalidTokenError, bearerToken, signAccessToken, verifyAccessToken } from './tokens.ts';
export { GATEWAY_TOKEN_HEADER, isGatewayToken, signGatewayToken } from './gateway-tokens.ts';
export { signSessionToken, verifySessionToken, type SessionClaims } from './session-tokens.ts';
