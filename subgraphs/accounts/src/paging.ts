import { BadUserInputError } from '@quarry/service-kit';

/** One page of any list: the cursor is the last node's id (ids never change, so pages stay put). */
export interface Page<T> {
  nodes: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export function checkFirst(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError(`first must be between 1 and ${max}`);
  }
}

/** Prisma `findMany` arguments for `first` rows after the row with id `after` (one extra to peek). */
export function pageArgs(first: number, after: string | null) {
  return { take: first + 1, ...(after ? { cursor: { id: after }, skip: 1 } : {}) };
}

/** `rows` fetched with pageArgs: the first `first` of them, and whether more follow. */
export function toPage<T extends { id: string }>(
  rows: readonly T[],
  first: number,
  totalCount: number,
): Page<T> {
  const nodes = rows.slice(0, first);
  return {
    nodes,
    totalCount,
    endCursor: nodes.at(-1)?.id ?? null,
    hasNextPage: rows.length > first,
  };
}
