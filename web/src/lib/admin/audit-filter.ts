// The audit log's filter: URL query <-> form state <-> the API's AuditFilter. Pure, unit-tested.
import { cursorParam, param, withQuery, type SearchParams } from './search-params.ts';

export const AUDIT_OUTCOMES = ['success', 'failure', 'locked', 'denied'] as const;

/** What the filter form shows; dates are whole days (YYYY-MM-DD), `to` inclusive. */
export interface AuditFilterState {
  actorId: string | null;
  /** Exact action, or a prefix ending in '*' (user.*). */
  action: string | null;
  outcome: string | null;
  target: string | null;
  from: string | null;
  to: string | null;
}

/** The API's AuditFilter input (subgraphs/accounts/schema.graphql): `to` is exclusive. */
export interface AuditFilter {
  actorId?: string;
  action?: string;
  outcome?: string;
  target?: string;
  from?: string;
  to?: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterState = {
  actorId: null,
  action: null,
  outcome: null,
  target: null,
  from: null,
  to: null,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD, or null (2026-02-30 is not one). */
export function validDay(value: string | null): string | null {
  if (!value || !DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}

/** The day after `day` (YYYY-MM-DD), to turn an inclusive "to" into the API's exclusive bound. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Reads ?actor=&action=&outcome=&target=&from=&to=&after= ; invalid values are dropped. */
export function parseAuditSearch(params: SearchParams): {
  filter: AuditFilterState;
  after: string | null;
} {
  const outcome = param(params, 'outcome')?.toLowerCase() ?? null;
  return {
    filter: {
      actorId: param(params, 'actor', 128),
      action: param(params, 'action'),
      outcome: outcome && (AUDIT_OUTCOMES as readonly string[]).includes(outcome) ? outcome : null,
      target: param(params, 'target', 300),
      from: validDay(param(params, 'from')),
      to: validDay(param(params, 'to')),
    },
    after: cursorParam(params),
  };
}

/** The filter for the API; only the conditions that are set. */
export function toApiFilter(state: AuditFilterState): AuditFilter {
  const filter: AuditFilter = {};
  if (state.actorId) filter.actorId = state.actorId;
  if (state.action) filter.action = state.action;
  if (state.outcome) filter.outcome = state.outcome;
  if (state.target) filter.target = state.target;
  if (state.from) filter.from = state.from;
  if (state.to) filter.to = nextDay(state.to);
  return filter;
}

function queryValues(state: AuditFilterState): Record<string, string | null> {
  return {
    actor: state.actorId,
    action: state.action,
    outcome: state.outcome,
    target: state.target,
    from: state.from,
    to: state.to,
  };
}

/** "/admin/audit?action=user.*&after=…" */
export function auditHref(state: AuditFilterState, after: string | null = null): string {
  return withQuery('/admin/audit', { ...queryValues(state), after });
}

export type ExportFormat = 'csv' | 'json';

/** The export route for the same filter: "/api/admin/audit/export?format=csv&action=…" */
export function auditExportHref(state: AuditFilterState, format: ExportFormat): string {
  return withQuery('/api/admin/audit/export', { format, ...queryValues(state) });
}

export function isFilterEmpty(state: AuditFilterState): boolean {
  return Object.values(state).every((value) => value === null);
}
