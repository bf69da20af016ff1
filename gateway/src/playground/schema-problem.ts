// Shared by the playground page (bundled into it by playground/build.ts) and its unit test.

/** GraphiQL names its schema request so; `__schema` also catches a hand-written one. */
export function isSchemaRequest(params: { query: string; operationName?: string | null }): boolean {
  return params.operationName === 'IntrospectionQuery' || /\b__schema\b/.test(params.query);
}

const TOKEN_HELP =
  'an API token (Profile → API tokens; for the schema, a token with the ADMIN scope of an admin, ' +
  'or any token of a developer) or the token of a sign-in';

/**
 * What the page says when the schema (introspection) did not load, instead of GraphiQL's bare
 * "Error fetching schema": what is missing and how to fix it. Null when the schema loaded.
 * `result` is the gateway's JSON answer, `hasToken` whether a token was pasted.
 */
export function schemaProblem(hasToken: boolean, result: unknown): string | null {
  const body = (result ?? {}) as {
    data?: { __schema?: unknown } | null;
    errors?: { message?: unknown; extensions?: { code?: unknown } }[];
  };
  const [error] = body.errors ?? [];
  if (!error) return body.data?.__schema ? null : 'The gateway answered without a schema.';
  const message = typeof error.message === 'string' ? error.message : 'no reason given';
  switch (error.extensions?.code) {
    case 'UNAUTHENTICATED':
      return hasToken
        ? `The token was refused (invalid, expired or revoked): paste a current one, ${TOKEN_HELP}.`
        : `No token: paste ${TOKEN_HELP} above.`;
    case 'FORBIDDEN':
      // The gateway names the cause: the user's role, or the API token's scope.
      return message;
    default:
      return `The schema could not be loaded: ${message}`;
  }
}
