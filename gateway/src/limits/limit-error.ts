import { GraphQLError } from 'graphql';

/** Stable codes for requests refused before execution; clients can branch on them. */
export type LimitCode =
  | 'QUERY_TOO_LONG'
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'QUERY_TOO_COMPLEX'
  | 'BATCH_NOT_ALLOWED'
  | 'BATCH_TOO_LARGE'
  | 'PAYLOAD_TOO_LARGE';

/** A refusal of the whole request: HTTP 400 (413 for an oversized body), nothing executed. */
export class LimitError extends GraphQLError {
  constructor(code: LimitCode, message: string, status = 400) {
    super(message, { extensions: { code, http: { status } } });
  }
}
