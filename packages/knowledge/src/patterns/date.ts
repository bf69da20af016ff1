/**
 * Dates written with a month name (en, de, fr, es, it, nl, pt) or numerically, normalized to ISO
 * 8601: `2024-03-12` when day, month and year are there, `2024-03` for a month and year, `--03-12`
 * for a day and month without a year. A year alone ("in 2024"), a time ("12:30") or a version
 * number ("1.2.3", "v2.10.2019") is never a date. Numeric dates with dots or dashes are read
 * day-first; with slashes English text is read month-first (US) unless the first number cannot be
 * a month, other languages day-first.
 */
import {
  AMBIGUOUS_MONTH_WORDS,
  MONTH_ALTERNATION,
  monthNumber,
  PROPER_NOUN_MONTH_WORDS,
} from './month-names.ts';
import type { PatternMatch } from './types.ts';

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
const DAY = String.raw`(?<day>0?[1-9]|[12]\d|3[01])(?:\.|st|nd|rd|th|er|º|°|ª)?`;
const MONTH = String.raw`(?<month>${MONTH_ALTERNATION})(?<dot>\.)?`;
const YEAR = String.raw`(?<year>[12]\d{3})`;

interface DateForm {
  pattern: RegExp;
  confidence: number;
}

const WRITTEN_FORMS: readonly DateForm[] = [
  // 3 March 2024, 3. März 2024, 1er janvier 2024, 3 de marzo de 2024
  { pattern: String.raw`${DAY}\s*(?:de\s+)?${MONTH}(?:\s+del?|,)?\s+${YEAR}`, confidence: 0.95 },
  // March 3, 2024; March 3rd 2024
  { pattern: String.raw`${MONTH}\s+${DAY},?\s+${YEAR}`, confidence: 0.95 },
  // March 2024, März 2024, marzo de 2024
  { pattern: String.raw`${MONTH}(?:\s+del?|,)?\s+${YEAR}`, confidence: 0.85 },
  // 3 March, 3. März, le 3 mars, 3 de marzo
  { pattern: String.raw`${DAY}\s*(?:de\s+)?${MONTH}`, confidence: 0.75 },
  // March 3
  { pattern: String.raw`${MONTH}\s+${DAY}`, confidence: 0.75 },
].map(({ pattern, confidence }) => ({
  pattern: new RegExp(`${BEFORE}${pattern}${AFTER}`, 'giu'),
  confidence,
}));

const ISO_DATE =
  /(?<![\p{L}\p{N}.,/-])(?<year>[12]\d{3})(?<separator>[-/])(?<month>\d{1,2})\k<separator>(?<day>\d{1,2})(?![\p{N}]|[.,/-]\p{N})/gu;
const NUMERIC_DATE =
  /(?<![\p{L}\p{N}.,/-])(?<first>\d{1,2})(?<separator>[./-])(?<second>\d{1,2})\k<separator>(?<year>[12]\d{3}|\d{2})(?![\p{N}]|[.,/-]\p{N})/gu;

const pad = (value: number): string => String(value).padStart(2, '0');

function isValidDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** ISO form of whatever parts are there; null when the parts cannot be a date. */
function isoDate(year: number | null, month: number, day: number | null): string | null {
  if (day !== null && !isValidDay(year, month, day)) return null;
  if (year === null) return day === null ? null : `--${pad(month)}-${pad(day)}`;
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function toNumber(value: string | undefined): number | null {
  return value === undefined ? null : Number(value);
}

/**
 * "may", "mar", ... count only capitalized or with an abbreviation dot, unless day and year frame
 * them; "Mars" without a day is the planet.
 */
function monthWordAccepted(groups: Record<string, string | undefined>): boolean {
  const month = groups['month'] ?? '';
  if (PROPER_NOUN_MONTH_WORDS.has(month.toLowerCase()) && groups['day'] === undefined) {
    return month === month.toLowerCase();
  }
  if (!AMBIGUOUS_MONTH_WORDS.has(month.toLowerCase())) return true;
  if (groups['day'] !== undefined && groups['year'] !== undefined) return true;
  return groups['dot'] !== undefined || /^\p{Lu}/u.test(month);
}

/** Written dates; an impossible one ("30 February 2024") also rules out the parts inside it ("February 2024"). */
function findWrittenDates(text: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  const impossible: Array<{ start: number; end: number }> = [];
  const insideImpossible = (start: number, end: number): boolean =>
    impossible.some((span) => span.start <= start && end <= span.end);
  for (const { pattern, confidence } of WRITTEN_FORMS) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const month = monthNumber(groups['month'] ?? '');
      if (month === undefined || !monthWordAccepted(groups)) continue;
      const normalized = isoDate(toNumber(groups['year']), month, toNumber(groups['day']));
      const candidate = dateMatch(match, normalized ?? '', confidence);
      if (normalized === null) impossible.push(candidate);
      else if (!insideImpossible(candidate.start, candidate.end)) found.push(candidate);
    }
  }
  return found;
}

function dateMatch(
  match: RegExpExecArray | RegExpMatchArray,
  normalized: string,
  confidence: number,
): PatternMatch {
  const start = match.index ?? 0;
  return {
    start,
    end: start + match[0].length,
    text: match[0],
    type: 'DATE',
    confidence,
    normalized,
  };
}

function findIsoDates(text: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (const match of text.matchAll(ISO_DATE)) {
    const groups = match.groups ?? {};
    const normalized = isoDate(
      Number(groups['year']),
      Number(groups['month']),
      Number(groups['day']),
    );
    if (normalized !== null) found.push(dateMatch(match, normalized, 0.95));
  }
  return found;
}

/** Which of the two leading numbers is the month, or null when neither reading is a date. */
function readDayMonth(
  first: number,
  second: number,
  monthFirst: boolean,
): { day: number; month: number } | null {
  const dayFirst = second <= 12 ? { day: first, month: second } : null;
  const monthFirstReading = first <= 12 ? { day: second, month: first } : null;
  return monthFirst ? (monthFirstReading ?? dayFirst) : (dayFirst ?? monthFirstReading);
}

function findNumericDates(text: string, language: string | null): PatternMatch[] {
  const found: PatternMatch[] = [];
  const english = language?.toLowerCase().startsWith('en') ?? false;
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const groups = match.groups ?? {};
    const separator = groups['separator'];
    const yearText = groups['year'] ?? '';
    // "1.2.24" and "3-4-21" are version numbers and ranges far more often than dates
    if (yearText.length === 2 && separator !== '/') continue;
    const twoDigitYear = Number(yearText);
    const year =
      yearText.length === 2 ? twoDigitYear + (twoDigitYear < 70 ? 2000 : 1900) : twoDigitYear;
    const reading = readDayMonth(
      Number(groups['first']),
      Number(groups['second']),
      english && separator === '/',
    );
    if (reading === null) continue;
    const normalized = isoDate(year, reading.month, reading.day);
    if (normalized !== null)
      found.push(dateMatch(match, normalized, yearText.length === 2 ? 0.7 : 0.85));
  }
  return found;
}

export function findDates(text: string, language: string | null): PatternMatch[] {
  return [...findWrittenDates(text), ...findIsoDates(text), ...findNumericDates(text, language)];
}
