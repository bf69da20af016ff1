// Type detection from content. Magic bytes (file-type) come first; ZIP containers are
// opened to tell OOXML/ODF from plain archives; text is classified by shape. The
// file name's extension only breaks ties between text formats that look alike.
import { fileTypeFromBuffer } from 'file-type';
import { openArchive } from './archive.ts';
import { asBuffer, indexOfAscii } from './buffers.ts';
import { decodeText, isTextThroughout, looksBinary } from './charset.ts';
import type { FormatKind, SniffResult } from './types.ts';

export const MEDIA_TYPES: Record<FormatKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  rtf: 'application/rtf',
  html: 'text/html',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  'encrypted-office': 'application/x-cfb',
  unknown: 'application/octet-stream',
};

const EXTENSIONS: Record<string, FormatKind> = {
  pdf: 'pdf',
  docx: 'docx',
  docm: 'docx',
  pptx: 'pptx',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  odt: 'odt',
  ods: 'ods',
  odp: 'odp',
  rtf: 'rtf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  eml: 'eml',
  msg: 'msg',
  txt: 'txt',
  text: 'txt',
  log: 'txt',
  md: 'md',
  markdown: 'md',
  csv: 'csv',
  tsv: 'csv',
  json: 'json',
  zip: 'zip',
};

const TEXT_KINDS = new Set<FormatKind>(['txt', 'md', 'csv', 'json', 'html', 'eml', 'rtf']);
const PLAIN_KINDS = new Set<FormatKind>(['txt', 'md', 'csv']);

export function kindFromFileName(fileName: string | undefined): FormatKind | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}

/** True when the content's kind contradicts what the extension promises. */
export function isMislabelled(kind: FormatKind, fileName: string): boolean {
  const claimed = kindFromFileName(fileName);
  if (!claimed || claimed === kind) return false;
  // A .txt holding Markdown, CSV or JSON is still text, and .md/.csv are plain text too.
  if (claimed === 'txt' && TEXT_KINDS.has(kind)) return false;
  if (PLAIN_KINDS.has(claimed) && PLAIN_KINDS.has(kind)) return false;
  return true;
}

const ODF_KINDS: Record<string, FormatKind> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

async function sniffContainer(bytes: Uint8Array): Promise<FormatKind> {
  let archive;
  try {
    // Names only: no member is inflated except the tiny ODF `mimetype`, so no size
    // limits are needed here; crack() enforces them when it opens the archive again.
    archive = await openArchive(bytes, {
      maxZipEntries: 1_000_000,
      maxZipTotalBytes: Number.MAX_SAFE_INTEGER,
      maxZipRatio: Number.MAX_SAFE_INTEGER,
    });
  } catch {
    return 'zip'; // a damaged archive is still an archive; cracking reports why
  }
  try {
    const mimetype = archive.byPath.get('mimetype');
    if (mimetype && mimetype.size < 256) {
      const declared = new TextDecoder().decode(await archive.read(mimetype, 256)).trim();
      const odf = ODF_KINDS[declared];
      if (odf) return odf;
    }
    if (archive.byPath.has('[Content_Types].xml')) {
      const paths = archive.members.map((m) => m.path);
      if (paths.some((p) => p.startsWith('word/'))) return 'docx';
      if (paths.some((p) => p.startsWith('ppt/'))) return 'pptx';
      if (paths.some((p) => p.startsWith('xl/'))) return 'xlsx';
    }
    return 'zip';
  } catch {
    return 'zip';
  } finally {
    archive.close();
  }
}

/** OLE compound files: Outlook messages and encrypted OOXML both live in one. */
function sniffCompoundFile(bytes: Uint8Array): FormatKind {
  const buf = asBuffer(bytes);
  // Directory entry names are UTF-16LE; MAPI property streams are named __substg1.0_*.
  if (buf.indexOf(Buffer.from('__substg1.0_', 'utf16le')) >= 0) return 'msg';
  if (buf.indexOf(Buffer.from('EncryptedPackage', 'utf16le')) >= 0) return 'encrypted-office';
  return 'unknown';
}

const EML_HEADERS =
  /^(from|to|cc|subject|date|message-id|received|mime-version|return-path|reply-to|content-type|x-[a-z-]+):/i;

function looksLikeEmail(head: string): boolean {
  const headerBlock = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = headerBlock.split(/\r?\n/).filter((l) => !/^[ \t]/.test(l));
  if (lines.length < 2 || !lines.every((l) => /^[!-9;-~]+:/.test(l))) return false;
  const known = lines.filter((l) => EML_HEADERS.test(l)).length;
  return (
    known >= 2 && /^(from|received|return-path|message-id|mime-version|date):/im.test(headerBlock)
  );
}

function looksLikeCsv(head: string): boolean {
  // Quoted fields may hold delimiters (prose with commas): count only those outside quotes.
  const lines = head
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .slice(0, 20)
    .map((l) => l.replace(/"(?:[^"]|"")*"/g, '""'));
  if (lines.length < 2) return false;
  return [',', ';', '\t'].some((d) => {
    const counts = lines.map((l) => l.split(d).length - 1);
    return counts[0]! > 0 && counts.every((c) => c === counts[0]);
  });
}

function looksLikeMarkdown(head: string): boolean {
  const signals = [/^#{1,6} \S/m, /^```/m, /\[[^\]]+\]\([^)]+\)/, /^\s*[-*] \S/m, /\*\*[^*]+\*\*/];
  return signals.filter((re) => re.test(head)).length >= 2;
}

function sniffText(bytes: Uint8Array, fileName: string | undefined): FormatKind {
  const head = decodeText(bytes.subarray(0, 65536)).text.replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (
    /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(
      start,
    )
  )
    return 'html';
  if (looksLikeEmail(head)) return 'eml';
  const claimed = kindFromFileName(fileName);
  if (start.startsWith('{') || start.startsWith('[')) {
    if (claimed === 'json') return 'json'; // parse errors then report 'corrupt'
    try {
      JSON.parse(decodeText(bytes).text.replace(/^\uFEFF/, ''));
      return 'json';
    } catch {
      // not JSON after all: plain text that starts with a brace
    }
  }
  // Only the plain-text family is decided by the extension.
  if (claimed === 'md' || claimed === 'csv') return claimed;
  if (claimed === 'txt') return 'txt';
  if (looksLikeCsv(head)) return 'csv';
  if (looksLikeMarkdown(head)) return 'md';
  if (/<html[\s>]/i.test(head.slice(0, 4096))) return 'html';
  return 'txt';
}

/**
 * file-type's signatures that a text can carry by chance, being printable characters: "BM"
 * (bmp: "BMW sales..."), "MZ" (exe), "ID3" (mp3) at the start, or a "G" at offsets 0 and 188
 * (an MPEG transport stream: "Gabon: ..." with another G 188 bytes on). A file with one of
 * them whose head is text throughout is text.
 */
const TEXT_LOOKALIKES = new Set(['bmp', 'exe', 'mp3', 'mts']);

export async function sniff(bytes: Uint8Array, fileName?: string): Promise<SniffResult> {
  const kind = await sniffKind(bytes, fileName);
  if (kind === 'unknown' && bytes.byteLength > 0) {
    // Keep what file-type knows (image/png, application/gzip...) for the message.
    const detected = await fileTypeFromBuffer(bytes).catch(() => undefined);
    if (detected) return { mediaType: detected.mime, kind };
  }
  return { mediaType: MEDIA_TYPES[kind], kind };
}

async function sniffKind(bytes: Uint8Array, fileName: string | undefined): Promise<FormatKind> {
  if (bytes.byteLength === 0) return 'unknown';
  // PDFs may carry junk before the header; readers accept it within the first 1 KB.
  const pdfAt = indexOfAscii(bytes.subarray(0, 1024), '%PDF-');
  if (pdfAt >= 0) return 'pdf';
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  ) {
    return sniffContainer(bytes);
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (detected.ext === 'cfb') return sniffCompoundFile(bytes);
    if (detected.ext === 'rtf') return 'rtf';
    if (detected.ext === 'zip') return sniffContainer(bytes);
    // file-type recognises XML/HTML-ish text only in a few cases; let text rules decide.
    const textual = detected.mime.startsWith('text/') || detected.ext === 'xml';
    if (!textual && !(TEXT_LOOKALIKES.has(detected.ext) && isTextThroughout(bytes))) {
      return 'unknown';
    }
  }
  if (looksBinary(bytes)) return 'unknown';
  return sniffText(bytes, fileName);
}
