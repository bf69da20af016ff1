import type { GatewayError } from '../gateway/errors.ts';

export type ClassifiedErrors =
  /** The query or its arguments were refused: show the message next to the search box. */
  | { kind: 'input'; message: string }
  /** Anything else (gateway down, a subgraph failing, not signed in): an error state with codes. */
  | { kind: 'failure'; errors: GatewayError[] };

/**
 * Splits a failed request's errors: BAD_USER_INPUT is the user's to fix (the API words its message
 * for them), every other code is ours. If both kinds occur, the failure wins: fixing the input
 * would not help.
 */
export function classifyErrors(errors: readonly GatewayError[]): ClassifiedErrors {
  const failures = errors.filter((e) => e.code !== 'BAD_USER_INPUT');
  if (failures.length > 0 || errors.length === 0) {
    return {
      kind: 'failure',
      errors:
        failures.length > 0
          ? [...failures]
          : [{ code: 'INTERNAL_SERVER_ERROR', message: 'The request failed without an error.' }],
    };
  }
  const messages = [...new Set(errors.map((e) => e.message))];
  return { kind: 'input', message: messages.join(' ') };
}
