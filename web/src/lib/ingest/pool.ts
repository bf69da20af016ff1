// Runs tasks with a fixed number in flight: the upload page sends a few files at a time so one
// huge folder neither opens hundreds of connections nor waits for files one by one.

/**
 * Calls `worker` for each item with at most `limit` calls running at once, in order. Stops
 * starting new items once `signal` aborts (running ones are left to the worker, which gets the
 * signal). A worker that throws does not stop the others; the errors come back per index.
 */
export async function runPool<T>(
  items: readonly T[],
  limit: number,
  worker: (item: T, index: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<{ started: number; errors: Map<number, unknown> }> {
  const width = Math.max(1, Math.floor(limit));
  const errors = new Map<number, unknown>();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const index = next;
      next += 1;
      try {
        await worker(items[index] as T, index);
      } catch (error) {
        errors.set(index, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return { started: next, errors };
}
