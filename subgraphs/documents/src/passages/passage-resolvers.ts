import type { PassageResolvers } from '../../generated/resolvers-types.ts';

/**
 * Passage is an entity the graph subgraph returns by key (a mention's or triple's sentence); this
 * subgraph adds its text. The reference is resolved with the same collection filter as Document,
 * so a passage of a document the viewer cannot read resolves to null: through the gateway its
 * fields (nullable for this reason) are null, and the mention or triple around it still shows.
 */
export const Passage: PassageResolvers = {
  __resolveReference: (ref, ctx) =>
    ctx.loaders.passage.load({ documentId: ref.documentId, start: ref.start, end: ref.end }),
};
