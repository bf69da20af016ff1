// GraphQL selections matching the zod shapes in schemas.ts (kept side by side on purpose).

export const USER_REF = 'id email name';
export const ADMIN_USER = `${USER_REF} roles active lockedUntil createdAt`;
export const GROUP = `id name description createdAt members { ${USER_REF} } grants { collection { id name } access }`;
export const ADMIN_COLLECTION = 'id name createdAt grants { group { id name } access }';
export const API_TOKEN = `id name prefix scopes collectionIds owner { ${USER_REF} } createdAt expiresAt lastUsedAt revokedAt`;
export const SESSION = 'id createdAt expiresAt lastSeenAt ip userAgent current revokedAt';
export const AUDIT_EVENT = `id at actorId actor { ${USER_REF} } action target outcome ip details`;
export const PAGE_INFO = 'totalCount endCursor hasNextPage';
