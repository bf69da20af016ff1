import 'server-only';
import { env } from '../../env.ts';
import { clientAddressHeaders } from './request-address.ts';

// The gateway's own limit is 20 000 characters of query; variables of the web's operations are
// small. Anything larger is not one of our pages' requests.
export const MAX_BODY_BYTES = 64 * 1024;
const GATEWAY_TIMEOUT_MS = 30_000;

/** A GraphQL answer of our own (no gateway answer to pass on), in the shape Apollo Client reads. */
export function graphqlError(status: number, code: string, message: string): Response {
  return Response.json(
    { errors: [{ message, extensions: { code } }] },
    {
      status,
      headers: {
        'content-type': 'application/graphql-response+json',
        'cache-control': 'no-store',
      },
    },
  );
}

/**
 * Sends a browser's GraphQL request body on to the gateway with the viewer's token and the
 * browser's address, and passes the gateway's answer back as it came (status, content type,
 * body), never cached. The gateway applies its limits and each operation's access rules.
 */
export async function forwardGraphql(
  body: string,
  accessToken: string,
  accept: string | null,
): Promise<Response> {
  let answer: Response;
  try {
    answer = await fetch(`${env().GATEWAY_URL}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessToken}`,
        'content-type': 'application/json',
        accept: accept ?? 'application/graphql-response+json, application/json;q=0.9',
        ...(await clientAddressHeaders()),
      },
      body,
      cache: 'no-store',
      signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return graphqlError(502, 'GATEWAY_UNREACHABLE', `The gateway is unreachable: ${message}`);
  }
  return new Response(answer.body, {
    status: answer.status,
    headers: {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
      'cache-control': 'no-store',
    },
  });
}
