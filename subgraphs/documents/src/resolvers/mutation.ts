import type { Context } from '../context.ts';
import type { CreateIngestJobInput } from '../ingest/ingest-manager.ts';

const caller = (ctx: Context) => ({ viewer: ctx.viewer, token: ctx.token, ip: ctx.ip });

export const Mutation = {
  createIngestJob: (_: unknown, args: { input: CreateIngestJobInput }, ctx: Context) =>
    ctx.manager.createJob(caller(ctx), args.input),

  retryIngestItems: (_: unknown, args: { ids: string[] }, ctx: Context) =>
    ctx.manager.retryItems(caller(ctx), args.ids),

  retryFailedItems: (_: unknown, args: { jobId: string }, ctx: Context) =>
    ctx.manager.retryFailedOfJob(caller(ctx), args.jobId),

  rerunSkills: (
    _: unknown,
    args: { documentIds?: string[] | null; collectionId?: string | null; skills: string[] },
    ctx: Context,
  ) => ctx.manager.rerunSkills(caller(ctx), args),
};
