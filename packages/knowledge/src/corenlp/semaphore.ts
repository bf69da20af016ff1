/**
 * A counting semaphore: at most `limit` holders at once, the rest wait in arrival order. The NLP
 * service is shared by every worker, so each client caps how many requests it has in flight.
 */
export interface Semaphore {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** requests in flight now */
  readonly active: number;
  /** requests waiting for a slot */
  readonly waiting: number;
}

export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`semaphore limit ${limit}`);
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active -= 1;
  };
  const acquire = () =>
    new Promise<void>((resolve) => {
      if (active < limit) {
        active += 1;
        resolve();
      } else {
        // the slot passes straight from the releaser to the next waiter, so `active` stays put
        queue.push(resolve);
      }
    });
  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
