/**
 * Languages that get their own analysed text field. Elasticsearch's language analyzers live in the
 * analysis-common module, which the integration-test distribution lacks; every distribution has the
 * `stop` filter with these named lists, so without the module a language field still drops that
 * language's stop words (no stemming). Codes are ISO 639-1, as the language-detection skill emits.
 */
export const LANGUAGES = {
  ar: 'arabic',
  bg: 'bulgarian',
  bn: 'bengali',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  et: 'estonian',
  eu: 'basque',
  fa: 'persian',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  gl: 'galician',
  hi: 'hindi',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  lv: 'latvian',
  nl: 'dutch',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sv: 'swedish',
  tr: 'turkish',
} as const;

export type IndexedLanguage = keyof typeof LANGUAGES;

export function isIndexedLanguage(code: string | null | undefined): code is IndexedLanguage {
  return code != null && Object.hasOwn(LANGUAGES, code);
}

/** The chunk field a text in this language is indexed under; `text` (standard analyzer) otherwise. */
export function textFieldFor(language: string | null | undefined): string {
  // Norwegian Bokmål and Nynorsk share the Norwegian analyzer.
  const code = language === 'nb' || language === 'nn' ? 'no' : language;
  return isIndexedLanguage(code) ? `text_${code}` : 'text';
}

/** Every chunk text field, for queries and highlighting. */
export const TEXT_FIELDS: readonly string[] = [
  'text',
  ...Object.keys(LANGUAGES).map((code) => `text_${code}`),
];
