import type { PatternEntityType } from '../types.ts';
import { findPatternEntities } from './find.ts';

/** `[type, text, normalized]` of every pattern entity, for compact assertions. */
export function patternsIn(
  text: string,
  language: string | null = 'en',
): Array<[PatternEntityType, string, string]> {
  return findPatternEntities(text, language).map((match) => [
    match.type,
    match.text,
    match.normalized,
  ]);
}

/** Only the entities of one type, as `[text, normalized]`. */
export function ofType(
  type: PatternEntityType,
  text: string,
  language: string | null = 'en',
): Array<[string, string]> {
  return patternsIn(text, language)
    .filter(([found]) => found === type)
    .map(([, written, normalized]) => [written, normalized]);
}
