// A mixed corpus of real files made from the World Factbook (public domain): runs of consecutive
// profile sections rendered as txt, md, html, csv and json (the text formats), or docx and pdf with
// the crackers' fixture writers. Seeded, so every run builds the same files; each file's title
// carries its number, so no two files have the same bytes (the pipeline would dedupe them).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  csv,
  docx,
  FACTBOOK,
  fieldText,
  html,
  markdown,
  pdf,
  type Profile,
  type TextDoc,
} from '@quarry/crackers/test-fixtures';
import { seededRandom } from './stats.ts';

export const TEXT_FORMATS = ['txt', 'md', 'html', 'csv', 'json'] as const;
export const OFFICE_FORMATS = ['docx', 'pdf'] as const;
export type CorpusFormat = (typeof TEXT_FORMATS)[number] | (typeof OFFICE_FORMATS)[number];

/** Share of each text format in the text corpus. */
const TEXT_WEIGHTS: Record<(typeof TEXT_FORMATS)[number], number> = {
  txt: 0.25,
  md: 0.2,
  html: 0.2,
  csv: 0.15,
  json: 0.2,
};

export const MIN_TEXT_BYTES = 2 * 1024;
export const MAX_TEXT_BYTES = 30 * 1024;

export interface CorpusFile {
  /** Relative path, as uploaded: `<region>/<country code>/<nnnn>-<slug>.<ext>`. */
  path: string;
  format: CorpusFormat;
  bytes: Uint8Array;
  /** Characters of prose the file was made from (before rendering). */
  sourceChars: number;
}

interface Field {
  name: string;
  text: string;
}

interface SourceSection {
  profile: string;
  country: string;
  heading: string;
  fields: Field[];
  chars: number;
}

/** Narrative fields read as prose; the others as `Field: value`. */
const NARRATIVE = new Set(['Background', 'Economic overview']);

const paragraph = (field: Field) =>
  NARRATIVE.has(field.name) ? field.text : `${field.name}: ${field.text}`;

async function profilePaths(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.parentPath.endsWith('meta'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function countryName(profile: Profile, fallback: string): string {
  const names = profile.Government?.['Country name'];
  const short = fieldText(
    (names as Record<string, unknown> | undefined)?.['conventional short form'],
  );
  return short && short !== 'none' ? short : fallback;
}

/** Every (profile, section) of the Factbook in a stable order: the material files are cut from. */
export async function loadSections(): Promise<SourceSection[]> {
  const sections: SourceSection[] = [];
  for (const file of await profilePaths(FACTBOOK)) {
    const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
    const id = relative(FACTBOOK, file).replace(/\.json$/, '');
    const country = countryName(profile, id);
    for (const [heading, values] of Object.entries(profile)) {
      const fields = Object.entries(values ?? {})
        .map(([name, value]) => ({ name, text: fieldText(value) }))
        .filter((f) => f.text.length > 0);
      if (fields.length === 0) continue;
      const chars = fields.reduce((n, f) => n + paragraph(f).length + 2, 0);
      sections.push({ profile: id, country, heading, fields, chars });
    }
  }
  return sections;
}

interface Draft {
  title: string;
  date: Date;
  country: string;
  profile: string;
  sections: Array<{ heading: string; fields: Field[] }>;
  chars: number;
}

/** Consecutive sections from `start` until the target size, cut to at most MAX_TEXT_BYTES. */
function draft(all: SourceSection[], number: number, random: () => number): Draft {
  const target = MIN_TEXT_BYTES * Math.pow(MAX_TEXT_BYTES / MIN_TEXT_BYTES, random());
  const start = Math.floor(random() * all.length);
  const first = all[start]!;
  const picked: Draft['sections'] = [];
  let chars = 0;
  for (let k = 0; chars < target && k < all.length; k++) {
    const section = all[(start + k) % all.length]!;
    const fields: Field[] = [];
    for (const field of section.fields) {
      const size = paragraph(field).length + 2;
      if (chars + size > MAX_TEXT_BYTES) break;
      fields.push(field);
      chars += size;
    }
    if (fields.length > 0)
      picked.push({ heading: `${section.country}: ${section.heading}`, fields });
    if (fields.length < section.fields.length) break;
  }
  const year = 2015 + Math.floor(random() * 11);
  const date = new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
  const more = picked.length > 1 ? ` and ${picked.length - 1} more sections` : '';
  return {
    title: `${first.country}: ${first.heading}${more} (corpus file ${number})`,
    date,
    country: first.country,
    profile: first.profile,
    sections: picked,
    chars,
  };
}

function textDoc(d: Draft): TextDoc {
  return {
    title: d.title,
    author: 'Quarry benchmark',
    subject: `World Factbook extract about ${d.country}`,
    date: d.date,
    sections: d.sections.map((s) => ({ heading: s.heading, paragraphs: s.fields.map(paragraph) })),
  };
}

function plainText(d: Draft): string {
  const parts = [d.title, ''];
  for (const s of d.sections)
    parts.push(s.heading, '', ...s.fields.map((f) => `${paragraph(f)}\n`));
  return parts.join('\n');
}

function csvText(d: Draft): string {
  const rows = [['document', 'section', 'field', 'value']];
  for (const s of d.sections)
    for (const f of s.fields) rows.push([d.title, s.heading, f.name, f.text]);
  return csv(rows);
}

function jsonText(d: Draft): string {
  const sections = Object.fromEntries(
    d.sections.map((s) => [s.heading, Object.fromEntries(s.fields.map((f) => [f.name, f.text]))]),
  );
  return `${JSON.stringify({ title: d.title, date: d.date.toISOString(), sections }, null, 2)}\n`;
}

async function render(format: CorpusFormat, d: Draft): Promise<Uint8Array> {
  switch (format) {
    case 'txt':
      return Buffer.from(plainText(d));
    case 'md':
      return Buffer.from(markdown(textDoc(d)));
    case 'html':
      return Buffer.from(html(textDoc(d)));
    case 'csv':
      return Buffer.from(csvText(d));
    case 'json':
      return Buffer.from(jsonText(d));
    case 'docx':
      return docx(textDoc(d));
    case 'pdf':
      return pdf(textDoc(d));
  }
}

function pickTextFormat(random: () => number): CorpusFormat {
  let r = random();
  for (const format of TEXT_FORMATS) {
    r -= TEXT_WEIGHTS[format];
    if (r < 0) return format;
  }
  return 'txt';
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/**
 * `count` files: text formats by their weights, or docx and pdf alternately (`office`). `offset`
 * numbers the files, so two sets built with different offsets never share a file.
 */
export async function buildFiles(
  sections: SourceSection[],
  count: number,
  options: { office?: boolean; offset?: number; seed?: number } = {},
): Promise<CorpusFile[]> {
  const offset = options.offset ?? 0;
  const random = seededRandom((options.seed ?? 20261123) + offset);
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const number = offset + i + 1;
    const d = draft(sections, number, random);
    const format = options.office ? OFFICE_FORMATS[i % 2]! : pickTextFormat(random);
    const name = `${String(number).padStart(5, '0')}-${slug(d.sections[0]?.heading ?? 'file')}.${format}`;
    files.push({
      path: `${d.profile}/${name}`,
      format,
      bytes: await render(format, d),
      sourceChars: d.chars,
    });
  }
  return files;
}
