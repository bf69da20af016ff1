import { BadUserInputError } from '@quarry/service-kit';
import type { Context } from '../context.ts';
import type { DocumentPage, DocumentRecord } from '../store/documents-store.ts';

export const MAX_PAGE_SIZE = 100;

export const Query = {
  document: (
    _: unknown,
    args: { id: string },
    { viewer, store }: Context,
  ): Promise<DocumentRecord | null> => store.findById(args.id, viewer.collections),

  documents: (
    _: unknown,
    args: { first?: number | null; after?: string | null },
    { viewer, store }: Context,
  ): Promise<DocumentPage> => {
    const first = args.first ?? 20;
    if (first < 0 || first > MAX_PAGE_SIZE) {
      throw new BadUserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
    }
    return store.page(viewer.collections, first, args.after);
  },
};
