import { canWriteCollection, type Viewer } from '@quarry/auth';
import { ForbiddenError } from '@quarry/service-kit';

/**
 * Every authorization decision of the documents subgraph, in one place. Read access is the list of
 * collections in the verified token (admins included: no implicit "see everything"); writing needs
 * the collection in the token's `writeCollections` (READ grants and READ-scoped API tokens leave
 * it out; absent = every readable collection) AND the admin or analyst role. Every Elasticsearch query and Prisma `where` goes through the
 * helpers below, which always add the collection filter: a record outside the viewer's collections
 * does not exist for them, neither as a hit nor as a count.
 */

export function readableCollections(viewer: Viewer): string[] {
  return [...new Set(viewer.collections)];
}

export function canRead(viewer: Viewer, collectionId: string): boolean {
  return viewer.collections.includes(collectionId);
}

/** Readable, writable by grant, and a role that writes (shared with the other writers). */
export const canWrite = canWriteCollection;

/** Same message whether the collection exists or not: the answer must not reveal which. */
export function assertCanWrite(viewer: Viewer, collectionId: string): void {
  if (!canWrite(viewer, collectionId)) {
    throw new ForbiddenError(
      'You cannot change this collection: you may not write to it, or your role cannot write.',
    );
  }
}

/**
 * The collections a search may look in: the requested ones the viewer can read, or all readable
 * ones when none are requested. An unreadable id is dropped silently; an empty result matches nothing.
 */
export function searchableCollections(
  readable: readonly string[],
  requested: readonly string[] | null | undefined,
): string[] {
  if (!requested || requested.length === 0) return [...new Set(readable)];
  const allowed = new Set(readable);
  return [...new Set(requested)].filter((id) => allowed.has(id));
}

/** Elasticsearch filter clause; an empty list matches no document at all. */
export function collectionTerms(collections: readonly string[]) {
  return { terms: { collectionId: [...collections] } };
}

/** A `bool` query whose filter always carries the collection clause. */
export function scopedEsQuery(
  collections: readonly string[],
  clauses: {
    filter?: object[];
    must?: object[];
    should?: object[];
    must_not?: object[];
    minimum_should_match?: number;
  } = {},
) {
  const { filter = [], ...rest } = clauses;
  return { bool: { ...rest, filter: [collectionTerms(collections), ...filter] } };
}

/**
 * A Prisma `where` for IngestJob or IngestItem rows, always limited to the viewer's collections
 * (an AND, so a caller's own collectionId condition narrows it and can never widen it).
 */
export function scopedWhere<W extends object>(
  viewer: Viewer,
  where: W,
): { AND: [W, { collectionId: { in: string[] } }] } {
  return { AND: [where, { collectionId: { in: readableCollections(viewer) } }] };
}
