import { Prisma, type PrismaClient } from '../../generated/sqlite/client.ts';
import { retryWhenBusy } from '../busy.ts';
import {
  OPEN_KNOWLEDGE_STATUSES,
  type FailureReason,
  type KnowledgeQuality,
  type WorkingStatus,
} from './statuses.ts';

/**
 * Every status change of an ingest item. Each is guarded by the run id, so a late or repeated job
 * of an old run never touches the item a newer run owns.
 */
export type StatusChange =
  | {
      kind: 'working';
      itemId: string;
      runId: string;
      status: WorkingStatus;
      chunksTotal?: number;
      mediaType?: string;
    }
  | { kind: 'chunks'; itemId: string; runId: string; chunksDone: number }
  | {
      kind: 'done';
      itemId: string;
      runId: string;
      chunks?: number;
      mediaType?: string;
      /** The job has knowledge skills: the knowledge stage is queued in the same statement. */
      knowledgeQueued?: boolean;
    }
  | {
      kind: 'failed';
      itemId: string;
      runId: string;
      reason: FailureReason;
      message: string;
      /** Leaves an item that already finished as it is (a batch given up after some items ended). */
      unlessFinished?: boolean;
    }
  | KnowledgeChange;

/**
 * The knowledge stage of an item (queued with the item's `done`, see above). Only an item whose
 * stage is still open (queued, running, waiting) changes, so a late job of a finished run is a
 * no-op; 'running' counts an attempt, 'waiting' stores that a fallback result is there.
 */
export type KnowledgeChange =
  | { kind: 'knowledge'; itemId: string; runId: string; status: 'running' }
  | { kind: 'knowledge'; itemId: string; runId: string; status: 'waiting'; message: string }
  | {
      kind: 'knowledge';
      itemId: string;
      runId: string;
      status: 'done';
      quality: KnowledgeQuality;
      message: string | null;
    }
  | { kind: 'knowledge'; itemId: string; runId: string; status: 'failed'; message: string };

const OPEN_KNOWLEDGE = { knowledgeStatus: { in: [...OPEN_KNOWLEDGE_STATUSES] } };

function knowledgeUpdate(change: KnowledgeChange, at: Date) {
  switch (change.status) {
    case 'running':
      return {
        guard: OPEN_KNOWLEDGE,
        data: {
          knowledgeStatus: 'running',
          knowledgeStartedAt: at,
          knowledgeAttempts: { increment: 1 },
        },
      };
    case 'waiting':
      return {
        guard: OPEN_KNOWLEDGE,
        data: {
          knowledgeStatus: 'waiting',
          knowledgeQuality: 'fallback',
          knowledgeMessage: change.message.slice(0, 2_000),
        },
      };
    case 'done':
      return {
        guard: OPEN_KNOWLEDGE,
        data: {
          knowledgeStatus: 'done',
          knowledgeQuality: change.quality,
          knowledgeMessage: change.message?.slice(0, 2_000) ?? null,
          knowledgeFinishedAt: at,
        },
      };
    case 'failed':
      return {
        guard: OPEN_KNOWLEDGE,
        data: {
          knowledgeStatus: 'failed',
          knowledgeMessage: change.message.slice(0, 2_000),
          knowledgeFinishedAt: at,
        },
      };
  }
}

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
      // What differs per item (chunk count, media type) goes in doneDetails' one statement.
      return {
        guard: {},
        data: {
          status: 'done',
          reason: null,
          message: null,
          finishedAt: at,
          ...(change.knowledgeQueued
            ? {
                knowledgeStatus: 'queued',
                knowledgeQuality: null,
                knowledgeMessage: null,
                knowledgeStartedAt: null,
                knowledgeFinishedAt: null,
              }
            : {}),
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
    case 'knowledge':
      return knowledgeUpdate(change, at);
  }
}

type Update = ReturnType<typeof update>;
type DoneChange = Extract<StatusChange, { kind: 'done' }>;

/** `CASE "id" WHEN <item> THEN <value> ... ELSE <column> END`: per-item values in one statement. */
function perItem<T>(
  column: string,
  changes: DoneChange[],
  value: (change: DoneChange) => T | undefined,
) {
  const rows = changes.filter((change) => value(change) !== undefined);
  const keep = Prisma.raw(`"${column}"`);
  if (rows.length === 0) return keep;
  const whens = rows.map((change) => Prisma.sql`WHEN ${change.itemId} THEN ${value(change)}`);
  return Prisma.sql`CASE "id" ${Prisma.join(whens, ' ')} ELSE ${keep} END`;
}

/**
 * The chunk counts and media types of finished items, which differ from item to item, in one
 * UPDATE for the whole batch rather than one per distinct value. Same guard as the status change
 * (item and run), plain SQL that SQLite, PostgreSQL and SQL Server all read.
 */
function doneDetails(prisma: PrismaClient, changes: DoneChange[]) {
  const detailed = changes.filter((c) => c.chunks !== undefined || c.mediaType);
  if (detailed.length === 0) return [];
  return [
    prisma.$executeRaw`UPDATE "IngestItem" SET
      "chunksTotal" = ${perItem('chunksTotal', detailed, (c) => c.chunks)},
      "chunksDone" = ${perItem('chunksDone', detailed, (c) => c.chunks)},
      "mediaType" = ${perItem('mediaType', detailed, (c) => c.mediaType || undefined)}
      WHERE "id" IN (${Prisma.join(detailed.map((c) => c.itemId))})
      AND "runId" IN (${Prisma.join(detailed.map((c) => c.runId))})`,
  ];
}

/**
 * A duplicate waits (queued, no run of its own) for the item whose bytes it repeats, and takes its
 * outcome: done with its document, or failed with the same reason. One UPDATE per group of items
 * that finished alike, run right after their own change, matching only those that really finished
 * so (the run guard may have left an item alone).
 */
function settleDuplicates(prisma: PrismaClient, { data }: Update, itemIds: string[]) {
  // A knowledge change leaves `status` alone; duplicates have no knowledge stage of their own.
  if (!('status' in data) || (data.status !== 'done' && data.status !== 'failed')) return [];
  const reason = 'reason' in data ? data.reason : null;
  const message = 'message' in data ? data.message : null;
  const at = 'finishedAt' in data ? data.finishedAt : new Date();
  return [
    prisma.$executeRaw`UPDATE "IngestItem" SET "status" = ${data.status}, "reason" = ${reason},
      "message" = ${message}, "finishedAt" = ${at}, "updatedAt" = ${at}
      WHERE "duplicate" = ${true} AND "status" = ${'queued'} AND "documentId" IN (
        SELECT "documentId" FROM "IngestItem" WHERE "id" IN (${Prisma.join(itemIds)})
        AND "duplicate" = ${false} AND "status" = ${data.status})`,
  ];
}

/**
 * The guarded UPDATEs for a batch of changes, not yet sent (Prisma runs them when awaited or inside
 * `$transaction`). Changes that write the same thing share one statement. An item changed twice in
 * a batch (`cracking`, then `done`) has its second change in a later statement, so the order per
 * item holds. Items are matched by id and run id as two lists: run ids are random and never
 * shared between items, so an item matches only with its own run.
 */
function statements(prisma: PrismaClient, changes: readonly StatusChange[]) {
  const at = new Date();
  const rounds: Array<Map<string, { update: Update; items: StatusChange[] }>> = [];
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
    [...groups.values()].flatMap(({ update: shared, items }) => {
      const ids = items.map((change) => change.itemId);
      return [
        prisma.ingestItem.updateMany({
          where: { ...shared.guard, id: { in: ids }, runId: { in: items.map((c) => c.runId) } },
          data: shared.data,
        }),
        ...doneDetails(
          prisma,
          items.filter((change): change is DoneChange => change.kind === 'done'),
        ),
        ...settleDuplicates(prisma, shared, ids),
      ];
    }),
  );
}

/**
 * Writes a batch of status changes in one transaction (one commit), with one statement per kind of
 * change rather than per item.
 */
export async function applyStatusChanges(
  prisma: PrismaClient,
  changes: readonly StatusChange[],
): Promise<void> {
  const updates = statements(prisma, changes);
  if (updates.length === 1) await updates[0];
  // Statements are lazy: a retried transaction needs fresh ones.
  else await retryWhenBusy(() => prisma.$transaction(statements(prisma, changes)));
}
