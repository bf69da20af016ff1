/**
 * Countries where a document's language is an official or majority language: a place there is a
 * likelier reading of an ambiguous place name in that document ("Córdoba" in Spanish text without
 * other clues). Not English: English documents are about everywhere.
 */
export const LANGUAGE_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  de: ['DE', 'AT', 'CH', 'LI', 'LU'],
  fr: ['FR', 'BE', 'CH', 'LU', 'MC', 'CA'],
  es: [
    'ES',
    'MX',
    'AR',
    'CO',
    'CL',
    'PE',
    'VE',
    'EC',
    'GT',
    'CU',
    'BO',
    'DO',
    'HN',
    'PY',
    'SV',
    'NI',
    'CR',
    'PA',
    'UY',
  ],
  it: ['IT', 'SM', 'CH'],
  pt: ['PT', 'BR', 'AO', 'MZ'],
  nl: ['NL', 'BE'],
  ru: ['RU', 'BY', 'KZ'],
};
