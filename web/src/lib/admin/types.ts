// The shapes the admin and profile pages render: the result types of the fragments in fields.ts,
// so a schema change that breaks a page fails typecheck. The constant lists feed the forms (and
// their zod input checks); `satisfies` keeps them to the schema's enums.
import type { ResultOf } from '@graphql-typed-document-node/core';
import type {
  CollectionAccess as SchemaCollectionAccess,
  Role as SchemaRole,
  TokenScope as SchemaTokenScope,
} from '#graphql/types';
import type {
  ADMIN_COLLECTION,
  ADMIN_USER,
  API_TOKEN,
  AUDIT_EVENT,
  GROUP,
  SESSION,
  USER_REF,
} from './fields.ts';

export const ROLES = [
  'ADMIN',
  'ANALYST',
  'VIEWER',
  'DEVELOPER',
] as const satisfies readonly SchemaRole[];
export type Role = (typeof ROLES)[number];
export const ACCESS_LEVELS = ['READ', 'WRITE'] as const satisfies readonly SchemaCollectionAccess[];
export type CollectionAccess = (typeof ACCESS_LEVELS)[number];
export const TOKEN_SCOPES = [
  'READ',
  'WRITE',
  'ADMIN',
] as const satisfies readonly SchemaTokenScope[];
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export type UserRef = ResultOf<typeof USER_REF>;
export type AdminUser = ResultOf<typeof ADMIN_USER>;
export interface CollectionRef {
  id: string;
  name: string;
}
export type Group = ResultOf<typeof GROUP>;
export type AdminCollection = ResultOf<typeof ADMIN_COLLECTION>;
export type ApiToken = ResultOf<typeof API_TOKEN>;
export type Session = ResultOf<typeof SESSION>;
export type AuditEvent = ResultOf<typeof AUDIT_EVENT>;
