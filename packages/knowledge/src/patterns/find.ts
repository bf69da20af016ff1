/**
 * All pattern entities in a piece of text. Where two overlap, the more specific wins: a URL
 * holds the email or date inside it, an email the domain, an IBAN the digits a phone pattern would
 * also read, money and dates their numbers; among the same type the longer span wins
 * ("3. März 2024" over "3. März"). Phones rank last: their digit patterns are the loosest.
 */
import type { PatternEntityType } from '../types.ts';
import { findDates } from './date.ts';
import { findEmails } from './email.ts';
import { findIbans } from './iban.ts';
import { findMoney } from './money.ts';
import { selectNonOverlapping } from './overlap.ts';
import { findPhones } from './phone.ts';
import type { PatternMatch } from './types.ts';
import { findUrls } from './url.ts';

/** Lower wins an overlap. */
export const PATTERN_PRECEDENCE: Readonly<Record<PatternEntityType, number>> = {
  URL: 0,
  EMAIL: 1,
  IBAN: 2,
  MONEY: 3,
  DATE: 4,
  PHONE: 5,
};

export function findPatternEntities(text: string, language: string | null): PatternMatch[] {
  const candidates = [
    ...findUrls(text),
    ...findEmails(text),
    ...findIbans(text),
    ...findMoney(text, language),
    ...findDates(text, language),
    ...findPhones(text, language),
  ];
  return selectNonOverlapping(candidates, (candidate) => PATTERN_PRECEDENCE[candidate.type]);
}
