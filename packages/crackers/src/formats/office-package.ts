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

/** Which XML element of a properties part fills which metadata key. */
type PropertyFields = [qname: string, key: string][];

/** Title plus the mapped fields from one properties part of an office package. */
async function readProperties(
  archive: Archive,
  part: string,
  fields: PropertyFields,
): Promise<{ title?: string; metadata: Metadata }> {
  const xml = await archive.readText(part);
  const metadata: Metadata = {};
  for (const [qname, key] of fields) {
    const value = firstElementText(xml, qname);
    if (value) metadata[key] = value;
  }
  return { title: firstElementText(xml, 'dc:title'), metadata };
}

const OOXML_FIELDS: PropertyFields = [
  ['dc:creator', 'author'],
  ['dc:subject', 'subject'],
  ['dc:description', 'description'],
  ['cp:keywords', 'keywords'],
  ['cp:lastModifiedBy', 'lastModifiedBy'],
  ['dcterms:created', 'created'],
  ['dcterms:modified', 'modified'],
];

// ODF names the original author meta:initial-creator; its dc:creator is the last editor.
const ODF_FIELDS: PropertyFields = [
  ['meta:initial-creator', 'author'],
  ['dc:creator', 'lastModifiedBy'],
  ['dc:subject', 'subject'],
  ['dc:description', 'description'],
  ['meta:keyword', 'keywords'],
  ['meta:creation-date', 'created'],
  ['dc:date', 'modified'],
];

/** Title and authorship from docProps/core.xml (OOXML). */
export const ooxmlProperties = (archive: Archive) =>
  readProperties(archive, 'docProps/core.xml', OOXML_FIELDS);

/** Title and authorship from meta.xml (ODF). */
export const odfProperties = (archive: Archive) => readProperties(archive, 'meta.xml', ODF_FIELDS);

/** Numbered parts such as ppt/slides/slide12.xml, in numeric (not string) order. */
export function numberedParts(archive: Archive, pattern: RegExp): string[] {
  return archive.members
    .map((m) => ({ path: m.path, n: Number(pattern.exec(m.path)?.[1]) }))
    .filter((p) => Number.isFinite(p.n))
    .sort((a, b) => a.n - b.n)
    .map((p) => p.path);
}
