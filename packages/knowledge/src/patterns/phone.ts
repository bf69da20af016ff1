/**
 * Phone numbers through libphonenumber-js (full metadata, so a number must fit its country's
 * numbering plan, not just its length), normalized to E.164. National numbers are read in the
 * region the chunk's language suggests. A bare run of digits ("4915112345678") is too often an id,
 * an order number or an amount, so it counts only when written like a phone number (a leading
 * `+` or `00`, brackets, or separators) or right after a word such as "Tel." or "phone".
 */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import type { PatternMatch } from './types.ts';

/** The region whose national format a language's text most likely uses. */
const REGION_BY_LANGUAGE: Readonly<Record<string, CountryCode>> = {
  en: 'US',
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  it: 'IT',
  nl: 'NL',
  pt: 'PT',
  pl: 'PL',
  cs: 'CZ',
  da: 'DK',
  sv: 'SE',
  nb: 'NO',
  no: 'NO',
  fi: 'FI',
  el: 'GR',
  hu: 'HU',
  ro: 'RO',
  ru: 'RU',
  uk: 'UA',
  tr: 'TR',
  ja: 'JP',
  zh: 'CN',
  ko: 'KR',
  ar: 'SA',
};

const PHONE_CUE =
  /(?:tel|tél|phone|telefon|teléfono|telefono|téléphone|fax|mobil|mobile|handy|portable|móvil|movil|cell|call|anrufen|appeler|llamar)\.?:?\s*(?:\([^)]{0,20}\)\s*)?$/i;
const WRITTEN_AS_PHONE = /^(?:\+|00|\()|[\s\-./()]/;

export function defaultPhoneRegion(language: string | null): CountryCode | undefined {
  if (language === null) return undefined;
  return REGION_BY_LANGUAGE[language.toLowerCase().split(/[-_]/)[0] ?? ''];
}

function looksLikePhone(text: string, written: string, start: number): boolean {
  if (WRITTEN_AS_PHONE.test(written)) return true;
  return PHONE_CUE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * Country codes written other than with "+", rewritten so libphonenumber reads them in any region,
 * every offset kept: "0044 20 ..." dials abroad from most of Europe but not from the US (011), and
 * directories write "[44] (0) 20 ..." (the World Factbook does). "0044" becomes " +44", "[44]"
 * becomes "+44 ". A "00" after digits is part of the number ("467-0019"), not a country prefix.
 */
function withInternationalPlus(text: string): string {
  return text
    .replace(/(?<!\p{N}[\s\-./()]*|\+)00(?=[1-9])/gu, ' +')
    .replace(/\[([1-9]\d{0,2})\](?=\s*[(\d])/gu, (_, code: string) => `+${code} `);
}

/** Where the number was written: the "00" or "[" that became the "+" libphonenumber saw. */
function writtenStart(text: string, startsAt: number): number {
  if (text.startsWith('00', startsAt - 1)) return startsAt - 1;
  return startsAt;
}

/**
 * Runs of digits and the characters phone numbers are written with. libphonenumber scans text at
 * about 100 KB/s, so it reads only these runs (with six digits or more), not the whole text.
 */
const DIGIT_RUN = /(?:\+\s?)?[[(]?\d[\d \t\u00a0().\/\-[\]]*\d\)?/gu;
const MIN_PHONE_DIGITS = 6;

function* phoneCandidates(text: string): Generator<{ start: number; end: number }> {
  for (const run of text.matchAll(DIGIT_RUN)) {
    if ((run[0].match(/\d/gu)?.length ?? 0) >= MIN_PHONE_DIGITS) {
      yield { start: run.index, end: run.index + run[0].length };
    }
  }
}

export function findPhones(text: string, language: string | null): PatternMatch[] {
  const defaultCountry = defaultPhoneRegion(language);
  const options = defaultCountry === undefined ? {} : { defaultCountry };
  const found: PatternMatch[] = [];
  for (const run of phoneCandidates(text)) {
    for (const hit of findPhoneNumbersInText(
      withInternationalPlus(text.slice(run.start, run.end)),
      options,
    )) {
      const match = phoneMatch(
        text,
        run.start + hit.startsAt,
        run.start + hit.endsAt,
        hit.number.number,
      );
      if (match !== null) found.push(match);
    }
  }
  return found;
}

function phoneMatch(
  text: string,
  startsAt: number,
  endsAt: number,
  e164: string,
): PatternMatch | null {
  const start = writtenStart(text, startsAt);
  const written = text.slice(start, endsAt);
  if (!looksLikePhone(text, written, start)) return null;
  return {
    start,
    end: endsAt,
    text: written,
    type: 'PHONE',
    confidence: /^(?:\+|00|\[)/u.test(written) ? 0.95 : 0.85,
    normalized: e164,
  };
}
