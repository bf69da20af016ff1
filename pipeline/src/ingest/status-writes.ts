import { retryWhenBusy, type PrismaClient } from '@quarry/prisma';
import { groupCommit, type GroupCommit } from '../group-commit.ts';
import type { FailureReason, ItemStatus } from './statuses.ts';

/**
 * Every status change of an ingest item. Each is guarded by the run id, so a late or repeated job
 * of an old run never touches the item a newer run owns.
 */
export type StatusChange =
  | {
      kind: 'working';
      itemId: string;
      runId: string;
      status: Exclude<ItemStatus, 'failed' | 'done'>;
      chunksTotal?: number;
      mediaType?: string;
    }
  | { kind: 'chunks'; itemId: string; runId: string; chunksDone: number }
  | { kind: 'done'; itemId: string; runId: string; chunks?: number; mediaType?: string }
  | {
      kind: 'failed';
      itemId: string;
      runId: string;
      reason: FailureReason;
      message: string;
      /** Leaves an item that already finished as it is (a batch given up after some items ended). */
      unlessFinished?: boolean;
    };

/** What a change writes and the guard beside the run id, the same for every item it merges. */
function update(change: StatusChange, at: Date) {
  switch (change.kind) {
    case 'working':
      return {
        // A working status never rewinds a finished item.
        guard: { status: { notIn: ['done', 'failed'] } },
        data: {
          status: change.status,
          ...(change.status === 'cracking' ? { startedAt: at, attempts: { increment: 1 } } : {}),
          ...(change.chunksTotal !== undefined
            ? { chunksTotal: change.chunksTotal, chunksDone: 0 }
            : {}),
          ...(change.mediaType ? { mediaType: change.mediaType } : {}),
        },
      };
    case 'chunks':
      return { guard: { status: 'enriching' }, data: { chunksDone: change.chunksDone } };
    case 'done':
      return {
        guard: {},
        data: {
          status: 'done',
          reason: null,
          message: null,
          finishedAt: at,
          ...(change.chunks !== undefined
            ? { chunksTotal: change.chunks, chunksDone: change.chunks }
            : {}),
          ...(change.mediaType ? { mediaType: change.mediaType } : {}),
        },
      };
    case 'failed':
      // Matches nothing when the item is gone or a newer run owns it: nothing to report on then.
      return {
        guard: change.unlessFinished ? { status: { notIn: ['done', 'failed'] } } : {},
        data: {
          status: 'failed',
          reason: change.reason,
          message: change.message.slice(0, 2_000),
          finishedAt: at,
        },
      };
  }
}

/**
 * The guarded UPDATEs for a batch of changes, not yet sent (Prisma runs them when awaited or inside
 * `$transaction`). Changes that write the same thing share one statement (`WHERE (id, runId) IN
 * ...`). An item changed twice in a batch (`cracking`, then `done`) has its second change in a
 * later statement, so the order per item holds.
 */
function statements(prisma: PrismaClient, changes: StatusChange[]) {
  const at = new Date();
  const rounds: Array<Map<string, { update: ReturnType<typeof update>; items: StatusChange[] }>> =
    [];
  const changesSoFar = new Map<string, number>();
  for (const change of changes) {
    const round = changesSoFar.get(change.itemId) ?? 0;
    changesSoFar.set(change.itemId, round + 1);
    const groups = (rounds[round] ??= new Map());
    const shared = update(change, at);
    const key = JSON.stringify(shared);
    const group = groups.get(key);
    if (group) group.items.push(change);
    else groups.set(key, { update: shared, items: [change] });
  }
  return rounds.flatMap((groups) =>
    [...groups.values()].map(({ update: { guard, data }, items }) =>
      prisma.ingestItem.updateMany({
        where: { ...guard, OR: items.map(({ itemId, runId }) => ({ id: itemId, runId })) },
        data,
      }),
    ),
  );
}

/** Resolves once the change is committed. */
export type StatusWriter = GroupCommit<StatusChange, void>;

/**
 * Status changes of all the items a process works on, group-committed: one SQL transaction (one
 * commit) per batch, with one statement per kind of change rather than per item. `prisma` is read
 * per batch (tests and the benchmark swap the client).
 */
export function statusWriter(prisma: () => PrismaClient): StatusWriter {
  return groupCommit<StatusChange, void>(
    async (changes) => {
      const client = prisma();
      const updates = statements(client, changes);
      if (updates.length === 1) await updates[0];
      // Statements are lazy: a retried transaction needs fresh ones.
      else await retryWhenBusy(() => client.$transaction(statements(client, changes)));
      return changes.map(() => undefined);
    },
    { maxBatch: 100 },
  );
}

/** Moves an item of the given run to a working status (never back from done or failed). */
export function markStatus(
  write: StatusWriter,
  itemId: string,
  runId: string,
  status: Exclude<ItemStatus, 'failed' | 'done'>,
  extra: { chunksTotal?: number; mediaType?: string } = {},
): Promise<void> {
  return write({ kind: 'working', itemId, runId, status, ...extra });
}

export function markChunksDone(
  write: StatusWriter,
  itemId: string,
  runId: string,
  chunksDone: number,
): Promise<void> {
  return write({ kind: 'chunks', itemId, runId, chunksDone });
}

export function markDone(
  write: StatusWriter,
  itemId: string,
  runId: string,
  extra: { chunks?: number; mediaType?: string } = {},
): Promise<void> {
  return write({ kind: 'done', itemId, runId, ...extra });
}

export function markFailed(
  write: StatusWriter,
  itemId: string,
  runId: string,
  reason: FailureReason,
  message: string,
  options: { unlessFinished?: boolean } = {},
): Promise<void> {
  return write({ kind: 'failed', itemId, runId, reason, message, ...options });
}
