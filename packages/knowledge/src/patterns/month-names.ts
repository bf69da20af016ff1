/**
 * Month names and their usual abbreviations in English, German, French, Spanish, Italian, Dutch and
 * Portuguese, mapped to the month number. Dates are looked for with every language's names, since
 * a chunk's detected language is a guess and documents quote other languages.
 */
// prettier-ignore
const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'januari', 'janeiro']],
  [2, ['february', 'feb', 'februar', 'feber', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'februari', 'fevereiro', 'fev']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo', 'maart', 'março']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'set']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro', 'out']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro']],
];

/**
 * Short words that are also ordinary words in some language ("may", "mar" = sea, "set", "out"):
 * they count as months only when the text writes them capitalized or abbreviated with a dot.
 */
export const AMBIGUOUS_MONTH_WORDS: ReadonlySet<string> = new Set([
  'may',
  'mar',
  'set',
  'out',
  'march',
  'ago',
]);

/**
 * Month names that are also proper nouns when capitalized ("Mars", the planet or the company): without
 * a day beside them they count only written lower case, as French writes its months.
 */
export const PROPER_NOUN_MONTH_WORDS: ReadonlySet<string> = new Set(['mars']);

const MONTH_BY_NAME = new Map<string, number>(
  MONTHS.flatMap(([month, names]) => names.map((name) => [name, month] as const)),
);

export function monthNumber(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, ''));
}

/** A regex alternation of every month name, longest first so "sept" is not read as "sep". */
export const MONTH_ALTERNATION = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');
