import type { ApolloServerPlugin } from '@apollo/server';
import { ForbiddenError, UnauthenticatedError } from '@quarry/service-kit';
import { isReadOnly, type AccountsClient } from './accounts-client.ts';
import { isAnonymousOperation } from './anonymous-operation.ts';
import { introspectionRefusal, mayIntrospect } from './introspection-access.ts';
import type { GatewayContext } from './context.ts';
import { isMutation, rootFields, usesIntrospection } from './operation-kinds.ts';
import { withoutSuggestions } from './suggestions.ts';

/**
 * Every operation needs a valid credential except a login-only mutation. The context function
 * sees only headers, so the decisions are taken once the operation is known:
 * - introspection (`__schema`, `__type`) needs the ADMIN or DEVELOPER role (FORBIDDEN otherwise);
 * - an API token with only the READ scope cannot run mutations (FORBIDDEN, and the refusal is
 *   written to the audit log through the accounts service, as `api.denied`);
 * - a successful `logout` evicts the caller's entry from the authentication cache at once;
 * - error messages keep graphql-js's "Did you mean …?" suggestions only for those who may
 *   introspect: to anyone else they would reveal the schema a field name at a time.
 */
export function requireAuthPlugin(accounts: AccountsClient): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      // Set once the operation was parsed, validated and checked here.
      let checked = false;
      let logout = false;
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          checked = true;
          const anonymous = operation ? isAnonymousOperation(operation) : false;
          if (anonymous) return;
          const { caller } = contextValue;
          if (!caller) throw new UnauthenticatedError();
          if (usesIntrospection(document) && !mayIntrospect(caller.viewer)) {
            throw new ForbiddenError(introspectionRefusal(caller));
          }
          if (!operation || !isMutation(operation)) return;
          const fields = rootFields(document, operation);
          if (isReadOnly(caller.scopes)) {
            await accounts.auditDenied(
              caller,
              contextValue.forwardedFor,
              `mutation:${fields.join(',')}`,
              {
                reason: 'read-only-token',
                fields,
              },
            );
            throw new ForbiddenError('This API token may only read (scope READ): no mutations.');
          }
          logout = fields.includes('logout');
        },
        async willSendResponse({ contextValue, response }) {
          if (logout && contextValue.caller && response.body.kind === 'single') {
            if (response.body.singleResult.data?.logout === true) {
              accounts.evict(contextValue.caller.key);
            }
          }
          const { viewer } = contextValue;
          if (response.body.kind === 'single' && !(viewer && mayIntrospect(viewer))) {
            const { errors } = response.body.singleResult;
            if (errors) response.body.singleResult.errors = withoutSuggestions(errors);
          }
          if (checked || viewer) return;
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
