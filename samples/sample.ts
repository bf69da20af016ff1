// What one sample file is, and the small document helpers the catalogues share.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { profileSection, readProfile } from '@quarry/crackers/test-fixtures';
import type { DocMeta, Section, TextDoc } from '@quarry/crackers/test-fixtures';

export interface Sample {
  /** Where it goes in the generated corpus (relative path). */
  path: string;
  /** ISO 639-1 code the language skill must find in its text (and in any child's). */
  language: string;
  build: () => Promise<Uint8Array | string>;
}

/** A Factbook profile's sections as a document; `[section, heading]` renames a section. */
export async function profileDoc(
  profilePath: string,
  sections: (string | [section: string, heading: string])[],
  meta: DocMeta,
): Promise<TextDoc> {
  const profile = await readProfile(profilePath);
  return {
    ...meta,
    sections: sections.map((s) =>
      typeof s === 'string' ? profileSection(profile, s) : profileSection(profile, s[0], s[1]),
    ),
  };
}

/** Splits long sections so each slide holds at most `perSlide` paragraphs. */
export function slides(doc: TextDoc, perSlide = 5): TextDoc {
  const out: Section[] = [];
  for (const s of doc.sections) {
    for (let i = 0; i < s.paragraphs.length; i += perSlide) {
      const heading = i === 0 ? s.heading : `${s.heading ?? doc.title} (continued)`;
      out.push({
        ...(heading ? { heading } : {}),
        paragraphs: s.paragraphs.slice(i, i + perSlide),
      });
    }
  }
  return { ...doc, sections: out };
}

/** Plain text as analysts type notes: underlined headings, blank lines between paragraphs. */
export function plainText(doc: TextDoc): string {
  const underline = (s: string, ch: string): string => `${s}\n${ch.repeat(s.length)}`;
  const parts = [underline(doc.title, '=')];
  for (const s of doc.sections) {
    if (s.heading) parts.push(underline(s.heading, '-'));
    parts.push(...s.paragraphs);
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * Reads one of our own texts in sources/: `# title`, `## section` headings, paragraphs
 * separated by blank lines.
 */
export async function sourceDoc(name: string, meta: Omit<DocMeta, 'title'>): Promise<TextDoc> {
  const text = await readFile(join(import.meta.dirname, 'sources', name), 'utf8');
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const title = blocks.shift()?.replace(/^# /, '') ?? name;
  const sections: Section[] = [];
  for (const block of blocks) {
    if (block.startsWith('## ')) sections.push({ heading: block.slice(3), paragraphs: [] });
    else if (sections.length === 0) sections.push({ paragraphs: [block] });
    else sections.at(-1)!.paragraphs.push(block.replace(/\s*\n\s*/g, ' '));
  }
  return { ...meta, title, sections };
}
