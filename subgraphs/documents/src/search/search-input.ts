import { BadUserInputError } from '@quarry/service-kit';
import type { EntityType, QuerySearchArgs, SearchFilter } from '../../generated/resolvers-types.ts';

export const SEARCH_SORTS = ['RELEVANCE', 'NEWEST', 'OLDEST', 'TITLE'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY_LENGTH = 1_000;
export const MAX_FILTER_VALUES = 20;

/** `SearchFilter` and the arguments of Query.search as GraphQL hands them over (generated). */
export type SearchFilterInput = SearchFilter;
export type SearchInput = QuerySearchArgs;

export interface DateRange {
  /** ISO 8601 instants, inclusive. */
  gte?: string;
  lte?: string;
}

/** A search after validation: limits checked, dates parsed, empty lists dropped. */
export interface ValidSearch {
  /** Trimmed; empty means "every document". */
  query: string;
  sort: SearchSort;
  first: number;
  after: string | null;
  collectionIds: string[] | null;
  formats: string[];
  languages: string[];
  keyPhrases: string[];
  /** Each entry one clause: any of its names, of its type. */
  entities: Array<{ type: EntityType; names: string[] }>;
  created: DateRange | null;
  authored: DateRange | null;
  allVersions: boolean;
}

/** Page sizes of every list: `min`..100, with the argument named in the error. */
export function checkPageSize(first: number | null | undefined, fallback: number, min = 0): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < min || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between ${min} and ${MAX_PAGE_SIZE}`, 'first');
  }
  return value;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/i;

function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

/**
 * An ISO 8601 date or date-time as an instant. A bare date means the whole day (UTC): its start
 * as a lower bound, its last millisecond as an upper bound; a date-time without offset is UTC.
 */
export function parseDateBound(value: string, bound: 'from' | 'to', argument: string): string {
  const text = value.trim();
  const invalid = () =>
    new BadUserInputError(
      `${argument} must be an ISO 8601 date or date-time (e.g. 2026-01-31 or 2026-01-31T12:00:00Z)`,
      argument,
    );
  if (DATE.test(text)) {
    if (!isCalendarDate(text)) throw invalid();
    return bound === 'from' ? `${text}T00:00:00.000Z` : `${text}T23:59:59.999Z`;
  }
  const match = DATE_TIME.exec(text);
  if (!match || !isCalendarDate(match[1]!)) throw invalid();
  const instant = new Date(match[4] ? text : `${text}Z`);
  if (Number.isNaN(instant.getTime())) throw invalid();
  return instant.toISOString();
}

function range(
  from: string | null | undefined,
  to: string | null | undefined,
  name: string,
): DateRange | null {
  if (!from && !to) return null;
  return {
    ...(from ? { gte: parseDateBound(from, 'from', `filter.${name}From`) } : {}),
    ...(to ? { lte: parseDateBound(to, 'to', `filter.${name}To`) } : {}),
  };
}

function list(values: readonly string[] | null | undefined): string[] {
  return values ? [...new Set(values)] : [];
}

export function validateSearch(input: SearchInput): ValidSearch {
  const first = checkPageSize(input.first, 20, 1);
  const raw = input.query ?? '';
  if (raw.length > MAX_QUERY_LENGTH) {
    throw new BadUserInputError(`query must be at most ${MAX_QUERY_LENGTH} characters`, 'query');
  }
  const filter = input.filter ?? {};
  const collectionIds = list(filter.collectionIds);
  const formats = list(filter.formats);
  const languages = list(filter.languages);
  const keyPhrases = list(filter.keyPhrases);
  const entities = (filter.entities ?? [])
    .map((entry) => ({ type: entry.type, names: list(entry.names) }))
    .filter((entry) => entry.names.length > 0);
  const values =
    collectionIds.length +
    formats.length +
    languages.length +
    keyPhrases.length +
    entities.reduce((sum, entry) => sum + entry.names.length, 0);
  if (values > MAX_FILTER_VALUES) {
    throw new BadUserInputError(
      `filter may hold at most ${MAX_FILTER_VALUES} values in all its lists together`,
      'filter',
    );
  }
  return {
    query: raw.trim(),
    sort: input.sort ?? 'RELEVANCE',
    first,
    after: input.after ?? null,
    collectionIds: collectionIds.length > 0 ? collectionIds : null,
    formats,
    languages,
    keyPhrases,
    entities,
    created: range(filter.createdFrom, filter.createdTo, 'created'),
    authored: range(filter.authoredFrom, filter.authoredTo, 'authored'),
    allVersions: filter.allVersions ?? false,
  };
}
