// What the web app makes of an answer the gateway did not give as data: a list of errors with the
// gateway's stable codes, whichever Apollo Client error carried them. Pure, shared by the server's
// runOperation and the browser's useQuery callers, unit-tested.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** A GraphQL error as the gateway reports it: a safe message and a stable code. */
export interface GatewayError {
  message: string;
  code: string;
}

export type GraphqlResult<T> = { ok: true; data: T } | { ok: false; errors: GatewayError[] };

interface FormattedError {
  message?: unknown;
  extensions?: { code?: unknown } | null;
}

function fromFormatted(errors: readonly FormattedError[]): GatewayError[] {
  return errors.map((error) => ({
    message: typeof error.message === 'string' ? error.message : 'Unknown error',
    code:
      typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR',
  }));
}

/**
 * The errors in an HTTP error's body: GraphQL errors (a gateway that answers 4xx with plain JSON),
 * or the `{ error: { code, message } }` of our own routes (/api/graphql without a session: 401).
 */
function errorsInBody(bodyText: string): FormattedError[] {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return [];
  }
  if (typeof body !== 'object' || body === null) return [];
  if ('errors' in body && Array.isArray(body.errors)) {
    const errors: unknown[] = body.errors;
    return errors.filter(
      (error): error is FormattedError => typeof error === 'object' && error !== null,
    );
  }
  if ('error' in body && typeof body.error === 'object' && body.error !== null) {
    const { error } = body;
    return [
      {
        message: 'message' in error ? error.message : undefined,
        extensions: { code: 'code' in error ? error.code : undefined },
      },
    ];
  }
  return [];
}

/**
 * The errors of a failed operation: the gateway's own (with their codes), BAD_RESPONSE for an
 * answer that is not GraphQL, GATEWAY_UNREACHABLE when no answer came at all.
 */
export function gatewayErrors(error: unknown): GatewayError[] {
  if (CombinedGraphQLErrors.is(error)) return fromFormatted(error.errors);
  if (ServerError.is(error)) {
    const inBody = errorsInBody(error.bodyText);
    if (inBody.length > 0) return fromFormatted(inBody);
    return [
      {
        message: `The gateway answered HTTP ${error.statusCode} without data.`,
        code: 'BAD_RESPONSE',
      },
    ];
  }
  if (ServerParseError.is(error)) {
    return [
      {
        message: `The gateway answered HTTP ${error.statusCode} with something other than JSON.`,
        code: 'BAD_RESPONSE',
      },
    ];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ message: `The gateway is unreachable: ${message}`, code: 'GATEWAY_UNREACHABLE' }];
}

/** An operation's outcome as pages use it: data only when there is no error at all. */
export function toGraphqlResult<T>(data: T | undefined, error: unknown): GraphqlResult<T> {
  if (error) return { ok: false, errors: gatewayErrors(error) };
  if (data === undefined || data === null) {
    return {
      ok: false,
      errors: [{ message: 'The gateway answered without data.', code: 'BAD_RESPONSE' }],
    };
  }
  return { ok: true, data };
}
