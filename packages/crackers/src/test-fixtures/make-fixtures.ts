// Builds real sample files for the crackers' tests with the format writers in writers.ts,
// filled with World Factbook background text so every test can look for a known phrase.
// Run directly to inspect the files: node src/test-fixtures/make-fixtures.ts [outDir]
// (without outDir they go to a new folder under the OS temp dir).
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import iconv from 'iconv-lite';
import { FACTBOOK, background, readProfile } from './factbook.ts';
import { csv, docx, eml, html, odp, ods, odt, pdf, pptx, rtf, xlsx } from './writers.ts';
import type { Sheet, TextDoc } from './writers.ts';
import { msg } from './msg-writer.ts';

// The sample corpus (samples/make-samples.ts) builds on the same writers and Factbook helpers.
export * from './factbook.ts';
export * from './writers.ts';
export * from './msg-writer.ts';
export * from './hostile.ts';

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
  const text = background(await readProfile(path));
  const words = text.split(' ');
  return { name, text, phrase: words.slice(2, 10).join(' ') };
}

const AUTHOR = 'Quarry tests';

/** One country's background as a document with a single untitled section. */
const backgroundDoc = (c: Country, title: string, extra: Partial<TextDoc> = {}): TextDoc => ({
  title,
  author: AUTHOR,
  sections: [{ paragraphs: [c.text] }],
  ...extra,
});

const backgroundSheet = (
  c: Country,
  columns: string[],
  extra: (string | number)[] = [],
): Sheet => ({
  name: c.name,
  rows: [columns, [c.name, c.text, ...extra]],
});

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

  const backgrounds = (...countries: Country[]): TextDoc => ({
    title: 'Factbook backgrounds',
    author: AUTHOR,
    sections: countries.map((c) => ({ heading: c.name, paragraphs: [c.text] })),
  });
  const pdfBytes = await pdf(backgrounds(germany, france));
  await put('pdf', 'backgrounds.pdf', pdfBytes, germany.phrase, 'Factbook backgrounds');
  files.pdfPage2 = { ...files.pdf!, phrase: france.phrase };
  await put(
    'pdfEncrypted',
    'locked.pdf',
    await pdf(backgrounds(germany), {
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
  const docxBytes = await docx(backgroundDoc(italy, 'Italy background'));
  await put('docx', 'italy.docx', docxBytes, italy.phrase, 'Italy background');
  await put(
    'docxTruncated',
    'broken.docx',
    docxBytes.subarray(0, Math.floor(docxBytes.length / 2)),
  );
  await put(
    'pptx',
    'spain.pptx',
    await pptx(backgroundDoc(spain, 'Spain briefing')),
    spain.phrase,
    'Spain briefing',
  );
  await put(
    'xlsx',
    'norway.xlsx',
    await xlsx({
      title: 'Norway figures',
      author: AUTHOR,
      sheets: [backgroundSheet(norway, ['Country', 'Background', 'Year'], [2024])],
    }),
    norway.phrase,
    'Norway figures',
  );
  await put(
    'odt',
    'poland.odt',
    odt(backgroundDoc(poland, 'Poland background')),
    poland.phrase,
    'Poland background',
  );
  await put(
    'ods',
    'sweden.ods',
    ods({
      title: 'Sweden table',
      author: AUTHOR,
      sheets: [backgroundSheet(sweden, ['Country', 'Background'])],
    }),
    sweden.phrase,
    'Sweden table',
  );
  await put(
    'odp',
    'ireland.odp',
    odp(backgroundDoc(ireland, 'Ireland slides')),
    ireland.phrase,
    'Ireland slides',
  );
  await put(
    'rtf',
    'ivory-coast.rtf',
    rtf(backgroundDoc(ivory, 'Côte d’Ivoire background')),
    ivory.phrase,
    'Côte d’Ivoire background',
  );
  const japanPage = html(backgroundDoc(japan, 'Japan – Background', { language: 'en' }), {
    script: 'window.tracking = "SCRIPT_TEXT_MUST_NOT_APPEAR";',
  });
  await put('html', 'japan.html', japanPage, japan.phrase, 'Japan – Background');
  const mail = eml({
    from: 'Analyst One <analyst@example.org>',
    to: 'Research Desk <desk@example.org>',
    subject: 'Brazil background briefing',
    date: new Date('2025-04-01T10:00:00Z'),
    messageId: '<briefing-1@example.org>',
    body: brazil.text,
    attachments: [
      {
        fileName: 'kenya.txt',
        contentType: 'text/plain; charset=utf-8',
        bytes: strToU8(kenya.text),
      },
    ],
  });
  await put('eml', 'brazil.eml', mail, brazil.phrase, 'Brazil background briefing');
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
  await put(
    'csv',
    'australia.csv',
    csv([
      ['country', 'region', 'background'],
      [australia.name, 'Oceania', australia.text],
    ]),
    australia.phrase,
  );
  const nl = await readFile(join(FACTBOOK, 'europe/nl.json'));
  const nlPhrase = (await country('europe/nl', 'Netherlands')).phrase;
  await put('json', 'netherlands.json', nl, nlPhrase);

  const zipMembers: Zippable = {
    'docs/china.txt': strToU8(china.text),
    'docs/japan.html': strToU8(japanPage),
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

  // Outlook .msg: the body from one country, a file attachment from a second, an attached
  // Outlook item with an HTML-only body from a third, and a cloud link that has no bytes.
  const [argentina, chile, peru] = await Promise.all([
    country('south-america/ar', 'Argentina'),
    country('south-america/ci', 'Chile'),
    country('south-america/pe', 'Peru'),
  ]);
  const chileBytes = strToU8(chile.text);
  const outlook = msg({
    subject: 'Argentina background briefing',
    from: {
      name: 'Analyst One',
      email: 'analyst@example.org',
      exchangeDn:
        '/O=EXAMPLE/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=ANALYST1',
    },
    to: [{ name: 'Research Desk', email: 'desk@example.org' }],
    cc: [{ name: 'Duty Officer', email: 'duty@example.org' }],
    sent: new Date('2025-04-02T09:30:00Z'),
    received: new Date('2025-04-02T09:31:12Z'),
    messageId: '<briefing-2@example.org>',
    body: argentina.text,
    attachments: [
      { fileName: 'chile-background.txt', contentType: 'text/plain', bytes: chileBytes },
      { fileName: 'sources.docx', url: 'https://files.example.org/briefings/sources.docx' },
      {
        message: {
          subject: 'Peru notes',
          from: { name: 'Field Office', email: 'field@example.org' },
          to: [{ name: 'Analyst One', email: 'analyst@example.org' }],
          sent: new Date('2025-03-28T16:00:00Z'),
          html: html(backgroundDoc(peru, 'Peru notes')),
        },
      },
    ],
  });
  await put('msg', 'briefing.msg', outlook, argentina.phrase, 'Argentina background briefing');
  await put('msgAttachment', 'chile-background.txt', chileBytes, chile.phrase);
  files.msgEmbedded = { ...files.msg!, phrase: peru.phrase };
  await put('msgTruncated', 'truncated.msg', outlook.subarray(0, Math.floor(outlook.length * 0.6)));
  return { dir, files };
}

if (import.meta.main) {
  // Default to a fresh temp folder so generated files never land in the work tree.
  const { dir, files } = await makeFixtures(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Wrote ${Object.keys(files).length} fixtures to ${dir}`);
}
