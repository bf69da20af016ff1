import { z } from 'zod';

const check = z.object({
  ok: z.boolean(),
  ms: z.number().nullish(),
  error: z.string().nullish(),
});

const service = z.object({
  name: z.string(),
  ready: z.boolean(),
  checks: z.record(z.string(), check).default({}),
  error: z.string().nullish(),
});

const statusResponse = z.object({ services: z.array(service) });

export type ServiceStatus = z.infer<typeof service>;
export type DependencyCheck = z.infer<typeof check>;

export type StatusResult =
  | { kind: 'ok'; services: ServiceStatus[] }
  /** The gateway could not be reached at all (connection refused, timeout, DNS). */
  | { kind: 'unreachable'; message: string }
  /** The gateway answered, but not with a status report (HTTP error, bad JSON, 403…). */
  | { kind: 'error'; message: string }
  /** The gateway no longer accepts the viewer's session (401): they must sign in again. */
  | { kind: 'session-ended' };

/** Interprets the gateway's GET /status reply. Pure: unit-tested without a server. */
export function interpretStatusResponse(httpStatus: number, body: unknown): StatusResult {
  if (httpStatus === 401) return { kind: 'session-ended' };
  if (httpStatus === 403) {
    return {
      kind: 'error',
      message: `The gateway refused the request (HTTP ${httpStatus}). Try signing in again.`,
    };
  }
  const parsed = statusResponse.safeParse(body);
  // 503 is a normal answer when some service is not ready: the body still carries the report.
  if (parsed.success) return { kind: 'ok', services: parsed.data.services };
  return {
    kind: 'error',
    message: `The gateway answered HTTP ${httpStatus} without a readable status report.`,
  };
}

/** Asks the gateway for the readiness of every service, with the viewer's access token. */
export async function fetchServiceStatus(
  gatewayUrl: string,
  accessToken: string,
): Promise<StatusResult> {
  let response: Response;
  try {
    response = await fetch(`${gatewayUrl}/status`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    const message = error instanceof Error ? `${error.message}${cause}` : String(error);
    return { kind: 'unreachable', message };
  }
  const body: unknown = await response.json().catch(() => null);
  return interpretStatusResponse(response.status, body);
}
