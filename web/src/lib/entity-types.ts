// The entity types of @quarry/knowledge and the colour each is drawn in, in one place: the explorer
// paints its WebGL nodes from this table, and the document page's CSS custom properties
// (--entity-* in app/globals.css) carry the same values (entity-types.test.ts reads globals.css and
// fails when the two drift apart).

export const ENTITY_TYPES = [
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'MISC',
  'DATE',
  'MONEY',
  'EMAIL',
  'URL',
  'PHONE',
  'IBAN',
] as const;

export type KnownEntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: unknown): value is KnownEntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/**
 * The colour families: one per named-entity type, one shared by the types found by patterns
 * (dates, amounts, contacts, accounts), as on the document page.
 */
export type EntityColourKey = 'person' | 'organization' | 'location' | 'misc' | 'pattern';

export function entityColourKey(type: string | null | undefined): EntityColourKey {
  switch (type) {
    case 'PERSON':
      return 'person';
    case 'ORGANIZATION':
      return 'organization';
    case 'LOCATION':
      return 'location';
    case 'MISC':
      return 'misc';
    default:
      return 'pattern';
  }
}

/** `--entity-<key>` in globals.css, for light and dark colour schemes. */
export const ENTITY_COLOURS: Readonly<
  Record<'light' | 'dark', Readonly<Record<EntityColourKey, string>>>
> = {
  light: {
    person: '#b4236b',
    organization: '#2855c5',
    location: '#1a7f37',
    misc: '#7a4cc2',
    pattern: '#5b6470',
  },
  dark: {
    person: '#ff8cc6',
    organization: '#7aa2ff',
    location: '#5cc27a',
    misc: '#c3a5ff',
    pattern: '#9aa4b1',
  },
};

export function entityColour(
  type: string | null | undefined,
  scheme: 'light' | 'dark' = 'light',
): string {
  return ENTITY_COLOURS[scheme][entityColourKey(type)];
}

const LABELS: Record<KnownEntityType, { one: string; many: string }> = {
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

/** "People" for a heading, "Person" for one; an unknown or missing type is "Untyped". */
export function entityTypeName(type: string | null | undefined, count = 2): string {
  if (!isEntityType(type)) return count === 1 ? 'Untyped entity' : 'Untyped entities';
  return count === 1 ? LABELS[type].one : LABELS[type].many;
}
