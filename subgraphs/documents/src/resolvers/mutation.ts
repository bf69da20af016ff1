import type { MutationResolvers } from '../../generated/resolvers-types.ts';
import type { Context } from '../context.ts';

const caller = (ctx: Context) => ({ viewer: ctx.viewer, token: ctx.token, ip: ctx.ip });

export const Mutation: MutationResolvers = {
  createIngestJob: (_, args, ctx) => ctx.manager.createJob(caller(ctx), args.input),

  retryIngestItems: (_, args, ctx) => ctx.manager.retryItems(caller(ctx), args.ids),

  retryFailedItems: (_, args, ctx) => ctx.manager.retryFailedOfJob(caller(ctx), args.jobId),

  rerunSkills: (_, args, ctx) => ctx.manager.rerunSkills(caller(ctx), args),
};
