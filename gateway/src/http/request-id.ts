import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const requestIds = new AsyncLocalStorage<string>();

/** Runs `handle` with a fresh request id that `currentRequestId` returns anywhere below it. */
export function withRequestId<T>(handle: (requestId: string) => Promise<T>): Promise<T> {
  const requestId = randomUUID();
  return requestIds.run(requestId, () => handle(requestId));
}

/** The id of the request being handled; Apollo's formatError gets no context, so it asks here. */
export function currentRequestId(): string {
  return requestIds.getStore() ?? randomUUID();
}
