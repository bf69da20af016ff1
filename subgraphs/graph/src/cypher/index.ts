/**
 * The read API's statements, for sending the identical Cypher directly (bench/): parameters are the
 * GraphQL field's arguments by name (defaults filled in) and `collections` (see statementParameters).
 */
import { int } from 'neo4j-driver';

export { NEIGHBOURHOOD } from './neighbourhood.ts';
export { PATHS } from './paths.ts';
export { SEARCH_ENTITIES } from './search.ts';
export { ENTITY, ENTITIES_BY_KEYS, TOP_ENTITIES, TRIPLES } from './queries.ts';

/**
 * The parameters @neo4j/graphql sends with a root statement: the field's arguments (defaults
 * included, integers as Cypher integers) and the caller's readable collections as `collections`.
 */
export function statementParameters(
  args: Record<string, unknown>,
  collections: readonly string[],
): Record<string, unknown> {
  return {
    ...Object.fromEntries(
      Object.entries(args).map(([name, value]) => [
        name,
        typeof value === 'number' && Number.isInteger(value) ? int(value) : value,
      ]),
    ),
    collections: [...collections],
  };
}
