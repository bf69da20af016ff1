// Shared handling of ZIP-based office packages (OOXML and ODF): bounded archive
// access plus the document properties both families keep in a separate part.
import { openArchive } from '../archive.ts';
import type { Archive } from '../archive.ts';
import { firstElementText } from '../xml-text.ts';
import type { CrackLimits, Metadata } from '../types.ts';

export async function withArchive<T>(
  bytes: Uint8Array,
  limits: CrackLimits,
  use: (archive: Archive) => Promise<T>,
): Promise<T> {
  const archive = await openArchive(bytes, limits);
  try {
    return await use(archive);
  } finally {
    archive.close();
  }
}

/** Title and authorship from docProps/core.xml (OOXML). */
export async function ooxmlProperties(
  archive: Archive,
): Promise<{ title?: string; metadata: Metadata }> {
  const core = await archive.readText('docProps/core.xml');
  const metadata: Metadata = {};
  const fields: [string, string][] = [
    ['dc:creator', 'author'],
    ['dc:subject', 'subject'],
    ['dc:description', 'description'],
    ['cp:keywords', 'keywords'],
    ['cp:lastModifiedBy', 'lastModifiedBy'],
    ['dcterms:created', 'created'],
    ['dcterms:modified', 'modified'],
  ];
  for (const [qname, key] of fields) {
    const value = firstElementText(core, qname);
    if (value) metadata[key] = value;
  }
  return { title: firstElementText(core, 'dc:title'), metadata };
}

/** Title and authorship from meta.xml (ODF). */
export async function odfProperties(
  archive: Archive,
): Promise<{ title?: string; metadata: Metadata }> {
  const meta = await archive.readText('meta.xml');
  const metadata: Metadata = {};
  const fields: [string, string][] = [
    ['meta:initial-creator', 'author'],
    ['dc:creator', 'lastModifiedBy'],
    ['dc:subject', 'subject'],
    ['dc:description', 'description'],
    ['meta:keyword', 'keywords'],
    ['meta:creation-date', 'created'],
    ['dc:date', 'modified'],
  ];
  for (const [qname, key] of fields) {
    const value = firstElementText(meta, qname);
    if (value) metadata[key] = value;
  }
  return { title: firstElementText(meta, 'dc:title'), metadata };
}

/** Numbered parts such as ppt/slides/slide12.xml, in numeric (not string) order. */
export function numberedParts(archive: Archive, pattern: RegExp): string[] {
  return archive.members
    .map((m) => ({ path: m.path, n: Number(pattern.exec(m.path)?.[1]) }))
    .filter((p) => Number.isFinite(p.n))
    .sort((a, b) => a.n - b.n)
    .map((p) => p.path);
}
