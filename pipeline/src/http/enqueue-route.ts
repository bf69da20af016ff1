import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '@quarry/service-kit';
import { enqueueItems } from '../ingest/enqueue.ts';
import { startNewRuns } from '@quarry/prisma/ingest-records';
import type { StageContext } from '../stages/context.ts';
import { readableItems, writableItemIds } from './policy.ts';
import { authenticate, HttpError, requireMethod, route } from './respond.ts';

const MAX_IDS = 1_000;

/**
 * `POST /ingest/enqueue` `{"itemIds": [...]}`: starts a new run for waiting or failed items (the
 * documents subgraph's retry and re-run mutations call this after recording them). Items the
 * caller may not write are skipped as if they did not exist.
 */
export function enqueueRoute(ctx: StageContext) {
  return route(async (req: IncomingMessage, res: ServerResponse) => {
    requireMethod(req, 'POST');
    const viewer = await authenticate(req, ctx.env.QUARRY_JWT_SECRET);
    let itemIds: unknown;
    try {
      itemIds = (JSON.parse(await readBody(req, 256 * 1024)) as { itemIds?: unknown }).itemIds;
    } catch {
      throw new HttpError(400, 'BAD_REQUEST', 'Send JSON: {"itemIds": ["..."]}.');
    }
    if (!Array.isArray(itemIds) || !itemIds.every((id) => typeof id === 'string')) {
      throw new HttpError(400, 'BAD_REQUEST', 'itemIds must be an array of strings.');
    }
    if (itemIds.length > MAX_IDS) {
      throw new HttpError(400, 'TOO_MANY', `At most ${MAX_IDS} items per request.`);
    }
    const found = await ctx.prisma.ingestItem.findMany({
      where: readableItems(viewer, { id: { in: itemIds } }),
      select: { id: true, collectionId: true },
    });
    const items = await startNewRuns(ctx.prisma, writableItemIds(viewer, found));
    await enqueueItems(ctx.queue, items);
    sendJson(res, 200, { queued: items.length });
  });
}
