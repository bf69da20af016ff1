// Public types of the cracking library. Crackers never throw for bad input: every
// failure comes back as a CrackFailure so the pipeline can show it to the user.

export type FormatKind =
  | 'pdf'
  | 'docx'
  | 'pptx'
  | 'xlsx'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'rtf'
  | 'html'
  | 'eml'
  | 'msg'
  | 'txt'
  | 'md'
  | 'csv'
  | 'json'
  | 'zip'
  // An OLE container holding an encrypted OOXML package (password-protected Office file).
  | 'encrypted-office'
  | 'unknown';

export interface SniffResult {
  mediaType: string;
  kind: FormatKind;
}

export type CrackFailure =
  | 'empty'
  | 'encrypted'
  | 'corrupt'
  | 'unsupported'
  | 'too-large'
  | 'zip-bomb'
  | 'too-deep'
  | 'unsafe-path'
  // Past the wall-clock or memory limit of a crack thread (isolation/crack-pool.ts).
  | 'timeout'
  | 'out-of-memory';

export interface CrackLimits {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Most entries an archive (ZIP, OOXML, ODF) may declare. */
  maxZipEntries: number;
  /** Largest total declared uncompressed size of an archive. */
  maxZipTotalBytes: number;
  /** Largest uncompressed/compressed ratio for an archive or a large member. */
  maxZipRatio: number;
  /** Deepest nesting (archive in archive, attachment in mail) the caller may crack. */
  maxDepth: number;
  /** Extracted text beyond this is cut off with a warning. */
  maxTextChars: number;
}

export const DEFAULT_LIMITS: CrackLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxZipTotalBytes: 1024 * 1024 * 1024,
  maxZipRatio: 200,
  maxDepth: 3,
  maxTextChars: 50_000_000,
};

/** A file found inside another one: a ZIP member or a mail attachment. */
export interface ChildFile {
  fileName: string;
  bytes: Uint8Array;
  /** Where it sits inside the parent, e.g. `docs/report.pdf` or `attachments/1/notes.txt`. */
  path: string;
}

export interface PageSpan {
  number: number;
  /** Character offsets into `text`, end exclusive. */
  start: number;
  end: number;
}

export type Metadata = Record<string, string | number | boolean>;

export interface CrackSuccess {
  ok: true;
  mediaType: string;
  kind: FormatKind;
  /** True when the content contradicts the file name's extension. */
  mislabelled: boolean;
  title?: string;
  text: string;
  /** Language detection is a pipeline skill, never the cracker's job. */
  language?: undefined;
  metadata: Metadata;
  pages?: PageSpan[];
  children: ChildFile[];
  warnings: string[];
}

export interface CrackError {
  ok: false;
  reason: CrackFailure;
  message: string;
}

export type CrackResult = CrackSuccess | CrackError;

export interface CrackInput {
  bytes: Uint8Array;
  fileName: string;
}

/** What a format module returns; crack() adds type, mislabelling and limits. */
export interface Extracted {
  title?: string;
  text: string;
  metadata: Metadata;
  pages?: PageSpan[];
  children: ChildFile[];
  warnings: string[];
}
