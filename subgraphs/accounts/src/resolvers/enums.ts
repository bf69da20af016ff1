import type { Role as StoredRole } from '@quarry/auth';
import type { CollectionAccess, Role, TokenScope } from '../../generated/resolvers-types.ts';
import type { Access } from '../identity/access.ts';
import type { Scope } from '../identity/scopes.ts';

// Stored lower-case ('admin'), exposed as the schema's enums (ADMIN). Written out rather than
// upper-cased, so a stored value the GraphQL enum lacks fails typecheck instead of a response.
const ROLES = {
  admin: 'ADMIN',
  analyst: 'ANALYST',
  viewer: 'VIEWER',
  developer: 'DEVELOPER',
} as const satisfies Record<StoredRole, Role>;
const ACCESS = { read: 'READ', write: 'WRITE' } as const satisfies Record<Access, CollectionAccess>;
const SCOPES = { read: 'READ', write: 'WRITE', admin: 'ADMIN' } as const satisfies Record<
  Scope,
  TokenScope
>;

export const apiRole = (role: StoredRole): Role => ROLES[role];
export const apiAccess = (access: Access): CollectionAccess => ACCESS[access];
export const apiScope = (scope: Scope): TokenScope => SCOPES[scope];
