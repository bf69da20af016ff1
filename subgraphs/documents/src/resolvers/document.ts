import type { Context } from '../context.ts';
import type { DocumentRecord } from '../store/documents-store.ts';

export const Document = {
  /** Same collection filter as the root fields: another subgraph cannot be used to read around it. */
  __resolveReference: (
    ref: { id: string },
    { viewer, store }: Context,
  ): Promise<DocumentRecord | null> => store.findById(ref.id, viewer.collections),

  /** The accounts subgraph resolves the rest of the collection. */
  collection: (doc: DocumentRecord): { id: string } => ({ id: doc.collectionId }),

  mimeType: (doc: DocumentRecord): string | null => doc.mimeType ?? null,
};
