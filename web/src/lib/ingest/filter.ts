// URL <-> state of the job monitor's item table: ?status=failed&knowledge=waiting&after=<cursor>.
// Pure, unit-tested.
import { isStageKnowledgeStatus, type StageKnowledgeStatus } from './knowledge.ts';
import { isIngestStatus, type IngestStatus } from './status.ts';

export interface ItemFilter {
  status: IngestStatus | null;
  /** The knowledge stage's status; both filters apply when both are set. */
  knowledge: StageKnowledgeStatus | null;
  /** Cursor of the page before this one (`endCursor` of the previous page). */
  after: string | null;
}

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | null {
  const one = Array.isArray(value) ? value[0] : value;
  return one?.trim() ? one.trim() : null;
}

/** Reads the filter; unknown statuses and oversized cursors are ignored rather than sent on. */
export function parseItemFilter(params: SearchParams): ItemFilter {
  const status = first(params.status)?.toUpperCase() ?? null;
  const knowledge = first(params.knowledge)?.toUpperCase() ?? null;
  const after = first(params.after);
  return {
    status: isIngestStatus(status) ? status : null,
    knowledge: isStageKnowledgeStatus(knowledge) ? knowledge : null,
    after: after && after.length <= 512 ? after : null,
  };
}

/** "/ingest/jobs/<id>?status=failed" — statuses in lower case, the first page unless `after`. */
export function itemFilterHref(jobId: string, filter: ItemFilter): string {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status.toLowerCase());
  if (filter.knowledge) query.set('knowledge', filter.knowledge.toLowerCase());
  if (filter.after) query.set('after', filter.after);
  const qs = query.toString();
  return `/ingest/jobs/${encodeURIComponent(jobId)}${qs ? `?${qs}` : ''}`;
}

/** The job list's page: ?after=<cursor>. */
export function parseAfter(params: SearchParams): string | null {
  const after = first(params.after);
  return after && after.length <= 512 ? after : null;
}
