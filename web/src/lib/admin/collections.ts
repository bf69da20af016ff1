import 'server-only';
import { z } from 'zod';
import { ADMIN_COLLECTION, PAGE_INFO } from './fields.ts';
import { runOperation } from './run-operation.ts';
import { adminCollection, page, type CollectionAccess } from './schemas.ts';

// Collections (identity contract): every collection, create, rename, per-group grants.

export const COLLECTIONS_PAGE_SIZE = 50;

export function fetchAllCollections(
  token: string,
  after: string | null,
  first = COLLECTIONS_PAGE_SIZE,
) {
  return runOperation(
    token,
    `query AdminCollections($first: Int!, $after: String) {
      allCollections(first: $first, after: $after) { nodes { ${ADMIN_COLLECTION} } ${PAGE_INFO} }
    }`,
    { first, after },
    z.object({ allCollections: page(adminCollection) }),
  );
}

export function createCollection(token: string, name: string) {
  return runOperation(
    token,
    `mutation AdminCreateCollection($name: String!) {
      createCollection(name: $name) { ${ADMIN_COLLECTION} }
    }`,
    { name },
    z.object({ createCollection: adminCollection }),
  );
}

export function renameCollection(token: string, id: string, name: string) {
  return runOperation(
    token,
    `mutation AdminRenameCollection($id: ID!, $name: String!) {
      renameCollection(id: $id, name: $name) { ${ADMIN_COLLECTION} }
    }`,
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
    `mutation AdminGrantCollection($collectionId: ID!, $groupId: ID!, $access: CollectionAccess!) {
      grantCollection(collectionId: $collectionId, groupId: $groupId, access: $access) { ${ADMIN_COLLECTION} }
    }`,
    { collectionId, groupId, access },
    z.object({ grantCollection: adminCollection }),
  );
}

export function revokeCollectionGrant(token: string, collectionId: string, groupId: string) {
  return runOperation(
    token,
    `mutation AdminRevokeCollectionGrant($collectionId: ID!, $groupId: ID!) {
      revokeCollectionGrant(collectionId: $collectionId, groupId: $groupId) { ${ADMIN_COLLECTION} }
    }`,
    { collectionId, groupId },
    z.object({ revokeCollectionGrant: adminCollection }),
  );
}
