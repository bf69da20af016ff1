import { createHash } from 'node:crypto';

/**
 * Document identities are derived, never random: the same input always maps to the same id, so a
 * retried or resumed job overwrites its own result instead of adding a duplicate.
 */
function digest(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** The same bytes twice in a collection are one document. */
export function documentIdFor(collectionId: string, sha256: string): string {
  return digest('document', collectionId, sha256);
}

/** A file inside another one is identified by its parent and its place there. */
export function childDocumentIdFor(parentDocumentId: string, path: string): string {
  return digest('child', parentDocumentId, path);
}

/** The versions of the file at one path of a collection. */
export function lineageIdFor(collectionId: string, path: string): string {
  return digest('lineage', collectionId, path);
}
