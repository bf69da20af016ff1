import { randomBytes } from 'node:crypto';

/** Short random ids for runs: unique enough for queue job ids, readable in logs. */
export function createId(): string {
  return randomBytes(9).toString('base64url');
}
