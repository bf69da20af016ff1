// What the Help page states about the product: the formats Quarry reads and the ingest limits.
// The web app talks to the gateway only and may not import the cracking library
// (docs/workspaces.md), so these are stated here and checked against the library where it is
// defined by e2e/tests/help-facts.spec.ts (formats by the library's FormatKind, limits by its
// DEFAULT_LIMITS): Help cannot promise what the code does not do.
import { formatBytes, formatInteger } from '../format.ts';

const MiB = 1024 * 1024;

export interface ReadableFormat {
  name: string;
  /** File name endings, without the dot. Content decides the format; the ending breaks ties. */
  extensions: readonly string[];
}

/** Keyed by the cracking library's format kinds (FormatKind), the ones it reads. */
export const READABLE_FORMATS: Readonly<Record<string, ReadableFormat>> = {
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
};

export interface IngestLimit {
  label: string;
  value: string;
}

/** The cracking library's DEFAULT_LIMITS, which the pipeline applies unless configured otherwise. */
export const CRACK_LIMITS = {
  maxBytes: 200 * MiB,
  maxDepth: 3,
  maxZipEntries: 10_000,
  maxZipTotalBytes: 1024 * MiB,
  maxZipRatio: 200,
  maxTextChars: 50_000_000,
} as const;

export function ingestLimits(limits: typeof CRACK_LIMITS = CRACK_LIMITS): IngestLimit[] {
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
