import { BadUserInputError } from '@quarry/service-kit';

/** A sort position: Elasticsearch's `hit.sort`, or [createdAt millis, id] for SQL rows. */
export type SortValues = Array<string | number | null>;

/**
 * What the first sort value of a cursor must be: a number (a date in millis or a score) or a
 * string (a sort key, null when the document has none). The last value is always the id.
 */
export type CursorShape = 'number' | 'string';

/** Cursors are opaque to clients: base64url of the sort values of the last row of a page. */
export function encodeCursor(sort: SortValues): string {
  return Buffer.from(JSON.stringify(sort), 'utf8').toString('base64url');
}

/** Validates the shape, so a made-up cursor is BAD_USER_INPUT and never an Elasticsearch error. */
export function decodeCursor(cursor: string, shape: CursorShape = 'number', argument = 'after') {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const valid =
    Array.isArray(value) &&
    value.length === 2 &&
    (shape === 'number'
      ? typeof value[0] === 'number' && Number.isFinite(value[0])
      : typeof value[0] === 'string' || value[0] === null) &&
    typeof value[1] === 'string';
  if (!valid) throw new BadUserInputError(`${argument} is not a valid cursor`, argument);
  return value as [number | string | null, string];
}
