import type { JobRecord as IngestJobRow } from '@quarry/prisma/ingest-records';
import type {
  IngestItemResolvers,
  IngestJobResolvers,
  IngestOverviewResolvers,
} from '../../generated/resolvers-types.ts';
import type { Context } from '../context.ts';
import {
  etaSeconds,
  fromApiStatus,
  NO_ACTIVITY,
  remainingOf,
  throughputPerMinute,
  toApiStatus,
} from '../ingest/ingest-stats.ts';
import {
  fromApiKnowledgeStatus,
  knowledgeProgress,
  toApiKnowledgeQuality,
  toApiKnowledgeStatus,
} from '../ingest/knowledge-stats.ts';
import { checkPageSize } from '../search/search-input.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

async function countsOf(job: IngestJobRow, ctx: Context) {
  return (await ctx.loaders.jobCounts.load(job.id))!;
}

async function perMinute(job: IngestJobRow, ctx: Context) {
  const activity = (await ctx.loaders.jobFinishedRecently.load(job.id)) ?? NO_ACTIVITY;
  return throughputPerMinute(activity, remainingOf(await countsOf(job, ctx)));
}

export const IngestJob: IngestJobResolvers = {
  collection: (job) => ({ id: job.collectionId }),
  createdAt: (job) => job.createdAt.toISOString(),
  counts: (job, _, ctx) => countsOf(job, ctx),
  throughputPerMinute: (job, _, ctx) => perMinute(job, ctx),
  etaSeconds: async (job, _, ctx) =>
    etaSeconds(await countsOf(job, ctx), await perMinute(job, ctx)),
  knowledge: async (job, _, ctx) => {
    const [counts, activity] = await Promise.all([
      ctx.loaders.jobKnowledgeCounts.load(job.id),
      ctx.loaders.jobKnowledgeFinishedRecently.load(job.id),
    ]);
    return knowledgeProgress(counts!, activity ?? NO_ACTIVITY);
  },
  items: (job, args, ctx) =>
    ctx.ingest.items(ctx.viewer, {
      jobId: job.id,
      status: args.status ? fromApiStatus(args.status) : undefined,
      knowledgeStatus: args.knowledgeStatus
        ? fromApiKnowledgeStatus(args.knowledgeStatus)
        : undefined,
      first: checkPageSize(args.first, 50),
      after: args.after,
    }),
};

export const IngestOverview: IngestOverviewResolvers = {
  /** Apart from the search stage's counts: two more queries, made only when asked for. */
  knowledge: async (_, __, ctx) => {
    const { counts, recent } = await ctx.ingest.knowledgeOverview(ctx.viewer);
    return knowledgeProgress(counts, recent);
  },
};

export const IngestItem: IngestItemResolvers = {
  status: (item) => toApiStatus(item.status),
  /** Null until indexed (and for an item that never got a document id, e.g. a refused file). */
  document: (item, _, ctx) => (item.documentId ? ctx.loaders.document.load(item.documentId) : null),
  createdAt: (item) => item.createdAt.toISOString(),
  updatedAt: (item) => item.updatedAt.toISOString(),
  startedAt: (item) => iso(item.startedAt),
  finishedAt: (item) => iso(item.finishedAt),
  knowledgeStatus: (item) => toApiKnowledgeStatus(item.knowledgeStatus),
  knowledgeQuality: (item) => toApiKnowledgeQuality(item.knowledgeQuality),
  knowledgeStartedAt: (item) => iso(item.knowledgeStartedAt),
  knowledgeFinishedAt: (item) => iso(item.knowledgeFinishedAt),
};
