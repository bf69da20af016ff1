import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES, CLIENT_ERROR_EXTENSIONS, type Logger } from '@quarry/service-kit';
import { currentRequestId } from '../http/request-id.ts';
import { LimitError } from '../limits/limit-error.ts';

/**
 * Codes whose messages are written for clients: by Quarry's services (CLIENT_ERROR_CODES: auth,
 * input, not found, pipeline), by the gateway (auth service down, limits) or by Apollo (parse,
 * validation, bad request). Anything else (a subgraph down, a resolver crash, a store error) is
 * unexpected and its message may name internal hosts.
 */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  ...CLIENT_ERROR_CODES,
  'AUTH_UNAVAILABLE',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_LONG',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COMPLEX',
  'BATCH_NOT_ALLOWED',
  'BATCH_TOO_LARGE',
  'PAYLOAD_TOO_LARGE',
]);

/** URLs, IPv4 addresses and localhost: never part of a message written for clients. */
const INTERNAL_ADDRESS = /\b[a-z][a-z0-9+.-]*:\/\/|\b\d{1,3}(?:\.\d{1,3}){3}\b|\blocalhost\b/i;

export const INTERNAL_ERROR_MESSAGE = 'Internal error. Quote the requestId when reporting it.';

/**
 * Apollo's formatError for the gateway. Client errors keep their message and code and lose every
 * other extension (stack traces, exception details, serviceName). Any other error, or a client
 * error whose message mentions an address, is replaced by a generic message with the request id;
 * the full error is logged under that id.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo relabels errors from validation rules GRAPHQL_VALIDATION_FAILED; a limit keeps its own.
    const limit =
      error instanceof GraphQLError && error.originalError instanceof LimitError
        ? error.originalError.extensions.code
        : undefined;
    const raw = limit ?? formatted.extensions?.code;
    const code = typeof raw === 'string' ? raw : null;
    const location = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (code && CLIENT_CODES.has(code) && !INTERNAL_ADDRESS.test(formatted.message)) {
      const extensions: Record<string, unknown> = { code };
      for (const key of CLIENT_ERROR_EXTENSIONS) {
        const value = formatted.extensions?.[key];
        if (typeof value === 'string') extensions[key] = value;
      }
      return { message: formatted.message, ...location, extensions };
    }
    const requestId = currentRequestId();
    logger.error({ err: error, requestId, graphqlError: formatted }, 'internal error hidden');
    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...location,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
