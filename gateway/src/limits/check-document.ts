import type { DocumentNode, GraphQLSchema } from 'graphql';
import { countAliases } from './aliases.ts';
import { queryComplexity } from './complexity.ts';
import { queryDepth } from './depth.ts';
import { hasCircularIntrospection } from './introspection.ts';
import { LimitError } from './limit-error.ts';
import type { QueryLimits } from './limits.ts';

type DocumentLimits = Pick<QueryLimits, 'maxDepth' | 'maxAliases' | 'maxComplexity'>;

/** The first shape limit (depth, aliases) a parsed document breaks; null when it is fine. */
export function checkShape(
  document: DocumentNode,
  limits: Pick<QueryLimits, 'maxDepth' | 'maxAliases'>,
): LimitError | null {
  const depth = queryDepth(document);
  if (depth > limits.maxDepth) {
    return new LimitError(
      'QUERY_TOO_DEEP',
      `The query is ${depth} levels deep; at most ${limits.maxDepth} are allowed.`,
    );
  }
  if (hasCircularIntrospection(document)) {
    return new LimitError(
      'QUERY_TOO_DEEP',
      'Introspection may not nest fields, inputFields, interfaces or possibleTypes in one another.',
    );
  }
  const aliases = countAliases(document);
  if (aliases > limits.maxAliases) {
    return new LimitError(
      'TOO_MANY_ALIASES',
      `The query uses ${aliases} aliases; at most ${limits.maxAliases} are allowed.`,
    );
  }
  return null;
}

/** The complexity refusal, once the variables are known; null when the cost is within the limit. */
export function checkComplexity(
  document: DocumentNode,
  schema: GraphQLSchema,
  variables: Readonly<Record<string, unknown>>,
  limits: Pick<QueryLimits, 'maxComplexity'>,
): LimitError | null {
  const complexity = queryComplexity(document, schema, variables);
  if (complexity > limits.maxComplexity) {
    return new LimitError(
      'QUERY_TOO_COMPLEX',
      `The query's estimated cost is ${complexity}; at most ${limits.maxComplexity} is allowed. ` +
        'Ask for fewer items (first/limit) or fewer fields.',
    );
  }
  return null;
}

/** Every document limit in order: what the gateway applies, as one pure function for tests. */
export function checkDocument(
  document: DocumentNode,
  schema: GraphQLSchema,
  variables: Readonly<Record<string, unknown>>,
  limits: DocumentLimits,
): LimitError | null {
  return checkShape(document, limits) ?? checkComplexity(document, schema, variables, limits);
}
