import type { IndexedDocument } from '@quarry/search-index';

/** A document as read for the API: everything indexed except the chunks (their text is paged). */
export type DocumentRecord = Omit<IndexedDocument, 'chunks'>;

/** Every read of document metadata leaves the (large) chunks out. */
export const WITHOUT_CHUNKS = { excludes: ['chunks'] };
