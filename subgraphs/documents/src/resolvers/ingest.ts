import type {
  ItemRecord as IngestItemRow,
  JobRecord as IngestJobRow,
} from '@quarry/prisma/ingest-records';
import type { Context } from '../context.ts';
import {
  etaSeconds,
  fromApiStatus,
  NO_ACTIVITY,
  remainingOf,
  throughputPerMinute,
  toApiStatus,
} from '../ingest/ingest-stats.ts';
import { checkPageSize } from '../search/search-input.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

async function countsOf(job: IngestJobRow, ctx: Context) {
  return (await ctx.loaders.jobCounts.load(job.id))!;
}

async function perMinute(job: IngestJobRow, ctx: Context) {
  const activity = (await ctx.loaders.jobFinishedRecently.load(job.id)) ?? NO_ACTIVITY;
  return throughputPerMinute(activity, remainingOf(await countsOf(job, ctx)));
}

export const IngestJob = {
  collection: (job: IngestJobRow) => ({ id: job.collectionId }),
  createdAt: (job: IngestJobRow) => job.createdAt.toISOString(),
  counts: (job: IngestJobRow, _: unknown, ctx: Context) => countsOf(job, ctx),
  throughputPerMinute: (job: IngestJobRow, _: unknown, ctx: Context) => perMinute(job, ctx),
  etaSeconds: async (job: IngestJobRow, _: unknown, ctx: Context) =>
    etaSeconds(await countsOf(job, ctx), await perMinute(job, ctx)),
  items: (
    job: IngestJobRow,
    args: { status?: string | null; first?: number | null; after?: string | null },
    ctx: Context,
  ) =>
    ctx.ingest.items(ctx.viewer, {
      jobId: job.id,
      status: args.status ? fromApiStatus(args.status) : undefined,
      first: checkPageSize(args.first, 50),
      after: args.after,
    }),
};

export const IngestItem = {
  status: (item: IngestItemRow) => toApiStatus(item.status),
  /** Null until indexed (and for an item that never got a document id, e.g. a refused file). */
  document: (item: IngestItemRow, _: unknown, ctx: Context) =>
    item.documentId ? ctx.loaders.document.load(item.documentId) : null,
  createdAt: (item: IngestItemRow) => item.createdAt.toISOString(),
  updatedAt: (item: IngestItemRow) => item.updatedAt.toISOString(),
  startedAt: (item: IngestItemRow) => iso(item.startedAt),
  finishedAt: (item: IngestItemRow) => iso(item.finishedAt),
};
