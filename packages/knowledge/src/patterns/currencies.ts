/**
 * How amounts of money are written: currency symbols, ISO 4217 codes that come up in news and
 * business documents, currency words in en/de/fr/es, and scale words ("Mio.", "billion",
 * "milliards", "millones") with the factor each stands for. "billion" is 10^9 (the short scale
 * English uses); "Billion"/"billón" in German and Spanish is 10^12 (the long scale).
 */

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR',
  $: 'USD',
  US$: 'USD',
  'US-$': 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₺': 'TRY',
  '₩': 'KRW',
  zł: 'PLN',
  'Fr.': 'CHF',
  'SFr.': 'CHF',
};

// prettier-ignore
export const CURRENCY_CODES: readonly string[] = [
  'EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'RMB', 'INR', 'RUB', 'TRY', 'KRW', 'PLN', 'CZK',
  'HUF', 'SEK', 'NOK', 'DKK', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'BRL', 'MXN', 'ARS', 'CLP',
  'COP', 'ZAR', 'AED', 'SAR', 'ILS', 'UAH', 'RON', 'BGN', 'ISK', 'THB', 'IDR', 'MYR', 'PHP',
];

/** Lower-cased currency words and the code each names. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  'us-dollar': 'USD',
  'us dollar': 'USD',
  'us dollars': 'USD',
  dólar: 'USD',
  dólares: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  'pfund sterling': 'GBP',
  'livres sterling': 'GBP',
  'libras esterlinas': 'GBP',
  franken: 'CHF',
  'schweizer franken': 'CHF',
  'francs suisses': 'CHF',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupees: 'INR',
  rubel: 'RUB',
  roubles: 'RUB',
  rubles: 'RUB',
};

/** Lower-cased scale words (a trailing dot optional) and their factor. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  tsd: 1e3,
  k: 1e3,
  mille: 1e3,
  mil: 1e3,
  million: 1e6,
  millions: 1e6,
  mio: 1e6,
  mn: 1e6,
  m: 1e6,
  millionen: 1e6,
  millón: 1e6,
  millon: 1e6,
  millones: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  mrd: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  'mil millones': 1e9,
  trillion: 1e12,
  trillions: 1e12,
  billionen: 1e12,
  billón: 1e12,
  billones: 1e12,
};

/** German and Spanish "Billion"/"billón" are 10^12; English "billion" is 10^9. */
export function scaleFactor(word: string, language: string | null): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (key === 'billion' && (language === 'de' || language === 'es')) return 1e12;
  return SCALE_WORDS[key];
}
