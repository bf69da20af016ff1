export interface ServiceStatus {
  name: string;
  ready: boolean;
  checks: Record<string, unknown>;
  error?: string;
}

const PROBE_TIMEOUT_MS = 2_000;

/** Asks one service's /readyz; any failure (down, slow, 503) becomes a not-ready entry, never a throw. */
export async function probeService(
  name: string,
  baseUrl: string,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<ServiceStatus> {
  try {
    const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json().catch(() => ({}))) as { checks?: Record<string, unknown> };
    const status: ServiceStatus = { name, ready: response.ok, checks: body.checks ?? {} };
    if (!response.ok) status.error = `readyz answered ${response.status}`;
    return status;
  } catch (error) {
    const message =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
    return { name, ready: false, checks: {}, error: message };
  }
}

export function probeAll(services: Record<string, string>): Promise<ServiceStatus[]> {
  return Promise.all(Object.entries(services).map(([name, url]) => probeService(name, url)));
}
