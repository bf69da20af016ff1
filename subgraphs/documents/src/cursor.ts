import { BadUserInputError } from '@quarry/service-kit';

/** A sort position from Elasticsearch (`hit.sort`): here [createdAt millis, id]. */
export type SortValues = Array<string | number>;

/** Cursors are opaque to clients: base64url of the sort values of the last hit of a page. */
export function encodeCursor(sort: SortValues): string {
  return Buffer.from(JSON.stringify(sort), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): SortValues {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError('after is not a valid cursor', 'after');
  }
  const valid =
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'string';
  if (!valid) throw new BadUserInputError('after is not a valid cursor', 'after');
  return value as SortValues;
}
