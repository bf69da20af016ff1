import { randomBytes } from 'node:crypto';

/** Short random ids for runs: unique enough for queue job ids, readable in logs. */
export function createId(): string {
  return randomBytes(9).toString('base64url');
}

/**
 * Ids for ingest items made by the pipeline itself, so a batch of them can be inserted at once and
 * still be returned (createMany gives no rows back on every database). Same shape as Prisma's
 * cuid defaults: 25 lower-case letters and digits, starting with "c".
 */
export function createItemId(): string {
  return `c${randomBytes(16).toString('hex').slice(0, 24)}`;
}
