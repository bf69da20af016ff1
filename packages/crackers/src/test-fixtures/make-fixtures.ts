// Builds real sample files for the crackers' tests with the same kinds of tools that
// produce them in the wild (docx, pptxgenjs, exceljs, pdfkit, fflate), filled with
// World Factbook background text so every test can look for a known phrase.
// Run directly to inspect the files: node src/test-fixtures/make-fixtures.ts [outDir]
// (without outDir they go to a new folder under the OS temp dir).
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';
import pptxgenjs from 'pptxgenjs';

// pptxgenjs's typings are CommonJS-shaped while Node loads its ES build, whose default
// export is the class itself; accept either shape.
const PptxGenJS = ((pptxgenjs as unknown as { default?: unknown }).default ??
  pptxgenjs) as typeof pptxgenjs.default;

// CI clones the repo with shared/ beside it: <root>/../shared/corpus/factbook.
const FACTBOOK = resolve(import.meta.dirname, '../../../../../shared/corpus/factbook');

export interface Fixture {
  path: string;
  fileName: string;
  /** A phrase from the source text that the cracked text must contain. */
  phrase: string;
  title?: string;
}

export interface Fixtures {
  dir: string;
  files: Record<string, Fixture>;
}

interface Country {
  name: string;
  text: string;
  phrase: string;
}

async function country(path: string, name: string): Promise<Country> {
  const json = JSON.parse(await readFile(join(FACTBOOK, `${path}.json`), 'utf8')) as {
    Introduction: { Background: { text: string } };
  };
  // Some backgrounds carry light HTML (<p>); the fixtures want plain prose.
  const text = json.Introduction.Background.text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  const words = text.split(' ');
  return { name, text, phrase: words.slice(2, 10).join(' ') };
}

function pdf(pages: Country[], options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((done, fail) => {
    const doc = new PDFDocument({
      ...options,
      info: { Title: 'Factbook backgrounds', Author: 'Quarry tests' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => done(Buffer.concat(chunks)));
    doc.on('error', fail);
    pages.forEach((c, i) => {
      if (i > 0) doc.addPage();
      doc.fontSize(18).text(c.name).moveDown().fontSize(11).text(c.text);
    });
    doc.end();
  });
}

async function docx(c: Country): Promise<Buffer> {
  const doc = new Document({
    title: `${c.name} background`,
    creator: 'Quarry tests',
    sections: [
      {
        children: [
          new Paragraph({ text: c.name, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun(c.text)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function pptx(c: Country): Promise<Buffer> {
  const deck = new PptxGenJS();
  deck.title = `${c.name} briefing`;
  deck.author = 'Quarry tests';
  deck.addSlide().addText(c.name, { x: 0.5, y: 1, w: 9, h: 1, fontSize: 32 });
  deck.addSlide().addText(c.text, { x: 0.5, y: 0.5, w: 9, h: 4.5, fontSize: 12 });
  return (await deck.write({ outputType: 'nodebuffer' })) as Buffer;
}

async function xlsx(c: Country): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Quarry tests';
  book.title = `${c.name} figures`;
  const sheet = book.addWorksheet(c.name);
  sheet.addRow(['Country', 'Background', 'Year']);
  sheet.addRow([c.name, c.text, 2024]);
  return Buffer.from(await book.xlsx.writeBuffer());
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

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An OpenDocument package as the spec lays it out: stored `mimetype` first, then the parts. */
function odf(mimetype: string, body: string, title: string): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS} office:version="1.3"><office:body>${body}</office:body></office:document-content>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${ODF_NS} office:version="1.3"><office:meta><dc:title>${xmlEscape(title)}</dc:title><meta:initial-creator>Quarry tests</meta:initial-creator></office:meta></office:document-meta>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zipSync({
    mimetype: [strToU8(mimetype), { level: 0 }],
    'content.xml': strToU8(content),
    'meta.xml': strToU8(meta),
    'META-INF/manifest.xml': strToU8(manifest),
  });
}

function odt(c: Country): Uint8Array {
  const body = `<office:text><text:h text:outline-level="1">${xmlEscape(c.name)}</text:h><text:p>${xmlEscape(c.text)}</text:p></office:text>`;
  return odf('application/vnd.oasis.opendocument.text', body, `${c.name} background`);
}

function ods(c: Country): Uint8Array {
  const cell = (s: string): string =>
    `<table:table-cell office:value-type="string"><text:p>${xmlEscape(s)}</text:p></table:table-cell>`;
  const body = `<office:spreadsheet><table:table table:name="${xmlEscape(c.name)}"><table:table-row>${cell('Country')}${cell('Background')}</table:table-row><table:table-row>${cell(c.name)}${cell(c.text)}</table:table-row></table:table></office:spreadsheet>`;
  return odf('application/vnd.oasis.opendocument.spreadsheet', body, `${c.name} table`);
}

function odp(c: Country): Uint8Array {
  const frame = (s: string): string =>
    `<draw:frame svg:width="20cm" svg:height="10cm" svg:x="1cm" svg:y="1cm"><draw:text-box><text:p>${xmlEscape(s)}</text:p></draw:text-box></draw:frame>`;
  const body = `<office:presentation><draw:page draw:name="p1">${frame(c.name)}</draw:page><draw:page draw:name="p2">${frame(c.text)}</draw:page></office:presentation>`;
  return odf('application/vnd.oasis.opendocument.presentation', body, `${c.name} slides`);
}

/** RTF as word processors write it: ANSI code page, \uN escapes for anything else. */
function rtf(c: Country, title: string): string {
  const escape = (s: string): string =>
    [...s]
      .map((ch) => {
        const code = ch.codePointAt(0)!;
        if (ch === '\\' || ch === '{' || ch === '}') return `\\${ch}`;
        return code < 128 ? ch : `\\u${code > 32767 ? code - 65536 : code}?`;
      })
      .join('');
  return [
    '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}',
    `{\\info{\\title ${escape(title)}}{\\author Quarry tests}}`,
    `\\f0\\fs24{\\b ${escape(title)}}\\par`,
    `${escape(c.text)}\\par`,
    '}',
  ].join('\r\n');
}

function eml(c: Country, attachment: Country): string {
  const wrap = (s: string): string => s.replace(/(.{1,72})(\s+|$)/g, '$1\r\n');
  const base64 = (
    Buffer.from(attachment.text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
  return [
    'From: Analyst One <analyst@example.org>',
    'To: Research Desk <desk@example.org>',
    `Subject: ${c.name} background briefing`,
    'Date: Tue, 01 Apr 2025 10:00:00 +0000',
    'Message-ID: <briefing-1@example.org>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="quarry-boundary"',
    '',
    '--quarry-boundary',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    wrap(c.text),
    '--quarry-boundary',
    `Content-Type: text/plain; charset=utf-8; name="${attachment.name.toLowerCase()}.txt"`,
    `Content-Disposition: attachment; filename="${attachment.name.toLowerCase()}.txt"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64,
    '--quarry-boundary--',
    '',
  ].join('\r\n');
}

function html(c: Country): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${xmlEscape(c.name)} &ndash; Background</title>
<meta name="author" content="Quarry tests">
<style>body { font-family: serif; } .hidden { display: none; }</style>
<script>window.tracking = "SCRIPT_TEXT_MUST_NOT_APPEAR";</script></head>
<body><h1>${xmlEscape(c.name)}</h1><p>${xmlEscape(c.text)}</p></body></html>`;
}

function csv(c: Country): string {
  return `country,region,background\r\n${c.name},Oceania,"${c.text.replace(/"/g, '""')}"\r\n`;
}

/** A zip of one 300 MB member of zeros, built chunk by chunk so memory stays small. */
function zipBomb(): Uint8Array {
  const parts: Uint8Array[] = [];
  const archive = new Zip((err, data) => {
    if (err) throw err;
    parts.push(data);
  });
  const member = new ZipDeflate('zeros.bin', { level: 9 });
  archive.add(member);
  const block = new Uint8Array(1 << 20);
  for (let i = 0; i < 300; i += 1) member.push(block, i === 299);
  archive.end();
  return Buffer.concat(parts);
}

function nestedZips(levels: number, innermost: Uint8Array): Uint8Array {
  let current = zipSync({ 'deepest.txt': innermost });
  for (let i = levels - 1; i >= 1; i -= 1) current = zipSync({ [`level-${i + 1}.zip`]: current });
  return current;
}

export async function makeFixtures(outDir?: string): Promise<Fixtures> {
  const dir = outDir ?? (await mkdtemp(join(tmpdir(), 'quarry-crackers-')));
  await mkdir(dir, { recursive: true });
  const files: Record<string, Fixture> = {};
  const put = async (
    key: string,
    fileName: string,
    bytes: Uint8Array | string,
    phrase = '',
    title?: string,
  ): Promise<void> => {
    const path = join(dir, fileName);
    await writeFile(path, bytes);
    files[key] = { path, fileName, phrase, ...(title ? { title } : {}) };
  };

  const [
    germany,
    france,
    italy,
    spain,
    norway,
    poland,
    sweden,
    ireland,
    ivory,
    japan,
    brazil,
    kenya,
    canada,
    australia,
    china,
  ] = await Promise.all([
    country('europe/gm', 'Germany'),
    country('europe/fr', 'France'),
    country('europe/it', 'Italy'),
    country('europe/sp', 'Spain'),
    country('europe/no', 'Norway'),
    country('europe/pl', 'Poland'),
    country('europe/sw', 'Sweden'),
    country('europe/ei', 'Ireland'),
    country('africa/iv', 'Côte d’Ivoire'),
    country('east-n-southeast-asia/ja', 'Japan'),
    country('south-america/br', 'Brazil'),
    country('africa/ke', 'Kenya'),
    country('north-america/ca', 'Canada'),
    country('australia-oceania/as', 'Australia'),
    country('east-n-southeast-asia/ch', 'China'),
  ]);

  const pdfBytes = await pdf([germany, france]);
  await put('pdf', 'backgrounds.pdf', pdfBytes, germany.phrase, 'Factbook backgrounds');
  files.pdfPage2 = { ...files.pdf!, phrase: france.phrase };
  await put(
    'pdfEncrypted',
    'locked.pdf',
    await pdf([germany], {
      userPassword: 'quarry-secret',
      ownerPassword: 'owner-secret',
      pdfVersion: '1.7',
    }),
  );
  await put(
    'pdfTruncated',
    'truncated.pdf',
    pdfBytes.subarray(0, Math.floor(pdfBytes.length * 0.6)),
  );
  await put('pdfAsDocx', 'report.docx', pdfBytes, germany.phrase);
  const docxBytes = await docx(italy);
  await put('docx', 'italy.docx', docxBytes, italy.phrase, 'Italy background');
  await put(
    'docxTruncated',
    'broken.docx',
    docxBytes.subarray(0, Math.floor(docxBytes.length / 2)),
  );
  await put('pptx', 'spain.pptx', await pptx(spain), spain.phrase, 'Spain briefing');
  await put('xlsx', 'norway.xlsx', await xlsx(norway), norway.phrase, 'Norway figures');
  await put('odt', 'poland.odt', odt(poland), poland.phrase, 'Poland background');
  await put('ods', 'sweden.ods', ods(sweden), sweden.phrase, 'Sweden table');
  await put('odp', 'ireland.odp', odp(ireland), ireland.phrase, 'Ireland slides');
  await put(
    'rtf',
    'ivory-coast.rtf',
    rtf(ivory, 'Côte d’Ivoire background'),
    ivory.phrase,
    'Côte d’Ivoire background',
  );
  await put('html', 'japan.html', html(japan), japan.phrase, 'Japan – Background');
  await put('eml', 'brazil.eml', eml(brazil, kenya), brazil.phrase, 'Brazil background briefing');
  files.emlAttachment = { ...files.eml!, phrase: kenya.phrase };
  // Windows-1252 text with characters that differ from Latin-1 (’ and —), the usual legacy case.
  const legacy = `Résumé — Kenya’s background\r\n\r\n${kenya.text}\r\n`;
  await put('txt', 'kenya-notes.txt', iconv.encode(legacy, 'windows-1252'), kenya.phrase);
  await put(
    'md',
    'canada.md',
    `# Canada\n\n${canada.text}\n\n- Source: World Factbook\n`,
    canada.phrase,
    'Canada',
  );
  await put('csv', 'australia.csv', csv(australia), australia.phrase);
  const nl = await readFile(join(FACTBOOK, 'europe/nl.json'));
  const nlPhrase = (await country('europe/nl', 'Netherlands')).phrase;
  await put('json', 'netherlands.json', nl, nlPhrase);

  const zipMembers: Zippable = {
    'docs/china.txt': strToU8(china.text),
    'docs/japan.html': strToU8(html(japan)),
    'docs/empty-folder/': {},
  };
  await put('zip', 'bundle.zip', zipSync(zipMembers), china.phrase);
  await put(
    'zipUnsafe',
    'evil.zip',
    zipSync({
      '../evil.txt': strToU8('escape attempt'),
      '/etc/evil.txt': strToU8('absolute path'),
    }),
  );
  await put(
    'zipMixed',
    'mixed.zip',
    zipSync({ '../evil.txt': strToU8('escape attempt'), 'safe/china.txt': strToU8(china.text) }),
    china.phrase,
  );
  await put('zipBomb', 'bomb.zip', zipBomb());
  await put('zipNested', 'nested.zip', nestedZips(5, strToU8(china.text)), china.phrase);
  await put('empty', 'empty.txt', new Uint8Array(0));
  await put('gzip', 'notes.txt.gz', gzipSync(Buffer.from(china.text)));
  return { dir, files };
}

if (import.meta.main) {
  // Default to a fresh temp folder so generated files never land in the work tree.
  const { dir, files } = await makeFixtures(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Wrote ${Object.keys(files).length} fixtures to ${dir}`);
}
