/**
 * Amounts of money: a number with a currency symbol, ISO code or currency word before or after it,
 * optionally scaled ("€ 2,5 Mio.", "$3.2 billion", "12 500 EUR", "1,2 milliards d'euros"). A
 * number without a currency is never money. Normalized to `<ISO code> <amount>`, the amount in
 * plain digits with at most two decimals, e.g. `EUR 2500000`.
 */
import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  SCALE_WORDS,
  scaleFactor,
} from './currencies.ts';
import type { PatternMatch } from './types.ts';

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (values: Iterable<string>): string =>
  [...values]
    .sort((a, b) => b.length - a.length)
    .map((value) => escape(value).replace(/ /g, '\\s+'))
    .join('|');

const SINGLE_LETTER_SCALES = ['k', 'm', 'b', 'bn', 'mn'];
/** Abbreviations whose dot belongs to them ("Mio."); after a full word a dot ends the sentence. */
const ABBREVIATED_SCALES = ['mio', 'mrd', 'tsd'];
const WORD_SCALES = Object.keys(SCALE_WORDS).filter(
  (word) => !SINGLE_LETTER_SCALES.includes(word) && !ABBREVIATED_SCALES.includes(word),
);

const AMOUNT = String.raw`(?<amount>\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`;
// a long scale word may stand apart ("2,5 Mio."); "k", "m", "bn" only stuck to the number ("$5m")
const SCALE = String.raw`(?:\s*(?:(?<scale>${alternation(WORD_SCALES)})|(?<abbreviatedScale>${alternation(ABBREVIATED_SCALES)})\.?)(?!\p{L})|(?<shortScale>${alternation(SINGLE_LETTER_SCALES)})(?![\p{L}\p{N}]))`;
const SYMBOL = alternation(Object.keys(CURRENCY_SYMBOLS));
const CODE = alternation(CURRENCY_CODES);
const WORD = alternation(Object.keys(CURRENCY_WORDS));

const CURRENCY_FIRST = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?<symbolBefore>${SYMBOL})|(?<![\p{L}\p{N}])(?<codeBefore>${CODE})\s)\s*${AMOUNT}${SCALE}?(?![\p{N}])`,
  'giu',
);
const AMOUNT_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])${AMOUNT}${SCALE}?\s*(?:(?:de\s+|d['’]\s*)?(?<wordAfter>${WORD})(?!\p{L})|(?<codeAfter>${CODE})(?!\p{L})|(?<symbolAfter>${SYMBOL}))`,
  'giu',
);

/** Reads "12 500", "2,5", "1.234.567,89", "3.2" as a number; a lone separator before three digits groups thousands unless a scale word follows. */
export function parseAmount(written: string, scaled: boolean): number {
  const digits = written.replace(/[ \u00a0\u202f'’]/g, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    return Number(digits.split(grouping).join('').replace(decimal, '.'));
  }
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return Number(digits);
  const parts = digits.split(separator);
  const thousands = parts.length > 2 || (!scaled && parts[1]?.length === 3);
  return Number(thousands ? parts.join('') : parts.join('.'));
}

function currencyCode(groups: Record<string, string | undefined>): string | undefined {
  const symbol = groups['symbolBefore'] ?? groups['symbolAfter'];
  if (symbol !== undefined)
    return CURRENCY_SYMBOLS[symbol] ?? CURRENCY_SYMBOLS[symbol.toUpperCase()];
  const code = groups['codeBefore'] ?? groups['codeAfter'];
  // codes count only upper-case: "eur" or "try" in running text are not currencies
  if (code !== undefined) return code === code.toUpperCase() ? code : undefined;
  const word = groups['wordAfter'];
  return word === undefined ? undefined : CURRENCY_WORDS[word.toLowerCase().replace(/\s+/g, ' ')];
}

function formatAmount(value: number): string {
  return value.toFixed(2).replace(/\.?0+$/, '');
}

/** "data in 2021 dollars", "(2015 US dollars)": a year naming the price basis, not an amount. */
function isPriceBasis(
  text: string,
  start: number,
  groups: Record<string, string | undefined>,
): boolean {
  const amount = groups['amount'] ?? '';
  if (groups['wordAfter'] === undefined || !/^(?:19|20)\d{2}$/u.test(amount)) return false;
  return /(?:\bin|\(|\bconstant|\bkonstanten|\bconstants?|\bde)\s*$/iu.test(
    text.slice(Math.max(0, start - 12), start),
  );
}

export function findMoney(text: string, language: string | null): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (const pattern of [CURRENCY_FIRST, AMOUNT_FIRST]) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const code = currencyCode(groups);
      if (code === undefined || isPriceBasis(text, match.index, groups)) continue;
      const scaleWord = groups['scale'] ?? groups['abbreviatedScale'] ?? groups['shortScale'];
      const factor =
        scaleWord === undefined ? 1 : (scaleFactor(scaleWord.replace(/\s+/g, ' '), language) ?? 1);
      const amount = parseAmount(groups['amount'] ?? '', scaleWord !== undefined) * factor;
      if (!Number.isFinite(amount)) continue;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        type: 'MONEY',
        confidence: 0.9,
        normalized: `${code} ${formatAmount(amount)}`,
      });
    }
  }
  return found;
}
