import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { checkComplexity, checkShape } from './check-document.ts';
import type { QueryLimits } from './limits.ts';

/**
 * Depth and aliases, checked as a validation rule: Apollo refuses the request with HTTP 400 before
 * anything runs. Apollo relabels validation errors GRAPHQL_VALIDATION_FAILED; formatError puts the
 * LimitError's own code back. (Errors thrown from earlier plugin hooks become HTTP 500 instead.)
 * The query length was checked before parsing, by graphqlEndpoint.
 */
export function shapeLimitsRule(limits: QueryLimits): ValidationRule {
  return (context) => ({
    Document(document) {
      const error = checkShape(document, limits);
      if (error) context.reportError(error);
    },
  });
}

/**
 * Complexity needs the variables (`documents(first: $n)`), which validation does not see, so it is
 * checked once the operation is resolved: still before execution, and an error thrown here is
 * answered with its code and HTTP 400. Listed after the require-auth plugin, so an anonymous caller
 * is told to sign in first.
 */
export function complexityLimitPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request }) {
          const error = checkComplexity(document, schema, request.variables ?? {}, limits);
          if (error) throw error;
        },
      };
    },
  };
}
