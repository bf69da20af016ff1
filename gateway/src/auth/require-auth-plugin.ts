import type { ApolloServerPlugin } from '@apollo/server';
import { UnauthenticatedError } from '@quarry/service-kit';
import { isAnonymousOperation } from './anonymous-operation.ts';
import type { GatewayContext } from './context.ts';

/**
 * Every operation needs a valid token except a login-only mutation. The context function sees only
 * headers, so the decision is taken once the operation is known. Introspection is an ordinary query
 * and needs a token too.
 */
export function requireAuthPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      // Set once the operation was parsed, validated and checked here.
      let checked = false;
      return {
        async didResolveOperation({ operation, contextValue }) {
          checked = true;
          const anonymous = operation ? isAnonymousOperation(operation) : false;
          if (!anonymous && !contextValue.viewer) throw new UnauthenticatedError();
        },
        async willSendResponse({ contextValue, response }) {
          if (checked || contextValue.viewer) return;
          // Parse and validation errors come before the check; for an anonymous caller they would
          // reveal the schema ("did you mean …"), so answer as for any unauthenticated request.
          const error = new UnauthenticatedError();
          response.body = {
            kind: 'single',
            singleResult: {
              errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }],
            },
          };
          response.http.status = 401;
        },
      };
    },
  };
}
