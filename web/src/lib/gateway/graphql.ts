import 'server-only';
import { env } from '../../env.ts';
import { clientAddressHeaders } from './request-address.ts';

/** A GraphQL error as the gateway reports it: a safe message and a stable code. */
export interface GatewayError {
  message: string;
  code: string;
}

export type GraphqlResult<T> = { ok: true; data: T } | { ok: false; errors: GatewayError[] };

/**
 * Sends one operation to the gateway with the viewer's access token, from the server only (the
 * token never reaches the browser). Transport failures come back as errors with code
 * GATEWAY_UNREACHABLE so pages can show an error state instead of throwing. Carries the browser's
 * address (X-Forwarded-For) so the audit log records the real client, not this server.
 */
export async function gatewayGraphql<T>(
  accessToken: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResult<T>> {
  let response: Response;
  try {
    response = await fetch(`${env().GATEWAY_URL}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessToken}`,
        'content-type': 'application/json',
        accept: 'application/json',
        ...(await clientAddressHeaders()),
      },
      body: JSON.stringify({ query, variables }),
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ message: `The gateway is unreachable: ${message}`, code: 'GATEWAY_UNREACHABLE' }],
    };
  }
  const body = (await response.json().catch(() => null)) as {
    data?: T | null;
    errors?: Array<{ message?: string; extensions?: { code?: string } }>;
  } | null;
  if (body?.errors?.length) {
    return {
      ok: false,
      errors: body.errors.map((e) => ({
        message: e.message ?? 'Unknown error',
        code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      })),
    };
  }
  if (!body?.data) {
    return {
      ok: false,
      errors: [
        {
          message: `The gateway answered HTTP ${response.status} without data.`,
          code: 'BAD_RESPONSE',
        },
      ],
    };
  }
  return { ok: true, data: body.data };
}
