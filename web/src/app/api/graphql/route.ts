import {
  forwardGraphql,
  graphqlError,
  MAX_BODY_BYTES,
} from '../../../lib/gateway/forward-graphql.ts';
import { guardRoute } from '../../../lib/ingest/route-guard.ts';

/**
 * `POST /api/graphql`: the browser's Apollo Client (components/gateway/apollo-provider.tsx) talks
 * to the gateway through this same-origin route, which adds the viewer's token from the session
 * cookie: the token never reaches the browser. Our own pages only (403), a live session (401).
 */
export async function POST(request: Request) {
  const guard = await guardRoute(request);
  if ('response' in guard) return guard.response;
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
    return graphqlError(415, 'BAD_REQUEST', 'Send the GraphQL request as application/json.');
  const body = await request.text();
  if (new TextEncoder().encode(body).byteLength > MAX_BODY_BYTES)
    return graphqlError(413, 'BAD_REQUEST', 'The GraphQL request is too large.');
  return forwardGraphql(body, guard.session.accessToken, request.headers.get('accept'));
}
