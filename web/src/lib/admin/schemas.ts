import { z } from 'zod';

// zod shapes of what the admin and profile operations select (contract:
// subgraphs/accounts/schema.graphql + the identity contract). One place to edit when it changes.

export const ROLES = ['ADMIN', 'ANALYST', 'VIEWER', 'DEVELOPER'] as const;
export type Role = (typeof ROLES)[number];
export const ACCESS_LEVELS = ['READ', 'WRITE'] as const;
export type CollectionAccess = (typeof ACCESS_LEVELS)[number];
export const TOKEN_SCOPES = ['READ', 'WRITE', 'ADMIN'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Unknown roles (a newer API) are kept as text rather than failing the page. */
const role = z.string();

export const userRef = z.object({ id: z.string(), email: z.string(), name: z.string() });
export type UserRef = z.infer<typeof userRef>;

export const adminUser = userRef.extend({
  roles: z.array(role),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof adminUser>;

export const collectionRef = z.object({ id: z.string(), name: z.string() });
export type CollectionRef = z.infer<typeof collectionRef>;

const access = z.enum(ACCESS_LEVELS);

export const groupGrant = z.object({ collection: collectionRef, access });
export const collectionGrant = z.object({
  group: z.object({ id: z.string(), name: z.string() }),
  access,
});

export const group = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  members: z.array(userRef),
  grants: z.array(groupGrant),
});
export type Group = z.infer<typeof group>;

export const adminCollection = collectionRef.extend({
  createdAt: z.string(),
  grants: z.array(collectionGrant),
});
export type AdminCollection = z.infer<typeof adminCollection>;

export const apiToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  collectionIds: z.array(z.string()).nullable(),
  owner: userRef,
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;

export const session = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastSeenAt: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
  revokedAt: z.string().nullable(),
});
export type Session = z.infer<typeof session>;

export const auditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actor: userRef.nullable(),
  action: z.string(),
  target: z.string(),
  outcome: z.string(),
  ip: z.string().nullable(),
  details: z.string(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

/** A cursor page as every list of the accounts API returns it. */
export function page<T extends z.ZodType>(node: T) {
  return z.object({
    nodes: z.array(node),
    totalCount: z.number(),
    endCursor: z.string().nullable(),
    hasNextPage: z.boolean(),
  });
}
