import 'server-only';
import { runOperation } from '../gateway/run-operation.ts';
import type { CollectionAccess } from './types.ts';
import {
  ADMIN_COLLECTIONS,
  ADMIN_CREATE_COLLECTION,
  ADMIN_GRANT_COLLECTION,
  ADMIN_RENAME_COLLECTION,
  ADMIN_REVOKE_COLLECTION_GRANT,
  COLLECTIONS_PAGE_SIZE,
} from '../operations/admin.ts';

// Collections (identity contract): every collection, create, rename, per-group grants.

export { COLLECTIONS_PAGE_SIZE };

export function fetchAllCollections(after: string | null, first = COLLECTIONS_PAGE_SIZE) {
  return runOperation(ADMIN_COLLECTIONS, { first, after });
}

export function createCollection(name: string) {
  return runOperation(ADMIN_CREATE_COLLECTION, { name });
}

export function renameCollection(id: string, name: string) {
  return runOperation(ADMIN_RENAME_COLLECTION, { id, name });
}

export function grantCollection(collectionId: string, groupId: string, access: CollectionAccess) {
  return runOperation(ADMIN_GRANT_COLLECTION, { collectionId, groupId, access });
}

export function revokeCollectionGrant(collectionId: string, groupId: string) {
  return runOperation(ADMIN_REVOKE_COLLECTION_GRANT, { collectionId, groupId });
}
