import type { CollectionRecord } from '../accounts-store.ts';
import type { Context } from '../context.ts';
import { canReadCollection, requireViewer } from '../policy.ts';

export const Collection = {
  /** A collection the viewer may not read resolves to null, exactly like one that does not exist. */
  async __resolveReference(
    reference: { id: string },
    context: Context,
  ): Promise<CollectionRecord | null> {
    const viewer = requireViewer(context.viewer);
    if (!canReadCollection(viewer, reference.id)) return null;
    return context.store.collectionById(reference.id);
  },
};
