/**
 * Effective collection access, as pure functions (unit-tested in access.test.ts). A user's access is
 * the union of their direct memberships and the grants of their groups; write includes read, so
 * the stronger of two rows for the same collection wins.
 */

export const ACCESS_LEVELS = ['read', 'write'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

export interface AccessRow {
  collectionId: string;
  /** As stored; anything but 'write' counts as read (never more than stored). */
  access: string;
}

export interface EffectiveAccess {
  /** Every collection the user may read, write ones included, sorted. */
  read: string[];
  /** The subset the user may write, sorted. */
  write: string[];
}

export function isAccess(value: unknown): value is Access {
  return typeof value === 'string' && (ACCESS_LEVELS as readonly string[]).includes(value);
}

export function effectiveAccess(rows: readonly AccessRow[]): EffectiveAccess {
  const read = new Set<string>();
  const write = new Set<string>();
  for (const row of rows) {
    read.add(row.collectionId);
    if (row.access === 'write') write.add(row.collectionId);
  }
  return { read: [...read].sort(), write: [...write].sort() };
}

/** The viewer's own access to one collection, or null when they have none. */
export function accessTo(access: EffectiveAccess, collectionId: string): Access | null {
  if (access.write.includes(collectionId)) return 'write';
  return access.read.includes(collectionId) ? 'read' : null;
}
