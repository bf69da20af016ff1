import type { NamedEntityType } from '../types.ts';

/**
 * CoreNLP's NER classes (English 3/4/7-class CRFs plus its regexner fine classes, and the German,
 * French and Spanish models) reduced to the four CoNLL types. CoNLL-2003 annotates nationalities,
 * religions and ideologies used as names ("German", "Christian", "Marxist") as MISC, and cities,
 * countries and states as LOC, so the fine classes follow that. Classes with no CoNLL counterpart
 * (TITLE, CAUSE_OF_DEATH, CRIMINAL_CHARGE, numbers, times) are not named entities here: dates and
 * money come from the pattern extractors.
 */
const NAMED_TYPE_BY_CLASS: Readonly<Record<string, NamedEntityType>> = {
  PERSON: 'PERSON',
  PER: 'PERSON',
  PERS: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  ORG: 'ORGANIZATION',
  LOCATION: 'LOCATION',
  LOC: 'LOCATION',
  LUG: 'LOCATION',
  CITY: 'LOCATION',
  COUNTRY: 'LOCATION',
  STATE_OR_PROVINCE: 'LOCATION',
  MISC: 'MISC',
  OTROS: 'MISC',
  NATIONALITY: 'MISC',
  RELIGION: 'MISC',
  IDEOLOGY: 'MISC',
};

/** The named type for a CoreNLP class (with or without a B-/I- prefix), or undefined for the rest. */
export function namedEntityTypeOf(nerClass: string | undefined): NamedEntityType | undefined {
  if (!nerClass || nerClass === 'O') return undefined;
  const bare = nerClass.replace(/^[BIES]-/, '');
  return NAMED_TYPE_BY_CLASS[bare];
}
