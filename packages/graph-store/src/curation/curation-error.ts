/**
 * A curation request the graph refuses; `code` is the API's stable error code, so the graph
 * subgraph can answer it as such (BAD_USER_INPUT: the request makes no sense; NOT_FOUND: no such
 * entity).
 */
export class CurationError extends Error {
  readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND';

  constructor(code: CurationError['code'], message: string) {
    super(message);
    this.name = 'CurationError';
    this.code = code;
  }
}

export const notFound = (key: string) => new CurationError('NOT_FOUND', `no entity ${key}`);
export const badInput = (message: string) => new CurationError('BAD_USER_INPUT', message);
