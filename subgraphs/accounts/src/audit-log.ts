import { BadUserInputError } from '@quarry/service-kit';
import type { AuditFilter } from '../generated/resolvers-types.ts';
import type { AccountsStore, AuditPosition, AuditQuery, AuditRecord } from './accounts-store.ts';

/** Searching the audit log. Read-only on purpose: nothing in the API changes or deletes events. */

export interface AuditEventPage {
  nodes: AuditRecord[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export const MAX_AUDIT_PAGE = 500;

// A date, optionally with a time and a zone; `Date.parse` alone accepts far looser text.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function parseDate(name: string, value: string | null | undefined): Date | undefined {
  if (value === null || value === undefined) return undefined;
  const time = ISO_DATE.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new BadUserInputError(`${name} must be an ISO 8601 date.`);
  return new Date(time);
}

/** Opaque to clients: base64url of the last event's time and id. */
export function encodeCursor(position: AuditPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): AuditPosition {
  const [iso, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = iso && ISO_DATE.test(iso) ? new Date(iso) : null;
  if (!at || Number.isNaN(at.getTime()) || !id || rest.length > 0) {
    throw new BadUserInputError('after is not a valid cursor.');
  }
  return { at, id };
}

/** 'user.*' → prefix 'user.'; any other value matches exactly (a '*' elsewhere is literal). */
export function toAuditQuery(filter: AuditFilter | null | undefined): AuditQuery {
  const query: AuditQuery = {
    actorId: filter?.actorId ?? undefined,
    outcome: filter?.outcome ?? undefined,
    target: filter?.target ?? undefined,
    from: parseDate('from', filter?.from),
    to: parseDate('to', filter?.to),
  };
  const action = filter?.action;
  if (action !== null && action !== undefined) {
    if (action.endsWith('*')) query.actionPrefix = action.slice(0, -1);
    else query.action = action;
  }
  return query;
}

export async function searchAuditLog(
  store: AccountsStore,
  filter: AuditFilter | null | undefined,
  first: number,
  after: string | null,
): Promise<AuditEventPage> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_AUDIT_PAGE}`);
  }
  const query = toAuditQuery(filter);
  const position = after ? decodeCursor(after) : null;
  const { rows, totalCount, hasMore } = await store.listAuditEvents(query, first, position);
  const last = rows.at(-1);
  return {
    nodes: rows,
    totalCount,
    endCursor: last ? encodeCursor(last) : null,
    hasNextPage: hasMore,
  };
}
