// The gateway's error codes in words, for the explorer's error states. The code stays visible
// beside the words (analysts quote it to an administrator).
import type { GatewayError } from '../gateway/errors.ts';

const WORDS: Record<string, string> = {
  BAD_USER_INPUT: 'The graph service refused the request as asked',
  FORBIDDEN: 'You are not allowed to see this',
  NOT_FOUND: 'This entity does not exist or is outside your collections',
  UNAUTHENTICATED: 'Your session has ended; sign in again',
  GATEWAY_UNREACHABLE: 'Quarry’s gateway did not answer',
  BAD_RESPONSE: 'The gateway gave an answer that could not be read',
  GRAPHQL_VALIDATION_FAILED: 'The graph service does not offer this yet (it may still be updating)',
  GRAPHQL_PARSE_FAILED: 'The request could not be read by the gateway',
  QUERY_TOO_COMPLEX: 'The request is too large for the gateway’s limits',
  INTERNAL_SERVER_ERROR: 'The graph service failed',
};

export function errorInWords(error: GatewayError): string {
  return WORDS[error.code] ?? 'The request failed';
}

/** One line per distinct error: words first, then the service's own message. */
export function describeErrors(errors: readonly GatewayError[]): string[] {
  const lines = errors.map((e) => `${errorInWords(e)}: ${e.message}`);
  return [...new Set(lines)];
}
