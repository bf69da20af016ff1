import { GraphQLError } from 'graphql';

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
