/** A named probe of one dependency; it resolves when the dependency answers and rejects otherwise. */
export type ReadinessCheck = () => Promise<void>;

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; ms: number; error?: string }>;
}

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout(check: ReadinessCheck, ms: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    check().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Runs every check in parallel; the service is ready only when all of them pass. */
export async function checkReadiness(
  checks: Record<string, ReadinessCheck>,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const started = performance.now();
      try {
        await withTimeout(check, timeoutMs);
        const result: ReadinessReport['checks'][string] = {
          ok: true,
          ms: Math.round(performance.now() - started),
        };
        return [name, result] as const;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const result: ReadinessReport['checks'][string] = {
          ok: false,
          ms: Math.round(performance.now() - started),
          error: message,
        };
        return [name, result] as const;
      }
    }),
  );
  return { ready: entries.every(([, r]) => r.ok), checks: Object.fromEntries(entries) };
}
