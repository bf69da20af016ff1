/** Checks and clean-up of what an analyst types, shared by every curation action. */
import { NAMED_ENTITY_TYPES, PATTERN_ENTITY_TYPES, type EntityType } from '@quarry/knowledge';
import { badInput } from './curation-error.ts';

export const MAX_NAME_LENGTH = 200;
/** Aliases in one split or link rejection: more is a mistake, not a curation. */
export const MAX_ALIASES = 100;
/** Entities merged in one call. */
export const MAX_MERGE_KEYS = 100;

export const ENTITY_TYPES: readonly EntityType[] = [...NAMED_ENTITY_TYPES, ...PATTERN_ENTITY_TYPES];

/** Who curated and when, stored on every rule and property change. */
export interface Curator {
  /** the user id */
  by: string;
  /** ISO 8601 */
  at?: string;
}

export const curatedAt = (curator: Curator): string => curator.at ?? new Date().toISOString();

/** A name: trimmed, 1..200 characters. */
export function checkName(name: string, what = 'name'): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) {
    throw badInput(`${what} must be 1 to ${MAX_NAME_LENGTH} characters`);
  }
  return trimmed;
}

export function checkType(type: string): EntityType {
  const known = ENTITY_TYPES.find((candidate) => candidate === type);
  if (known === undefined)
    throw badInput(`unknown type ${type}; one of ${ENTITY_TYPES.join(', ')}`);
  return known;
}

/** Aliases: each a name, at least one, at most MAX_ALIASES, duplicates dropped. */
export function checkAliases(aliases: readonly string[]): string[] {
  if (aliases.length === 0) throw badInput('give at least one alias');
  if (aliases.length > MAX_ALIASES) throw badInput(`at most ${MAX_ALIASES} aliases`);
  return [...new Set(aliases.map((alias) => checkName(alias, 'an alias')))];
}
