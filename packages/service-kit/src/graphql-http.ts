import type { IncomingMessage } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { readBody, type RequestHandler } from './http.ts';

const DEFAULT_BODY_LIMIT = 1_000_000;

/**
 * Adapts Apollo Server to a plain node:http route, the same way Apollo's standalone server does,
 * so a service can serve /graphql next to /healthz and /readyz on one port.
 */
export function graphqlRoute<C extends BaseContext>(
  server: ApolloServer<C>,
  context: (req: IncomingMessage) => Promise<C>,
  bodyLimit = DEFAULT_BODY_LIMIT,
): RequestHandler {
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = method === 'POST' ? await readBody(req, bodyLimit) : '';
    let body: unknown = raw;
    if (raw && headers.get('content-type')?.startsWith('application/json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            errors: [
              { message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
            ],
          }),
        );
        return;
      }
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method,
        headers,
        search: new URL(req.url ?? '/', 'http://local').search,
        body,
      },
      context: () => context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
