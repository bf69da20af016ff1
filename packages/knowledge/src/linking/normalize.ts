/**
 * One comparable form for names, used both when the knowledge base is built and when it is read,
 * so "PARIS", "Paris" and "paris" meet, and "München" meets "Munchen".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // diacritics
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/[^\p{L}\p{N}'&.]+/gu, ' ') // punctuation and spacing become one space
    .replace(/\.(?=\s|$)/g, '') // "Inc." == "Inc", "U.S." == "U.S"
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** A Wikipedia title's display form: underscores are spaces. */
export function displayTitle(title: string): string {
  return title.replace(/_/g, ' ');
}

export interface TitleParts {
  /** the name before any qualifier: "Paris" for "Paris,_Texas" and "Paris_(mythology)" */
  head: string;
  /** "Texas", "mythology", or null */
  qualifier: string | null;
}

/** Splits "Paris,_Texas" / "Georgia_(country)" into the name and its disambiguating qualifier. */
export function titleParts(title: string): TitleParts {
  const text = displayTitle(title);
  const bracket = /^(.+?) \(([^()]+)\)$/.exec(text);
  if (bracket) return { head: bracket[1]!, qualifier: bracket[2]! };
  const comma = /^([^,]+), ([^,]+)$/.exec(text);
  if (comma) return { head: comma[1]!, qualifier: comma[2]! };
  return { head: text, qualifier: null };
}
