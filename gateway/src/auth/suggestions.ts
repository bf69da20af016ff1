import type { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js appends suggestions to parse, validation and coercion messages ("Cannot query field
 * "emial" on type "User". Did you mean "email"?", "… Did you mean the enum value "ADMIN"?"): they
 * spell out the schema piece by piece, which a caller who may not introspect must not learn
 * that way. Always the message's last sentence.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?\s*$/;

export function withoutSuggestions(
  errors: readonly GraphQLFormattedError[],
): GraphQLFormattedError[] {
  return errors.map((error) =>
    SUGGESTION.test(error.message)
      ? { ...error, message: error.message.replace(SUGGESTION, '') }
      : error,
  );
}
