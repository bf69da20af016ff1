import { NAMED_ENTITY_TYPES, PATTERN_ENTITY_TYPES, type EntityType } from '@quarry/knowledge';

const ENTITY_TYPES: ReadonlySet<string> = new Set([...NAMED_ENTITY_TYPES, ...PATTERN_ENTITY_TYPES]);

/**
 * What an entity key (see ResolvedEntity.key) says by itself. Only this, and knowledge-base facts,
 * may be stored on the shared Entity node: it is the same whichever document wrote it, so it tells
 * nobody anything about a document they cannot read.
 */
export interface KeyIdentity {
  /** the knowledge base for `wikipedia:` and `geonames:` keys */
  kb: 'wikipedia' | 'geonames' | null;
  /** the title or id inside that knowledge base */
  kbId: string | null;
  /**
   * the type the key fixes: the one it is made of (`name:` and `value:` keys), LOCATION for a
   * GeoNames place; null for Wikipedia, whose titles have no type (each document says its own)
   */
  type: EntityType | null;
  /** a display name readable from the key: the normalized name or value, or the Wikipedia title */
  name: string;
}

export function identityFromKey(key: string): KeyIdentity {
  const colon = key.indexOf(':');
  const scheme = colon < 0 ? '' : key.slice(0, colon);
  const rest = key.slice(colon + 1);
  if (scheme === 'wikipedia') {
    return { kb: 'wikipedia', kbId: rest, type: null, name: rest.replaceAll('_', ' ') };
  }
  if (scheme === 'geonames') return { kb: 'geonames', kbId: rest, type: 'LOCATION', name: rest };
  if (scheme === 'name' || scheme === 'value') {
    const typeEnd = rest.indexOf(':');
    const type = typeEnd < 0 ? '' : rest.slice(0, typeEnd);
    if (ENTITY_TYPES.has(type)) {
      return { kb: null, kbId: null, type: type as EntityType, name: rest.slice(typeEnd + 1) };
    }
  }
  return { kb: null, kbId: null, type: null, name: key };
}
