/**
 * Collects the keys asked for while one GraphQL request resolves a list and fetches them with one
 * query (the N+1 problem: a page of 50 ingest items must not make 50 Elasticsearch requests).
 * One loader per request, so nothing is cached across viewers.
 */
export class BatchLoader<K, V> {
  private readonly fetch: (keys: K[]) => Promise<Map<K, V>>;
  private pending: Array<{
    key: K;
    resolve: (value: V | null) => void;
    reject: (e: unknown) => void;
  }> = [];
  private readonly cache = new Map<K, Promise<V | null>>();

  constructor(fetch: (keys: K[]) => Promise<Map<K, V>>) {
    this.fetch = fetch;
  }

  load(key: K): Promise<V | null> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V | null>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const found = await this.fetch([...new Set(batch.map((entry) => entry.key))]);
      for (const entry of batch) entry.resolve(found.get(entry.key) ?? null);
    } catch (error) {
      for (const entry of batch) {
        this.cache.delete(entry.key);
        entry.reject(error);
      }
    }
  }
}
