export { ROLES, isRole, type Role, type Viewer } from './claims.ts';
export { InvalidTokenError, bearerToken, signAccessToken, verifyAccessToken } from './tokens.ts';
