/**
 * The read API's statements, for sending the identical Cypher directly (bench/): parameters are the
 * GraphQL field's arguments by name (defaults filled in) and `jwt: { collections }`.
 */
export { NEIGHBOURHOOD } from './neighbourhood.ts';
export { PATHS } from './paths.ts';
export { SEARCH_ENTITIES } from './search.ts';
export { ENTITY, ENTITIES_BY_KEYS, TOP_ENTITIES, TRIPLES } from './queries.ts';
