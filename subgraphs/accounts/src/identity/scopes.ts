import type { Role } from '@quarry/auth';
import type { EffectiveAccess } from './access.ts';

/**
 * API token scopes. Each level includes the one below: READ (queries only), WRITE (+ mutations and
 * uploads as the owner's roles allow), ADMIN (+ admin operations when the owner is an admin).
 * Stored lower-case in ApiToken.scopes (JSON), exposed as the TokenScope enum.
 */
export const SCOPES = ['read', 'write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}

/** The highest level among `scopes` (an empty or unknown list is READ: never more than asked). */
export function scopeLevel(scopes: readonly string[]): Scope {
  if (scopes.includes('admin')) return 'admin';
  return scopes.includes('write') ? 'write' : 'read';
}

export function parseScopes(json: string): Scope[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(isScope) : [];
  } catch {
    return [];
  }
}

export function parseIdList(json: string | null): string[] | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    // A damaged restriction must narrow, never widen: it becomes "no collection at all".
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export interface NarrowedIdentity {
  roles: Role[];
  collections: string[];
  writeCollections: string[];
}

/**
 * What a request made with an API token may do: the owner's current roles and access, narrowed by
 * the token. Without ADMIN the admin role is dropped (admin operations need it in the token as well
 * as in the database); an admin's WRITE token keeps the right to change data by acting as an
 * analyst (the role the write checks accept besides admin). READ keeps no write access; a
 * collection restriction cuts both lists.
 */
export function narrowForToken(
  roles: readonly Role[],
  access: EffectiveAccess,
  scopes: readonly string[],
  collectionIds: readonly string[] | null,
): NarrowedIdentity {
  const level = scopeLevel(scopes);
  const allowed = collectionIds ? new Set(collectionIds) : null;
  const keep = (ids: readonly string[]) =>
    allowed ? ids.filter((id) => allowed.has(id)) : [...ids];
  let narrowed = [...roles];
  if (level !== 'admin' && roles.includes('admin')) {
    narrowed = roles.filter((role) => role !== 'admin');
    if (level === 'write' && !narrowed.includes('analyst')) narrowed.push('analyst');
  }
  return {
    roles: narrowed,
    collections: keep(access.read),
    writeCollections: level === 'read' ? [] : keep(access.write),
  };
}
