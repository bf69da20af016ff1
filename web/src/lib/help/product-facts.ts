// What the Help page states about the product: the formats Quarry reads and the ingest limits.
// The limits are imported from where they are defined (the cracking library's defaults), and the
// formats are checked against the cracking library by product-facts.test.ts, so Help cannot
// promise what the code does not do.
import type { FormatKind } from '../../../../packages/crackers/src/types.ts';
import { DEFAULT_LIMITS } from '../../../../packages/crackers/src/types.ts';
import { formatBytes, formatInteger } from '../format.ts';

/** Kinds the cracking library reads (not: unrecognised content, password-protected Office). */
export type ReadableKind = Exclude<FormatKind, 'unknown' | 'encrypted-office'>;

export interface ReadableFormat {
  name: string;
  /** File name endings, without the dot. Content decides the format; the ending breaks ties. */
  extensions: readonly string[];
}

// Keyed by every readable kind: a kind added to or removed from the library fails the typecheck.
export const READABLE_FORMATS = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word', extensions: ['docx', 'docm'] },
  pptx: { name: 'PowerPoint', extensions: ['pptx'] },
  xlsx: { name: 'Excel', extensions: ['xlsx', 'xlsm'] },
  odt: { name: 'OpenDocument text', extensions: ['odt'] },
  ods: { name: 'OpenDocument spreadsheet', extensions: ['ods'] },
  odp: { name: 'OpenDocument presentation', extensions: ['odp'] },
  rtf: { name: 'Rich Text', extensions: ['rtf'] },
  html: { name: 'HTML', extensions: ['html', 'htm', 'xhtml'] },
  eml: { name: 'E-mail with attachments', extensions: ['eml'] },
  msg: { name: 'Outlook message', extensions: ['msg'] },
  txt: { name: 'Plain text', extensions: ['txt', 'text', 'log'] },
  md: { name: 'Markdown', extensions: ['md', 'markdown'] },
  csv: { name: 'CSV and TSV', extensions: ['csv', 'tsv'] },
  json: { name: 'JSON', extensions: ['json'] },
  zip: { name: 'ZIP archive (each file inside is read too)', extensions: ['zip'] },
} as const satisfies Record<ReadableKind, ReadableFormat>;

export interface IngestLimit {
  label: string;
  value: string;
}

/** The cracking library's limits, as the pipeline applies them by default. */
export function ingestLimits(limits = DEFAULT_LIMITS): IngestLimit[] {
  return [
    { label: 'Largest file', value: formatBytes(limits.maxBytes) },
    {
      label: 'Nesting (archive in archive, attachment in e-mail)',
      value: `${formatInteger(limits.maxDepth)} levels`,
    },
    { label: 'Files in one archive', value: formatInteger(limits.maxZipEntries) },
    { label: 'Unpacked size of one archive', value: formatBytes(limits.maxZipTotalBytes) },
    {
      label: 'Compression ratio of an archive',
      value: `${formatInteger(limits.maxZipRatio)} : 1`,
    },
    { label: 'Text read from one file', value: `${formatInteger(limits.maxTextChars)} characters` },
  ];
}
