import {
  KNOWLEDGE_STATUSES,
  OPEN_KNOWLEDGE_STATUSES,
  type KnowledgeStatus,
} from '@quarry/prisma/ingest-records';
import type {
  KnowledgeQuality as ApiKnowledgeQuality,
  KnowledgeStatus as ApiKnowledgeStatus,
} from '../../generated/resolvers-types.ts';
import { etaFor, throughputPerMinute, type RecentActivity } from './ingest-stats.ts';

export type { KnowledgeStatus };

export type KnowledgeCounts = Record<Exclude<KnowledgeStatus, 'none'> | 'total', number>;

export interface KnowledgeProgress {
  counts: KnowledgeCounts;
  throughputPerMinute: number;
  etaSeconds: number | null;
}

/** Stored status → the schema's enum; a status the enum lacks fails typecheck here. */
const API_STATUSES = {
  none: 'NONE',
  queued: 'QUEUED',
  running: 'RUNNING',
  waiting: 'WAITING',
  done: 'DONE',
  failed: 'FAILED',
} as const satisfies Record<KnowledgeStatus, ApiKnowledgeStatus>;

export function toApiKnowledgeStatus(status: KnowledgeStatus): ApiKnowledgeStatus {
  return API_STATUSES[status];
}

export function fromApiKnowledgeStatus(status: string): KnowledgeStatus | undefined {
  const lower = status.toLowerCase();
  return (KNOWLEDGE_STATUSES as readonly string[]).includes(lower)
    ? (lower as KnowledgeStatus)
    : undefined;
}

/** 'full' | 'fallback' → FULL | FALLBACK; null (nothing stored yet) or anything else → null. */
export function toApiKnowledgeQuality(
  quality: string | null | undefined,
): ApiKnowledgeQuality | null {
  if (quality === 'full') return 'FULL';
  if (quality === 'fallback') return 'FALLBACK';
  return null;
}

export function knowledgeCountsFrom(
  rows: ReadonlyArray<{ status: string; count: number }>,
): KnowledgeCounts {
  const counts: KnowledgeCounts = {
    total: 0,
    queued: 0,
    running: 0,
    waiting: 0,
    done: 0,
    failed: 0,
  };
  for (const { status, count } of rows) {
    const known = fromApiKnowledgeStatus(status);
    if (!known || known === 'none') continue;
    counts.total += count;
    counts[known] += count;
  }
  return counts;
}

/** Still to be enriched. 'waiting' counts: it resumes by itself once the NLP service is back. */
export function knowledgeRemaining(counts: KnowledgeCounts): number {
  return OPEN_KNOWLEDGE_STATUSES.reduce((sum, status) => sum + counts[status], 0);
}

/**
 * Throughput and ETA of the knowledge stage, measured like the search stage's (ingest-stats.ts)
 * but on the stage's own start and finish times: the two stages run at very different speeds.
 */
export function knowledgeProgress(
  counts: KnowledgeCounts,
  activity: RecentActivity,
  now = new Date(),
): KnowledgeProgress {
  const remaining = knowledgeRemaining(counts);
  const perMinute = throughputPerMinute(activity, remaining, now);
  return { counts, throughputPerMinute: perMinute, etaSeconds: etaFor(remaining, perMinute) };
}
