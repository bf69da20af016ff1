/**
 * Group commit: callers hand in one entry each and wait for their own outcome, while the store sees
 * one request per batch. At most one batch runs at a time; entries that arrive meanwhile form the
 * next one. So an idle pipeline writes at once (the first entry only waits for the end of the
 * current event-loop turn, which lets entries of the same turn join it) and a busy one writes in
 * ever larger batches: the cost per entry falls as the load rises, with no timer to tune.
 *
 * `run` answers every entry of the batch, in order: a value, or an Error that fails that entry
 * alone. When `run` itself throws, every entry of the batch fails with that error.
 */
export type BatchRunner<T, R> = (batch: T[]) => Promise<Array<R | Error>>;

export interface GroupCommit<T, R> {
  (entry: T): Promise<R>;
  /** Resolves once nothing is queued or running (for shutdown). */
  drain(): Promise<void>;
}

interface Waiting<T, R> {
  entry: T;
  resolve: (value: R) => void;
  reject: (error: Error) => void;
}

export interface GroupCommitOptions {
  /** Most entries in one batch. */
  maxBatch?: number;
}

export function groupCommit<T, R>(
  run: BatchRunner<T, R>,
  { maxBatch = 500 }: GroupCommitOptions = {},
): GroupCommit<T, R> {
  let queued: Array<Waiting<T, R>> = [];
  let running: Promise<void> | null = null;
  let scheduled = false;

  const runBatch = async (batch: Array<Waiting<T, R>>) => {
    let results: Array<R | Error>;
    try {
      results = await run(batch.map((w) => w.entry));
      if (results.length !== batch.length) {
        throw new Error(`a batch of ${batch.length} got ${results.length} answers`);
      }
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const waiting of batch) waiting.reject(failure);
      return;
    }
    batch.forEach((waiting, i) => {
      const result = results[i] as R | Error;
      if (result instanceof Error) waiting.reject(result);
      else waiting.resolve(result);
    });
  };

  const pump = () => {
    scheduled = false;
    if (running || queued.length === 0) return;
    const batch = queued.slice(0, maxBatch);
    queued = queued.slice(batch.length);
    running = runBatch(batch).finally(() => {
      running = null;
      pump();
    });
  };

  const commit = ((entry: T) =>
    new Promise<R>((resolve, reject) => {
      queued.push({ entry, resolve, reject });
      if (!running && !scheduled) {
        scheduled = true;
        setImmediate(pump);
      }
    })) as GroupCommit<T, R>;
  commit.drain = async () => {
    while (running || queued.length > 0 || scheduled) {
      await (running ?? new Promise((resolve) => setImmediate(resolve)));
    }
  };
  return commit;
}
