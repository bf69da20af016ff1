import type { Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { etaSeconds, remainingOf, throughputPerMinute } from '../ingest/ingest-stats.ts';
import { skillCatalogue } from '../ingest/skill-names.ts';
import { readableCollections } from '../policy.ts';
import { checkPageSize, type SearchInput } from '../search/search-input.ts';

type Paged = { first?: number | null; after?: string | null };

export const Query = {
  document: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.document.load(args.id),

  documents: (_: unknown, args: Paged, ctx: Context) =>
    ctx.documents.latest(
      readableCollections(ctx.viewer),
      checkPageSize(args.first, 20),
      args.after,
    ),

  search: (_: unknown, args: SearchInput, ctx: Context) =>
    ctx.documents.search(args, readableCollections(ctx.viewer)),

  ingestJobs: (_: unknown, args: Paged & { collectionId?: string | null }, ctx: Context) =>
    ctx.ingest.jobs(ctx.viewer, {
      collectionId: args.collectionId,
      first: checkPageSize(args.first, 20),
      after: args.after,
    }),

  ingestJob: (_: unknown, args: { id: string }, ctx: Context) =>
    ctx.ingest.job(ctx.viewer, args.id),

  ingestItem: (_: unknown, args: { id: string }, ctx: Context) =>
    ctx.ingest.item(ctx.viewer, args.id),

  ingestOverview: async (_: unknown, _args: unknown, ctx: Context) => {
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
