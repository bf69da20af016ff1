// The knowledge stage of the ingest monitor: its statuses, labels and the arithmetic over its
// counts. It runs after a file is searchable, on its own queue. Pure: shared by server pages,
// components and unit tests.
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { KnowledgeStatus as SchemaKnowledgeStatus } from '#graphql/types';
import type { KNOWLEDGE_PROGRESS } from '../operations/ingest.ts';

/** The statuses an item in the stage can have (NONE = not in the stage), in the order shown. */
export const KNOWLEDGE_STATUSES = [
  'QUEUED',
  'RUNNING',
  'WAITING',
  'DONE',
  'FAILED',
] as const satisfies readonly SchemaKnowledgeStatus[];

export type KnowledgeStatus = SchemaKnowledgeStatus;
export type StageKnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];
export type KnowledgeProgress = ResultOf<typeof KNOWLEDGE_PROGRESS>;
export type KnowledgeCounts = KnowledgeProgress['counts'];

const LABELS: Record<KnowledgeStatus, string> = {
  NONE: 'Not run',
  QUEUED: 'Queued',
  RUNNING: 'Extracting',
  WAITING: 'Waiting for enrichment',
  DONE: 'Done',
  FAILED: 'Failed',
};

export function knowledgeLabel(status: KnowledgeStatus): string {
  return LABELS[status];
}

export function isStageKnowledgeStatus(value: unknown): value is StageKnowledgeStatus {
  return typeof value === 'string' && (KNOWLEDGE_STATUSES as readonly string[]).includes(value);
}

/** The counts field that holds a status: WAITING → "waiting". */
export function knowledgeCountKey(
  status: StageKnowledgeStatus,
): Exclude<keyof KnowledgeCounts, 'total'> {
  return status.toLowerCase() as Exclude<keyof KnowledgeCounts, 'total'>;
}

/** Badge colour family; waiting is its own: not a failure, not progress either. */
export function knowledgeTone(status: KnowledgeStatus): 'neutral' | 'busy' | 'ok' | 'bad' | 'wait' {
  if (status === 'DONE') return 'ok';
  if (status === 'FAILED') return 'bad';
  if (status === 'WAITING') return 'wait';
  if (status === 'RUNNING') return 'busy';
  return 'neutral';
}

/** Items still to be enriched, waiting ones included: they resume by themselves. */
export function knowledgeUnfinished(counts: KnowledgeCounts): number {
  return counts.queued + counts.running + counts.waiting;
}

/** Done + failed over the items in the stage; the same guard as progressOf in status.ts. */
export function knowledgeProgressOf(counts: KnowledgeCounts): {
  finished: number;
  total: number;
  fraction: number;
} {
  const finished = counts.done + counts.failed;
  const total = Math.max(counts.total, finished + knowledgeUnfinished(counts));
  return { finished, total, fraction: total === 0 ? 1 : finished / total };
}
