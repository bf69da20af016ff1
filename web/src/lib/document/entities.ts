// The document page's entity summary: how each entity type is named and coloured, and which names
// link to a search. Pure, unit-tested. The colours (--entity-<type> in globals.css) are meant to be
// the ones mentions get when they are highlighted in the text.
import type { EntityType } from '#graphql/types';
import { EMPTY_SEARCH, entityFacetKind, searchHref, toggleFacet } from '../search/search-state.ts';

const LABELS: Record<EntityType, { one: string; many: string }> = {
  PERSON: { one: 'Person', many: 'People' },
  ORGANIZATION: { one: 'Organization', many: 'Organizations' },
  LOCATION: { one: 'Place', many: 'Places' },
  MISC: { one: 'Other name', many: 'Other names' },
  DATE: { one: 'Date', many: 'Dates' },
  MONEY: { one: 'Amount of money', many: 'Amounts of money' },
  EMAIL: { one: 'Email address', many: 'Email addresses' },
  URL: { one: 'Web address', many: 'Web addresses' },
  PHONE: { one: 'Phone number', many: 'Phone numbers' },
  IBAN: { one: 'IBAN', many: 'IBANs' },
};

/** "People" for a group heading, "Person" for one name. */
export function entityTypeLabel(type: EntityType, count = 2): string {
  return count === 1 ? LABELS[type].one : LABELS[type].many;
}

/** The CSS class that carries a type's colour: entity-person, entity-iban, ... */
export function entityClass(type: EntityType): string {
  return `entity-${type.toLowerCase()}`;
}

/** A search for documents naming the same entity; null for types search has no facet for. */
export function entitySearchHref(type: EntityType, name: string): string | null {
  const kind = entityFacetKind(type);
  return kind ? searchHref(toggleFacet(EMPTY_SEARCH, kind, name)) : null;
}

/** Names shown at once per type; the rest sit behind "N more". */
export const NAMES_SHOWN = 30;

/** Types found by patterns and checksums rather than the NLP service: they share one colour. */
const PATTERN_TYPES: ReadonlySet<EntityType> = new Set([
  'DATE',
  'MONEY',
  'EMAIL',
  'URL',
  'PHONE',
  'IBAN',
]);

export interface LegendEntry {
  key: string;
  className: string;
  label: string;
  /** Distinct names it stands for. */
  count: number;
}

/**
 * One legend entry per colour: each named-entity type, then the pattern types together (listing
 * six grey swatches would only repeat the headings below).
 */
export function legendEntries(groups: ReadonlyArray<{ type: EntityType; names: string[] }>) {
  const entries: LegendEntry[] = groups
    .filter((group) => !PATTERN_TYPES.has(group.type))
    .map((group) => ({
      key: group.type,
      className: entityClass(group.type),
      label: entityTypeLabel(group.type),
      count: group.names.length,
    }));
  const patterns = groups.filter((group) => PATTERN_TYPES.has(group.type));
  if (patterns.length > 0) {
    entries.push({
      key: 'patterns',
      className: 'entity-pattern',
      label: 'Dates, amounts, contacts and accounts',
      count: patterns.reduce((sum, group) => sum + group.names.length, 0),
    });
  }
  return entries;
}
