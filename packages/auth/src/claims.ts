export const ROLES = ['admin', 'analyst', 'viewer', 'developer'] as const;
export type Role = (typeof ROLES)[number];

/** How the caller proved who they are: a browser/client session (login) or an API token. */
export const CREDENTIAL_KINDS = ['session', 'token'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/**
 * Who is calling. Carried in the internal access token that only the gateway mints (after the
 * accounts service resolved the caller's session or API token), and verified by every subgraph.
 * `collections` lists the collection ids the caller may read: every document-bearing record carries
 * a collection id, so stores filter by this list. `writeCollections` (a subset) lists those the
 * caller may change; absent means the same as `collections` (tokens minted before it existed).
 */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  collections: string[];
  writeCollections?: string[];
  /** The credential behind this request; absent in tokens signed directly (tests, tools). */
  via?: CredentialKind;
  /** The session or API token id behind this request. */
  cid?: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isCredentialKind(value: unknown): value is CredentialKind {
  return typeof value === 'string' && (CREDENTIAL_KINDS as readonly string[]).includes(value);
}

/** The collections the viewer may write: `writeCollections`, or all readable ones when absent. */
export function writableCollections(viewer: Viewer): string[] {
  return [...new Set(viewer.writeCollections ?? viewer.collections)];
}

/**
 * May the viewer change what a collection holds (ingest, retry, re-run)? Readable, writable by grant,
 * and a role that writes. The one rule the documents subgraph and the pipeline both apply.
 */
export function canWriteCollection(viewer: Viewer, collectionId: string): boolean {
  return (
    viewer.collections.includes(collectionId) &&
    writableCollections(viewer).includes(collectionId) &&
    (viewer.roles.includes('admin') || viewer.roles.includes('analyst'))
  );
}
