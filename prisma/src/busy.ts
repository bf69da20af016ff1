/**
 * SQLite lets one writer at a time. A plain statement waits for the lock (the client's busy
 * timeout), but a transaction that read first and then writes cannot wait: when another process
 * wrote in between, SQLite answers SQLITE_BUSY(_SNAPSHOT) at once. Such a transaction is safe to run
 * again from the start, so it is retried, a few times, after a short random pause.
 */
const BUSY = /SQLITE_BUSY|database is locked/i;

export function isBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (BUSY.test(`${error.name} ${error.message}`)) return true;
  // Prisma reports the driver's error in `meta` (P1008 "Operation has timed out" with
  // driverAdapterError.cause.originalMessage "SQLITE_BUSY: database is locked").
  const meta = (error as { meta?: unknown }).meta;
  if (meta !== undefined && BUSY.test(JSON.stringify(meta))) return true;
  return error.cause !== undefined && isBusy(error.cause);
}

export async function retryWhenBusy<T>(run: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
