import { ENTITY_SUMMARY_FIELD, type EntitySummaryType } from '@quarry/search-index';
import type { EntityType } from '../../generated/resolvers-types.ts';

/**
 * The entity types as the schema names them, with the key each has in the indexed document's
 * `entities` summary (and in its `entities.<key>` keyword fields). The order is the one groups and
 * facets are shown in: named entities first, then the pattern ones.
 */
export const ENTITY_FIELDS = ENTITY_SUMMARY_FIELD satisfies Record<EntityType, EntitySummaryType>;

export const ENTITY_TYPES = Object.keys(ENTITY_FIELDS) as EntityType[];

/** The types search counts names of (SearchFacets.entities): the named entities. */
export const FACETED_ENTITY_TYPES = [
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'MISC',
] as const satisfies readonly EntityType[];

/** Names per type in each entity facet. */
export const ENTITY_FACET_SIZE = 20;

/** The indexed keyword field that holds a type's names. */
export function entityField(type: EntityType): `entities.${EntitySummaryType}` {
  return `entities.${ENTITY_FIELDS[type]}`;
}
