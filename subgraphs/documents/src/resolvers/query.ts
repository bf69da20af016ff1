import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { NotFoundError } from '../errors.ts';
import { etaSeconds, remainingOf, throughputPerMinute } from '../ingest/ingest-stats.ts';
import { skillCatalogue } from '../ingest/skill-names.ts';
import { readableCollections } from '../policy.ts';
import { checkPageSize } from '../search/search-input.ts';

export const Query: QueryResolvers = {
  document: (_, args, ctx) => ctx.loaders.document.load(args.id),

  documents: (_, args, ctx) =>
    ctx.documents.latest(
      readableCollections(ctx.viewer),
      checkPageSize(args.first, 20),
      args.after,
    ),

  search: (_, args, ctx) => ctx.documents.search(args, readableCollections(ctx.viewer)),

  ingestJobs: (_, args, ctx) =>
    ctx.ingest.jobs(ctx.viewer, {
      collectionId: args.collectionId,
      first: checkPageSize(args.first, 20),
      after: args.after,
    }),

  ingestJob: (_, args, ctx) => ctx.ingest.job(ctx.viewer, args.id),

  ingestItem: (_, args, ctx) => ctx.ingest.item(ctx.viewer, args.id),

  ingestOverview: async (_, _args, ctx) => {
    const { counts, recent } = await ctx.ingest.overview(ctx.viewer);
    const perMinute = throughputPerMinute(recent, remainingOf(counts));
    return { counts, throughputPerMinute: perMinute, etaSeconds: etaSeconds(counts, perMinute) };
  },

  skills: () => skillCatalogue(),
};

/** Used by field resolvers whose parent vanished between two reads. */
export function documentGone(): never {
  throw new NotFoundError('The document no longer exists.');
}
