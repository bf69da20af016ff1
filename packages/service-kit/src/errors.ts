import { GraphQLError } from 'graphql';

/**
 * Every code a Quarry service answers on purpose: stable codes clients can branch on, with
 * messages written for people. The gateway passes exactly these through (with the safe
 * extensions below); any other error is unexpected and reaches the client as "Internal error".
 * A new error class for clients adds its code here.
 */
export const CLIENT_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'PIPELINE_UNAVAILABLE',
  'PIPELINE_ERROR',
] as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** Extensions besides `code` that the errors below carry for clients (nothing internal). */
export const CLIENT_ERROR_EXTENSIONS = ['field', 'pipelineCode'] as const;

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in to use the API: send a valid bearer token.') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You do not have permission to do this.') {
    super(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
  }
}

/** A record that does not exist or is outside the viewer's collections (the two look the same). */
export class NotFoundError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'NOT_FOUND', ...(argument ? { field: argument } : {}) } });
  }
}

/** The pipeline could not be reached; what was recorded in SQL stays recorded. */
export class PipelineUnavailableError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'PIPELINE_UNAVAILABLE' } });
  }
}

/** The pipeline answered with an error of its own (its code is passed on). */
export class PipelineError extends GraphQLError {
  constructor(message: string, pipelineCode: string) {
    super(message, { extensions: { code: 'PIPELINE_ERROR', pipelineCode } });
  }
}
