/** Real text for tests: Factbook profiles (CC0) from the repository's data/factbook. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// A trimmed copy of the Factbook kept in the repository (data/README.md says what and why).
const FACTBOOK = resolve(import.meta.dirname, '../../../data/factbook');

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  eacute: 'é',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  uacute: 'ú',
  aacute: 'á',
  oacute: 'ó',
  iacute: 'í',
  deg: '°',
};

/** Removes the light HTML Factbook texts carry (<em>, <br>, entities). */
export function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&([a-z]+);/giu, (_, name: string) => ENTITIES[name.toLowerCase()] ?? ' ')
    .replace(/[ \t]+/gu, ' ')
    .trim();
}

interface Profile {
  Introduction?: { Background?: { text?: string } };
}

/** The Introduction > Background text of a profile, e.g. factbookBackground('europe', 'gm'). */
export function factbookBackground(region: string, code: string): string {
  const file = resolve(FACTBOOK, region, `${code}.json`);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const text = profile.Introduction?.Background?.text;
  if (!text) throw new Error(`${file} has no Introduction.Background.text`);
  return stripHtml(text);
}

/** Splits text into chunks of about `size` characters at sentence ends, with their offsets. */
export function chunkAtSentences(
  text: string,
  size: number,
): Array<{ text: string; start: number; end: number; seq: number }> {
  const chunks: Array<{ text: string; start: number; end: number; seq: number }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const stop = text.indexOf('. ', end);
    end = stop === -1 ? text.length : stop + 2;
    chunks.push({ text: text.slice(start, end), start, end, seq: chunks.length });
    start = end;
  }
  return chunks;
}

/** Hand-written sentences (not from any corpus) for languages the Factbook does not cover. */
export const SENTENCES = {
  de: 'Die Bundesrepublik Deutschland ist ein föderaler Bundesstaat in Mitteleuropa. Nach dem Zweiten Weltkrieg wurde das Land von den Alliierten besetzt und in zwei Staaten geteilt. Die Wiedervereinigung erfolgte am 3. Oktober 1990. Heute ist Deutschland die größte Volkswirtschaft der Europäischen Union, und die Hauptstadt Berlin ist die bevölkerungsreichste Stadt des Landes.',
  fr: 'La France est une république constitutionnelle unitaire. Après la Seconde Guerre mondiale, elle a participé à la fondation de la Communauté économique européenne, et sa capitale Paris reste le principal centre économique et culturel du pays.',
  es: 'España es una monarquía parlamentaria situada en el suroeste de Europa. Tras la muerte del dictador en 1975, el país inició una transición democrática y se incorporó a la Comunidad Económica Europea en 1986.',
  ru: 'Российская Федерация является крупнейшим по площади государством мира. После распада Советского Союза в 1991 году Россия стала его правопреемницей, а столицей страны остаётся город Москва.',
} as const;
