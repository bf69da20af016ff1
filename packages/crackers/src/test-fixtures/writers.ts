// Format writers for test fixtures and the sample corpus: each renders one neutral document
// model into a real file with the same kinds of tools that produce such files in the wild
// (docx, pptxgenjs, exceljs, pdfkit, fflate, hand-written ODF/RTF/MIME as the specs lay out).
// Every date written into a file (properties, ZIP entry times, PDF info and id) comes from
// the document's `date`, so the same input always gives the same bytes.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import PDFDocument from 'pdfkit';
import pptxgenjs from 'pptxgenjs';

// pptxgenjs's typings are CommonJS-shaped while Node loads its ES build, whose default
// export is the class itself; accept either shape.
const PptxGenJS = ((pptxgenjs as unknown as { default?: unknown }).default ??
  pptxgenjs) as typeof pptxgenjs.default;

/** Used when a document names no date, so output stays reproducible. */
export const DEFAULT_DATE = new Date(Date.UTC(2025, 0, 1));

export interface DocMeta {
  title: string;
  author: string;
  subject?: string;
  keywords?: string[];
  /** When the document was written; every timestamp in the file. */
  date?: Date;
  /** BCP 47 tag such as `de-DE`, where the format can declare it. */
  language?: string;
}

export interface Section {
  /** Rendered one level below the document title. */
  heading?: string;
  paragraphs: string[];
}

export interface TextDoc extends DocMeta {
  sections: Section[];
}

export type Cell = string | number;

export interface Sheet {
  name: string;
  rows: Cell[][];
}

export interface Workbook extends DocMeta {
  sheets: Sheet[];
}

export interface Attachment {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface Mail {
  from: string;
  to: string;
  cc?: string;
  subject: string;
  date: Date;
  messageId: string;
  inReplyTo?: string;
  /** Plain text; paragraphs separated by blank lines. */
  body: string;
  attachments?: Attachment[];
}

const dateOf = (meta: DocMeta): Date => meta.date ?? DEFAULT_DATE;
/**
 * ZIP entry times are zone-less wall-clock fields that fflate fills from local time: hand it
 * a Date whose local fields are the UTC ones, so the bytes do not depend on the machine's zone.
 */
const zipTime = (d: Date): Date =>
  new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
/** ISO 8601 without milliseconds, as office suites write it. */
const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Re-packs an OOXML package (built by JSZip with the clock's time) with fixed entry times
 * and fixed created/modified properties, keeping the parts in their order.
 */
function pinPackageDates(bytes: Uint8Array, date: Date): Buffer {
  const parts = unzipSync(bytes);
  const stamp = isoSeconds(date);
  const core = parts['docProps/core.xml'];
  if (core) {
    parts['docProps/core.xml'] = strToU8(
      Buffer.from(core)
        .toString('utf8')
        .replace(
          /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
          (_m, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
        ),
    );
  }
  return Buffer.from(zipSync(parts, { mtime: zipTime(date) }));
}

export function pdf(doc: TextDoc, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const date = dateOf(doc);
  return new Promise((done, fail) => {
    const out = new PDFDocument({
      ...options,
      ...(doc.language ? { lang: doc.language } : {}),
      info: {
        Title: doc.title,
        Author: doc.author,
        ...(doc.subject ? { Subject: doc.subject } : {}),
        ...(doc.keywords ? { Keywords: doc.keywords.join(', ') } : {}),
        // pdfkit derives the file id from the creation date: fixing it fixes the bytes.
        CreationDate: date,
        ModDate: date,
      },
    });
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    out.on('end', () => done(Buffer.concat(chunks)));
    out.on('error', fail);
    out.fontSize(20).text(doc.title).moveDown();
    // Each section starts a page, as in a printed briefing; long ones flow onto more.
    doc.sections.forEach((section, i) => {
      if (i > 0) out.addPage();
      if (section.heading) out.fontSize(15).text(section.heading).moveDown(0.5);
      out.fontSize(11);
      for (const p of section.paragraphs) out.text(p).moveDown(0.5);
    });
    out.end();
  });
}

export async function docx(doc: TextDoc): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    creator: doc.author,
    lastModifiedBy: doc.author,
    ...(doc.subject ? { subject: doc.subject, description: doc.subject } : {}),
    ...(doc.keywords ? { keywords: doc.keywords.join(', ') } : {}),
    sections: [
      {
        children: [
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
          ...doc.sections.flatMap((s) => [
            ...(s.heading
              ? [new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 })]
              : []),
            ...s.paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })),
          ]),
        ],
      },
    ],
  });
  return pinPackageDates(await Packer.toBuffer(document), dateOf(doc));
}

/** A title slide, then one slide per section (heading as the slide title). */
export async function pptx(doc: TextDoc): Promise<Buffer> {
  const deck = new PptxGenJS();
  deck.title = doc.title;
  deck.author = doc.author;
  if (doc.subject) deck.subject = doc.subject;
  const lang = doc.language ?? 'en-US';
  const cover = deck.addSlide();
  cover.addText(doc.title, { x: 0.5, y: 1.5, w: 9, h: 1, fontSize: 32, bold: true, lang });
  if (doc.subject) cover.addText(doc.subject, { x: 0.5, y: 2.6, w: 9, h: 0.8, fontSize: 18, lang });
  for (const section of doc.sections) {
    const slide = deck.addSlide();
    if (section.heading)
      slide.addText(section.heading, { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 26, lang });
    if (section.paragraphs.length > 0) {
      const top = section.heading ? 1.2 : 0.5;
      slide.addText(
        section.paragraphs.map((text) => ({ text, options: { breakLine: true, lang } })),
        { x: 0.5, y: top, w: 9, h: 5.2 - top, fontSize: 12, valign: 'top' },
      );
    }
  }
  const bytes = (await deck.write({ outputType: 'nodebuffer' })) as Buffer;
  return pinPackageDates(bytes, dateOf(doc));
}

export async function xlsx(book: Workbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = book.author;
  workbook.lastModifiedBy = book.author;
  workbook.title = book.title;
  if (book.subject) workbook.subject = book.subject;
  if (book.keywords) workbook.keywords = book.keywords.join(', ');
  workbook.created = dateOf(book);
  workbook.modified = dateOf(book);
  for (const sheet of book.sheets) workbook.addWorksheet(sheet.name).addRows(sheet.rows);
  return pinPackageDates(Buffer.from(await workbook.xlsx.writeBuffer()), dateOf(book));
}

const ODF_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ');

/** An OpenDocument package as the spec lays it out: stored `mimetype` first, then the parts. */
function odf(mimetype: string, body: string, meta: DocMeta): Uint8Array {
  const date = dateOf(meta);
  const stamp = isoSeconds(date);
  const props = [
    `<dc:title>${xmlEscape(meta.title)}</dc:title>`,
    `<meta:initial-creator>${xmlEscape(meta.author)}</meta:initial-creator>`,
    `<dc:creator>${xmlEscape(meta.author)}</dc:creator>`,
    meta.subject ? `<dc:subject>${xmlEscape(meta.subject)}</dc:subject>` : '',
    ...(meta.keywords ?? []).map((k) => `<meta:keyword>${xmlEscape(k)}</meta:keyword>`),
    meta.language ? `<dc:language>${xmlEscape(meta.language)}</dc:language>` : '',
    `<meta:creation-date>${stamp}</meta:creation-date>`,
    `<dc:date>${stamp}</dc:date>`,
  ].join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS} office:version="1.3"><office:body>${body}</office:body></office:document-content>`;
  const metaXml = `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${ODF_NS} office:version="1.3"><office:meta>${props}</office:meta></office:document-meta>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zipSync(
    {
      mimetype: [strToU8(mimetype), { level: 0 }],
      'content.xml': strToU8(content),
      'meta.xml': strToU8(metaXml),
      'META-INF/manifest.xml': strToU8(manifest),
    },
    { mtime: zipTime(date) },
  );
}

const odfParagraph = (s: string): string => `<text:p>${xmlEscape(s)}</text:p>`;

export function odt(doc: TextDoc): Uint8Array {
  const sections = doc.sections
    .map(
      (s) =>
        (s.heading ? `<text:h text:outline-level="2">${xmlEscape(s.heading)}</text:h>` : '') +
        s.paragraphs.map(odfParagraph).join(''),
    )
    .join('');
  const body = `<office:text><text:h text:outline-level="1">${xmlEscape(doc.title)}</text:h>${sections}</office:text>`;
  return odf('application/vnd.oasis.opendocument.text', body, doc);
}

export function ods(book: Workbook): Uint8Array {
  const cell = (c: Cell): string =>
    typeof c === 'number'
      ? `<table:table-cell office:value-type="float" office:value="${c}"><text:p>${c}</text:p></table:table-cell>`
      : `<table:table-cell office:value-type="string">${odfParagraph(c)}</table:table-cell>`;
  const tables = book.sheets
    .map(
      (sheet) =>
        `<table:table table:name="${xmlEscape(sheet.name)}">${sheet.rows
          .map((row) => `<table:table-row>${row.map(cell).join('')}</table:table-row>`)
          .join('')}</table:table>`,
    )
    .join('');
  return odf(
    'application/vnd.oasis.opendocument.spreadsheet',
    `<office:spreadsheet>${tables}</office:spreadsheet>`,
    book,
  );
}

/** A title page, then one page per section, like pptx(). */
export function odp(doc: TextDoc): Uint8Array {
  const frame = (y: number, paragraphs: string[]): string =>
    `<draw:frame svg:width="24cm" svg:height="${y < 2 ? 2 : 14}cm" svg:x="1cm" svg:y="${y}cm"><draw:text-box>${paragraphs.map(odfParagraph).join('')}</draw:text-box></draw:frame>`;
  const pages = [
    { heading: doc.title, paragraphs: doc.subject ? [doc.subject] : [] },
    ...doc.sections,
  ]
    .map(
      (s, i) =>
        `<draw:page draw:name="p${i + 1}">${s.heading ? frame(1, [s.heading]) : ''}${s.paragraphs.length > 0 ? frame(4, s.paragraphs) : ''}</draw:page>`,
    )
    .join('');
  return odf(
    'application/vnd.oasis.opendocument.presentation',
    `<office:presentation>${pages}</office:presentation>`,
    doc,
  );
}

/** RTF as word processors write it: ANSI code page, \uN escapes for anything else. */
export function rtf(doc: TextDoc): string {
  const escape = (s: string): string =>
    [...s]
      .map((ch) => {
        const code = ch.codePointAt(0)!;
        if (ch === '\\' || ch === '{' || ch === '}') return `\\${ch}`;
        return code < 128 ? ch : `\\u${code > 32767 ? code - 65536 : code}?`;
      })
      .join('');
  const d = dateOf(doc);
  const created = `\\yr${d.getUTCFullYear()}\\mo${d.getUTCMonth() + 1}\\dy${d.getUTCDate()}\\hr${d.getUTCHours()}\\min${d.getUTCMinutes()}`;
  const info = [
    `{\\title ${escape(doc.title)}}`,
    `{\\author ${escape(doc.author)}}`,
    doc.subject ? `{\\subject ${escape(doc.subject)}}` : '',
    doc.keywords ? `{\\keywords ${escape(doc.keywords.join(', '))}}` : '',
    `{\\creatim${created}}`,
  ].join('');
  return [
    '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}',
    `{\\info${info}}`,
    `\\f0\\fs32{\\b ${escape(doc.title)}}\\fs24\\par`,
    ...doc.sections.flatMap((s) => [
      ...(s.heading ? [`\\par{\\b ${escape(s.heading)}}\\par`] : []),
      ...s.paragraphs.map((p) => `${escape(p)}\\par`),
    ]),
    '}',
  ].join('\r\n');
}

// Typographic characters as the named entities that publishing tools write for them.
const HTML_ENTITIES: Record<string, string> = {
  '–': '&ndash;',
  '—': '&mdash;',
  '’': '&rsquo;',
  '“': '&ldquo;',
  '”': '&rdquo;',
  '\u00a0': '&nbsp;',
};
const htmlEscape = (s: string): string =>
  xmlEscape(s).replace(/[–—’“”\u00a0]/g, (ch) => HTML_ENTITIES[ch] ?? ch);

/** A web page: metadata in <head>, a style sheet and optionally a script that is not text. */
export function html(doc: TextDoc, options: { script?: string } = {}): string {
  const meta = [
    `<meta name="author" content="${htmlEscape(doc.author)}">`,
    doc.subject ? `<meta name="description" content="${htmlEscape(doc.subject)}">` : '',
    doc.keywords ? `<meta name="keywords" content="${htmlEscape(doc.keywords.join(', '))}">` : '',
    `<meta name="date" content="${isoSeconds(dateOf(doc))}">`,
  ].filter(Boolean);
  const sections = doc.sections.map(
    (s) =>
      `<section>${s.heading ? `<h2>${htmlEscape(s.heading)}</h2>` : ''}${s.paragraphs
        .map((p) => `<p>${htmlEscape(p)}</p>`)
        .join('\n')}</section>`,
  );
  return [
    '<!DOCTYPE html>',
    `<html lang="${htmlEscape(doc.language ?? 'en')}"><head><meta charset="utf-8"><title>${htmlEscape(doc.title)}</title>`,
    ...meta,
    '<style>body { font-family: serif; } .hidden { display: none; }</style>',
    ...(options.script ? [`<script>${options.script}</script>`] : []),
    `</head><body><article><h1>${htmlEscape(doc.title)}</h1>`,
    ...sections,
    '</article></body></html>',
    '',
  ].join('\n');
}

/** Markdown: the title as the first heading, sections as second-level headings. */
export function markdown(doc: TextDoc): string {
  const parts = [`# ${doc.title}`];
  for (const s of doc.sections) {
    if (s.heading) parts.push(`## ${s.heading}`);
    parts.push(...s.paragraphs);
  }
  return `${parts.join('\n\n')}\n`;
}

/** RFC 4180 CSV: CRLF line ends, fields quoted only when they need it. */
export function csv(rows: Cell[][]): string {
  const field = (c: Cell): string => {
    const s = String(c);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** RFC 2822 date, e.g. `Tue, 01 Apr 2025 10:00:00 +0000`. */
const mailDate = (date: Date): string => date.toUTCString().replace(/GMT$/, '+0000');
/** RFC 2047 encoded word for non-ASCII header text. */
const headerText = (s: string): string =>
  /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
const base64Lines = (bytes: Uint8Array): string =>
  (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');

/** A MIME message: a plain-text body plus base64 attachments in a multipart/mixed. */
export function eml(mail: Mail): string {
  const boundary = 'quarry-boundary';
  const wrap = (line: string): string =>
    line === '' ? '' : line.replace(/(.{1,72})(\s+|$)/g, '$1\r\n').replace(/\r\n$/, '');
  const body = mail.body.split('\n').map(wrap).join('\r\n');
  const attachments = (mail.attachments ?? []).flatMap((a) => [
    `--${boundary}`,
    `Content-Type: ${a.contentType}; name="${a.fileName}"`,
    `Content-Disposition: attachment; filename="${a.fileName}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(a.bytes),
  ]);
  return [
    `From: ${mail.from}`,
    `To: ${mail.to}`,
    ...(mail.cc ? [`Cc: ${mail.cc}`] : []),
    `Subject: ${headerText(mail.subject)}`,
    `Date: ${mailDate(mail.date)}`,
    `Message-ID: ${mail.messageId}`,
    ...(mail.inReplyTo ? [`In-Reply-To: ${mail.inReplyTo}`] : []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    ...attachments,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A ZIP archive with every entry dated `date`. */
export function zip(files: Record<string, Uint8Array | string>, date = DEFAULT_DATE): Uint8Array {
  const entries: Zippable = {};
  for (const [path, content] of Object.entries(files))
    entries[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(entries, { mtime: zipTime(date) });
}
