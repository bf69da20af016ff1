import 'server-only';
import { z } from 'zod';
import { runOperation } from './run-operation.ts';
import { adminCollection, page, type CollectionAccess } from './schemas.ts';
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

export function fetchAllCollections(
  token: string,
  after: string | null,
  first = COLLECTIONS_PAGE_SIZE,
) {
  return runOperation(
    token,
    ADMIN_COLLECTIONS,
    { first, after },
    z.object({ allCollections: page(adminCollection) }),
  );
}

export function createCollection(token: string, name: string) {
  return runOperation(
    token,
    ADMIN_CREATE_COLLECTION,
    { name },
    z.object({ createCollection: adminCollection }),
  );
}

export function renameCollection(token: string, id: string, name: string) {
  return runOperation(
    token,
    ADMIN_RENAME_COLLECTION,
    { id, name },
    z.object({ renameCollection: adminCollection }),
  );
}

export function grantCollection(
  token: string,
  collectionId: string,
  groupId: string,
  access: CollectionAccess,
) {
  return runOperation(
    token,
    ADMIN_GRANT_COLLECTION,
    { collectionId, groupId, access },
    z.object({ grantCollection: adminCollection }),
  );
}

export function revokeCollectionGrant(token: string, collectionId: string, groupId: string) {
  return runOperation(
    token,
    ADMIN_REVOKE_COLLECTION_GRANT,
    { collectionId, groupId },
    z.object({ revokeCollectionGrant: adminCollection }),
  );
}
