import { CurationError } from '@quarry/graph-store';
import { BadUserInputError, NotFoundError } from '@quarry/service-kit';

/** The graph store's refusals as the API's stable error codes; anything else passes unchanged. */
export function asClientError(error: unknown): unknown {
  if (!(error instanceof CurationError)) return error;
  return error.code === 'NOT_FOUND'
    ? new NotFoundError(error.message, 'key')
    : new BadUserInputError(error.message);
}
