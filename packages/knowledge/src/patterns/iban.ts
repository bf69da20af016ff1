/**
 * IBANs: country code, two check digits and a national account number of the length that country
 * uses, written compact or in groups of four; kept only when the mod-97 checksum holds, so a
 * random code-like string is never one.
 */
import type { PatternMatch } from './types.ts';

/** Total IBAN length per country (SWIFT IBAN registry). */
// prettier-ignore
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18,
  NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24,
  SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24,
  XK: 20,
};

const IBAN_START = /(?<![A-Za-z0-9])([A-Z]{2})(\d{2})/g;
const ALPHANUMERIC = /[A-Z0-9]/;
const GROUP_SEPARATOR = /[ \u00a0]/;

/** ISO 7064 mod 97-10 over the rearranged IBAN, computed piecewise to stay within safe integers. */
export function ibanChecksumValid(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : char;
    remainder = Number(String(remainder) + value) % 97;
  }
  return remainder === 1;
}

/** Reads `length` IBAN characters from `from`, allowing one separator between any two; null if it cannot. */
function readIban(
  text: string,
  from: number,
  length: number,
): { end: number; compact: string } | null {
  let compact = '';
  let position = from;
  while (compact.length < length && position < text.length) {
    const char = text.charAt(position);
    if (ALPHANUMERIC.test(char)) {
      compact += char;
      position += 1;
    } else if (
      GROUP_SEPARATOR.test(char) &&
      compact.length > 0 &&
      ALPHANUMERIC.test(text.charAt(position + 1))
    ) {
      position += 1;
    } else {
      return null;
    }
  }
  if (compact.length < length) return null;
  // the account number must end here, not run on into more letters or digits
  if (/[A-Za-z0-9]/.test(text.charAt(position))) return null;
  return { end: position, compact };
}

export function findIbans(text: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (const start of text.matchAll(IBAN_START)) {
    const country = start[1] ?? '';
    const length = IBAN_LENGTHS[country];
    if (length === undefined) continue;
    const read = readIban(text, start.index, length);
    if (read === null || !ibanChecksumValid(read.compact)) continue;
    found.push({
      start: start.index,
      end: read.end,
      text: text.slice(start.index, read.end),
      type: 'IBAN',
      confidence: 0.99,
      normalized: read.compact,
    });
  }
  return found;
}
