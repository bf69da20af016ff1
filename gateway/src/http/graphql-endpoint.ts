import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import {
  graphqlRoute,
  PayloadTooLargeError,
  readBody,
  sendJson,
  type RequestHandler,
} from '@quarry/service-kit';
import { LimitError } from '../limits/limit-error.ts';
import type { QueryLimits } from '../limits/limits.ts';
import { withRequestId } from './request-id.ts';

type BodyLimits = Pick<
  QueryLimits,
  'maxBodyBytes' | 'batchEnabled' | 'maxBatchSize' | 'maxQueryLength'
>;

function checkLength(query: unknown, limits: BodyLimits): LimitError | null {
  if (typeof query !== 'string' || query.length <= limits.maxQueryLength) return null;
  return new LimitError(
    'QUERY_TOO_LONG',
    `The query has ${query.length} characters; at most ${limits.maxQueryLength} are allowed.`,
  );
}

/**
 * The refusal for a POST body, before Apollo parses any query: a batch the limits do not allow, or
 * a query text over the length limit. Null when the body may go on (malformed JSON included:
 * graphqlRoute answers that itself).
 */
export function checkBody(raw: string, limits: BodyLimits): LimitError | null {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(body)) return checkLength((body as { query?: unknown } | null)?.query, limits);
  if (!limits.batchEnabled) {
    return new LimitError('BATCH_NOT_ALLOWED', 'Send one operation per request: batching is off.');
  }
  if (body.length > limits.maxBatchSize) {
    return new LimitError(
      'BATCH_TOO_LARGE',
      `The batch has ${body.length} operations; at most ${limits.maxBatchSize} are allowed.`,
    );
  }
  for (const operation of body as unknown[]) {
    const error = checkLength((operation as { query?: unknown } | null)?.query, limits);
    if (error) return error;
  }
  return null;
}

function sendError(res: ServerResponse, error: GraphQLError): void {
  const { code, http } = error.extensions as { code: string; http?: { status?: number } };
  sendJson(res, http?.status ?? 400, {
    errors: [{ message: error.message, extensions: { code } }],
  });
}

/**
 * The already-read body as a request graphqlRoute can read again. Interim: graphqlRoute offers no
 * hook to inspect the parsed body before Apollo runs it (see the report on issue 4).
 */
function replay(req: IncomingMessage, raw: string): IncomingMessage {
  return Object.assign(Readable.from([Buffer.from(raw, 'utf8')]), {
    headers: req.headers,
    method: req.method,
    url: req.url,
    socket: req.socket,
  }) as unknown as IncomingMessage;
}

/**
 * /graphql: Apollo behind graphqlRoute, with the checks Apollo cannot make per HTTP request: the
 * body size (answered as a GraphQL error, HTTP 413), batches (array bodies) and the length of each
 * query text, before it is parsed. Every request gets
 * an id, returned as X-Request-Id and logged with any error hidden from the client.
 */
export function graphqlEndpoint<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: IncomingMessage) => Promise<C>,
  limits: BodyLimits,
): RequestHandler {
  const route = graphqlRoute(apollo, context, limits.maxBodyBytes);
  return (req, res) =>
    withRequestId(async (requestId) => {
      res.setHeader('x-request-id', requestId);
      if (req.method?.toUpperCase() !== 'POST') {
        const query = new URL(req.url ?? '/', 'http://local').searchParams.get('query');
        const tooLong = checkLength(query, limits);
        return tooLong ? sendError(res, tooLong) : route(req, res);
      }
      let raw: string;
      try {
        raw = await readBody(req, limits.maxBodyBytes);
      } catch (error) {
        if (!(error instanceof PayloadTooLargeError)) throw error;
        return sendError(
          res,
          new LimitError(
            'PAYLOAD_TOO_LARGE',
            `The request body is over ${limits.maxBodyBytes} bytes.`,
            413,
          ),
        );
      }
      const refusal = checkBody(raw, limits);
      if (refusal) return sendError(res, refusal);
      return route(replay(req, raw), res);
    });
}
