export const ROLES = ['admin', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling. Carried in the access token, verified by the gateway and again by every subgraph.
 * `collections` lists the collection ids the caller may read: every document-bearing record carries a
 * collection id, so stores filter by this list.
 */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  collections: string[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
