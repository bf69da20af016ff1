import type { EntitySummaryType } from '@quarry/search-index';
import type { EntityType } from '../../generated/resolvers-types.ts';
import { ENTITY_FIELDS, ENTITY_TYPES } from './entity-types.ts';

export interface EntityGroup {
  type: EntityType;
  names: string[];
}

/** The indexed summary, read defensively: a type key may be missing in an older document. */
export type IndexedEntities = Partial<Record<EntitySummaryType, readonly string[] | null>>;

/**
 * The indexed summary as the API's groups: the schema's order, types without a name left out, and
 * anything that is not a list of strings (a document indexed before the knowledge stage existed
 * has no summary at all) read as nothing.
 */
export function entityGroups(entities: IndexedEntities | null | undefined): EntityGroup[] {
  if (!entities) return [];
  const groups: EntityGroup[] = [];
  for (const type of ENTITY_TYPES) {
    const values = entities[ENTITY_FIELDS[type]];
    if (!Array.isArray(values)) continue;
    const names = values.filter((name): name is string => typeof name === 'string' && name !== '');
    if (names.length > 0) groups.push({ type, names });
  }
  return groups;
}
