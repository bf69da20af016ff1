/**
 * How long a document waits before its knowledge stage tries the NLP service again: doubling from
 * `firstMs` with each wait, at most `maxMs`. Waiting is not failing: it uses none of the job's
 * attempts, however long the service is away.
 */
export function nextWaitMs(waits: number, firstMs: number, maxMs: number): number {
  return Math.min(maxMs, firstMs * 2 ** Math.min(waits, 30));
}
