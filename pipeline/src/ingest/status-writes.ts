import type { PrismaClient } from '@quarry/prisma';
import {
  applyStatusChanges,
  type FailureReason,
  type KnowledgeChange,
  type StatusChange,
  type WorkingStatus,
} from '@quarry/prisma/ingest-records';
import { groupCommit, type GroupCommit } from '../group-commit.ts';

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
      await applyStatusChanges(prisma(), changes);
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
  status: WorkingStatus,
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
  extra: { chunks?: number; mediaType?: string; knowledgeQueued?: boolean } = {},
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

type KnowledgeOutcome = KnowledgeChange extends infer C
  ? C extends KnowledgeChange
    ? Omit<C, 'kind' | 'itemId' | 'runId'>
    : never
  : never;

/**
 * Moves an item's knowledge stage (queued with `markDone`) on: running, waiting (fallback stored,
 * resumes by itself), done or failed. A stage already finished for this run stays as it is.
 */
export function markKnowledge(
  write: StatusWriter,
  itemId: string,
  runId: string,
  outcome: KnowledgeOutcome,
): Promise<void> {
  return write({ kind: 'knowledge', itemId, runId, ...outcome });
}
