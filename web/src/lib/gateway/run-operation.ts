import 'server-only';
import type { DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { getOperationAST, OperationTypeNode } from 'graphql';
import { getViewerSession } from '../auth/viewer-session.ts';
import { getClient, withAccessToken } from './apollo-server.ts';
import { gatewayErrors, toGraphqlResult, type GraphqlResult } from './errors.ts';

/** The variables argument: optional for an operation that has none or only optional ones. */
type VariablesArgument<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/**
 * The one way server pages, server actions and routes call the gateway: a typed document from
 * lib/operations and its variables, sent through the request's Apollo Client with the viewer's
 * token (no session: a redirect to /login, as the pages do). Errors come back as values with the gateway's codes (UNAUTHENTICATED for a refused
 * session: the error views send the browser to /session-ended), GATEWAY_UNREACHABLE when the
 * gateway did not answer, so pages show an error state instead of throwing.
 */
export async function runOperation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<GraphqlResult<TData>> {
  const { accessToken } = await getViewerSession();
  const client = getClient();
  const context = withAccessToken(accessToken);
  // The variables were checked against the document above; Apollo's own check of them cannot be
  // resolved for a generic document, so it is handed the untyped node.
  const node: DocumentNode = document;
  try {
    if (getOperationAST(node)?.operation === OperationTypeNode.MUTATION) {
      const { data, error } = await client.mutate<TData, OperationVariables>({
        mutation: node,
        variables,
        context,
        errorPolicy: 'all',
      });
      return toGraphqlResult(data ?? undefined, error);
    }
    const { data, error } = await client.query<TData, OperationVariables>({
      query: node,
      variables,
      context,
      errorPolicy: 'all',
    });
    return toGraphqlResult(data, error);
  } catch (error) {
    return { ok: false, errors: gatewayErrors(error) };
  }
}
