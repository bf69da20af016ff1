import type { Viewer } from '@quarry/auth';
import type { Prisma, PrismaClient } from '@quarry/prisma';
import {
  checkedItem,
  checkedJob,
  knowledgeStatusSchema,
  type ItemRecord,
  type JobRecord,
} from '@quarry/prisma/ingest-records';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { scopedWhere } from '../policy.ts';
import {
  countsFrom,
  NO_ACTIVITY,
  windowStart,
  type IngestCounts,
  type ItemStatus,
  type RecentActivity,
} from './ingest-stats.ts';
import {
  knowledgeCountsFrom,
  type KnowledgeCounts,
  type KnowledgeStatus,
} from './knowledge-stats.ts';

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Keyset pagination over (createdAt, id): stable while new rows arrive. */
function keyset(after: string | null | undefined, direction: 'asc' | 'desc') {
  if (!after) return {};
  const [millis, id] = decodeCursor(after);
  const createdAt = new Date(millis as number);
  const beyond = direction === 'asc' ? 'gt' : 'lt';
  return { OR: [{ createdAt: { [beyond]: createdAt } }, { createdAt, id: { [beyond]: id } }] };
}

function pageOf<Row extends { createdAt: Date; id: string }, T>(
  rows: Row[],
  first: number,
  totalCount: number,
  check: (row: Row) => T,
): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes: nodes.map(check),
    totalCount,
    endCursor: last ? encodeCursor([last.createdAt.getTime(), last.id]) : null,
    hasNextPage: rows.length > first,
  };
}

/**
 * Reads of the ingest records in SQL. Every `where` goes through the policy's scopedWhere, so a
 * job or item of a collection outside the viewer's list is neither returned nor counted. Rows come
 * back checked by the records module (status, source, skills).
 */
export class IngestStore {
  readonly prisma: PrismaClient;

  constructor(prisma: PrismaClient) {
    this.prisma = prisma;
  }

  async jobs(
    viewer: Viewer,
    args: { collectionId?: string | null; first: number; after?: string | null },
  ): Promise<Page<JobRecord>> {
    const base: Prisma.IngestJobWhereInput = args.collectionId
      ? { collectionId: args.collectionId }
      : {};
    const where = scopedWhere(viewer, base);
    const [rows, totalCount] = await Promise.all([
      this.prisma.ingestJob.findMany({
        where: { AND: [where, keyset(args.after, 'desc')] },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: args.first + 1,
      }),
      this.prisma.ingestJob.count({ where }),
    ]);
    return pageOf(rows, args.first, totalCount, checkedJob);
  }

  async job(viewer: Viewer, id: string): Promise<JobRecord | null> {
    const row = await this.prisma.ingestJob.findFirst({ where: scopedWhere(viewer, { id }) });
    return row ? checkedJob(row) : null;
  }

  async item(viewer: Viewer, id: string): Promise<ItemRecord | null> {
    const row = await this.prisma.ingestItem.findFirst({ where: scopedWhere(viewer, { id }) });
    return row ? checkedItem(row) : null;
  }

  /** A job's items, oldest first. */
  async items(
    viewer: Viewer,
    args: {
      jobId: string;
      status?: ItemStatus;
      knowledgeStatus?: KnowledgeStatus;
      first: number;
      after?: string | null;
    },
  ): Promise<Page<ItemRecord>> {
    const base: Prisma.IngestItemWhereInput = {
      jobId: args.jobId,
      ...(args.status ? { status: args.status } : {}),
      ...(args.knowledgeStatus ? { knowledgeStatus: args.knowledgeStatus } : {}),
    };
    const where = scopedWhere(viewer, base);
    const [rows, totalCount] = await Promise.all([
      this.prisma.ingestItem.findMany({
        where: { AND: [where, keyset(args.after, 'asc')] },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: args.first + 1,
      }),
      this.prisma.ingestItem.count({ where }),
    ]);
    return pageOf(rows, args.first, totalCount, checkedItem);
  }

  /** Item counts by status for several jobs in one query. */
  async countsByJob(viewer: Viewer, jobIds: string[]): Promise<Map<string, IngestCounts>> {
    const rows = await this.prisma.ingestItem.groupBy({
      by: ['jobId', 'status'],
      where: scopedWhere(viewer, { jobId: { in: jobIds } }),
      _count: { _all: true },
    });
    const byJob = new Map<string, Array<{ status: string; count: number }>>();
    for (const row of rows) {
      const list = byJob.get(row.jobId) ?? [];
      list.push({ status: row.status, count: row._count._all });
      byJob.set(row.jobId, list);
    }
    return new Map(jobIds.map((id) => [id, countsFrom(byJob.get(id) ?? [])]));
  }

  /** Items of each job finished (done or failed) within the throughput window, with their span. */
  async finishedRecentlyByJob(
    viewer: Viewer,
    jobIds: string[],
  ): Promise<Map<string, RecentActivity>> {
    const rows = await this.prisma.ingestItem.groupBy({
      by: ['jobId'],
      where: scopedWhere(viewer, { jobId: { in: jobIds }, finishedAt: { gte: windowStart() } }),
      _count: { _all: true },
      _min: { startedAt: true },
      _max: { finishedAt: true },
    });
    const found = new Map(
      rows.map((row) => [
        row.jobId,
        {
          finished: row._count._all,
          firstStartedAt: row._min.startedAt,
          lastFinishedAt: row._max.finishedAt,
        },
      ]),
    );
    return new Map(jobIds.map((id) => [id, found.get(id) ?? NO_ACTIVITY]));
  }

  /** Item counts by knowledge status for several jobs in one query. */
  async knowledgeCountsByJob(
    viewer: Viewer,
    jobIds: string[],
  ): Promise<Map<string, KnowledgeCounts>> {
    const rows = await this.prisma.ingestItem.groupBy({
      by: ['jobId', 'knowledgeStatus'],
      where: scopedWhere(viewer, { jobId: { in: jobIds } }),
      _count: { _all: true },
    });
    const byJob = new Map<string, Array<{ status: string; count: number }>>();
    for (const row of rows) {
      const list = byJob.get(row.jobId) ?? [];
      list.push({ status: row.knowledgeStatus, count: row._count._all });
      byJob.set(row.jobId, list);
    }
    return new Map(jobIds.map((id) => [id, knowledgeCountsFrom(byJob.get(id) ?? [])]));
  }

  /** Items of each job whose knowledge stage finished within the throughput window. */
  async knowledgeFinishedRecentlyByJob(
    viewer: Viewer,
    jobIds: string[],
  ): Promise<Map<string, RecentActivity>> {
    const rows = await this.prisma.ingestItem.groupBy({
      by: ['jobId'],
      where: scopedWhere(viewer, {
        jobId: { in: jobIds },
        knowledgeFinishedAt: { gte: windowStart() },
      }),
      _count: { _all: true },
      _min: { knowledgeStartedAt: true },
      _max: { knowledgeFinishedAt: true },
    });
    const found = new Map(
      rows.map((row) => [
        row.jobId,
        {
          finished: row._count._all,
          firstStartedAt: row._min.knowledgeStartedAt,
          lastFinishedAt: row._max.knowledgeFinishedAt,
        },
      ]),
    );
    return new Map(jobIds.map((id) => [id, found.get(id) ?? NO_ACTIVITY]));
  }

  /** Knowledge counts and recent knowledge finishes over all the viewer's collections. */
  async knowledgeOverview(
    viewer: Viewer,
  ): Promise<{ counts: KnowledgeCounts; recent: RecentActivity }> {
    const [rows, recent] = await Promise.all([
      this.prisma.ingestItem.groupBy({
        by: ['knowledgeStatus'],
        where: scopedWhere(viewer, {}),
        _count: { _all: true },
      }),
      this.prisma.ingestItem.aggregate({
        where: scopedWhere(viewer, { knowledgeFinishedAt: { gte: windowStart() } }),
        _count: { _all: true },
        _min: { knowledgeStartedAt: true },
        _max: { knowledgeFinishedAt: true },
      }),
    ]);
    return {
      counts: knowledgeCountsFrom(
        rows.map((row) => ({ status: row.knowledgeStatus, count: row._count._all })),
      ),
      recent: {
        finished: recent._count._all,
        firstStartedAt: recent._min.knowledgeStartedAt,
        lastFinishedAt: recent._max.knowledgeFinishedAt,
      },
    };
  }

  /**
   * Per document, the latest item that ran the knowledge stage (its status), for Document's
   * knowledgeStatus. Items of other collections are not read.
   */
  async latestKnowledgeStatus(
    viewer: Viewer,
    documentIds: string[],
  ): Promise<Map<string, KnowledgeStatus>> {
    const rows = await this.prisma.ingestItem.findMany({
      where: scopedWhere(viewer, {
        documentId: { in: documentIds },
        knowledgeStatus: { not: 'none' },
      }),
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      distinct: ['documentId'],
      select: { documentId: true, knowledgeStatus: true },
    });
    return new Map(
      rows.map((row) => [row.documentId, knowledgeStatusSchema.parse(row.knowledgeStatus)]),
    );
  }

  /** Counts and recent finishes over all the viewer's collections. */
  async overview(viewer: Viewer): Promise<{ counts: IngestCounts; recent: RecentActivity }> {
    const [rows, recent] = await Promise.all([
      this.prisma.ingestItem.groupBy({
        by: ['status'],
        where: scopedWhere(viewer, {}),
        _count: { _all: true },
      }),
      this.prisma.ingestItem.aggregate({
        where: scopedWhere(viewer, { finishedAt: { gte: windowStart() } }),
        _count: { _all: true },
        _min: { startedAt: true },
        _max: { finishedAt: true },
      }),
    ]);
    return {
      counts: countsFrom(rows.map((row) => ({ status: row.status, count: row._count._all }))),
      recent: {
        finished: recent._count._all,
        firstStartedAt: recent._min.startedAt,
        lastFinishedAt: recent._max.finishedAt,
      },
    };
  }

  /** Readiness: a trivial round trip. */
  async ping(): Promise<void> {
    await this.prisma.$queryRaw`SELECT 1`;
  }
}
