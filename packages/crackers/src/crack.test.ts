// Cracks real files made by the test tooling (see test-fixtures/make-fixtures.ts):
// one test per format for a known Factbook phrase, one per failure reason.
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { crack, sniff } from './index.ts';
import type { CrackResult, CrackSuccess } from './index.ts';
import { makeFixtures } from './test-fixtures/make-fixtures.ts';
import type { Fixtures } from './test-fixtures/make-fixtures.ts';

let fixtures: Fixtures;

before(async () => {
  fixtures = await makeFixtures();
});

after(async () => {
  await rm(fixtures.dir, { recursive: true, force: true });
});

const squash = (s: string): string => s.replace(/\s+/g, ' ');

async function load(
  key: string,
): Promise<{ bytes: Uint8Array; fileName: string; phrase: string; title?: string }> {
  const fixture = fixtures.files[key];
  assert.ok(fixture, `fixture ${key} exists`);
  return { ...fixture, bytes: await readFile(fixture.path) };
}

function ok(result: CrackResult): CrackSuccess {
  if (!result.ok) assert.fail(`expected success, got ${result.reason}: ${result.message}`);
  return result;
}

async function crackFixture(
  key: string,
): Promise<{ result: CrackSuccess; phrase: string; title?: string }> {
  const f = await load(key);
  const result = ok(await crack({ bytes: f.bytes, fileName: f.fileName }));
  assert.ok(f.phrase.length > 20, 'fixture phrase is meaningful');
  assert.ok(squash(result.text).includes(f.phrase), `text of ${f.fileName} contains "${f.phrase}"`);
  assert.equal(result.mislabelled, false);
  assert.equal(result.language, undefined);
  return { result, phrase: f.phrase, title: f.title };
}

async function failure(
  key: string,
  limits = {},
  depth = 0,
): Promise<{ reason: string; message: string }> {
  const f = await load(key);
  const result = await crack({ bytes: f.bytes, fileName: f.fileName }, limits, depth);
  if (result.ok) assert.fail(`expected ${f.fileName} to fail`);
  assert.match(result.message, /^[A-Z].+\.$/, 'message is a human-readable sentence');
  return result;
}

describe('formats', () => {
  test('PDF: text layer, title, metadata and page offsets', async () => {
    const { result, phrase } = await crackFixture('pdf');
    const page2 = (await load('pdfPage2')).phrase;
    assert.equal(result.kind, 'pdf');
    assert.equal(result.title, 'Factbook backgrounds');
    assert.equal(result.metadata.pageCount, 2);
    assert.equal(result.metadata.author, 'Quarry tests');
    assert.equal(result.pages?.length, 2);
    const [first, second] = result.pages;
    assert.ok(squash(result.text.slice(first!.start, first!.end)).includes(phrase));
    assert.ok(squash(result.text.slice(second!.start, second!.end)).includes(page2));
    assert.ok(!squash(result.text.slice(first!.start, first!.end)).includes(page2));
  });

  test('DOCX: body text and core properties', async () => {
    const { result, title } = await crackFixture('docx');
    assert.equal(result.kind, 'docx');
    assert.equal(result.title, title);
    assert.equal(result.metadata.author, 'Quarry tests');
  });

  test('PPTX: slide text in order and title', async () => {
    const { result, title } = await crackFixture('pptx');
    assert.equal(result.title, title);
    assert.equal(result.metadata.slideCount, 2);
    assert.ok(result.text.startsWith('Spain'));
  });

  test('XLSX: cells from shared strings and numbers, sheet names', async () => {
    const { result, title } = await crackFixture('xlsx');
    assert.equal(result.title, title);
    assert.equal(result.metadata.sheetNames, 'Norway');
    assert.match(result.text, /Country\tBackground\tYear/);
    assert.match(result.text, /\t2024$/m);
  });

  for (const key of ['odt', 'ods', 'odp'] as const) {
    test(`${key.toUpperCase()}: content and meta.xml title`, async () => {
      const { result, title } = await crackFixture(key);
      assert.equal(result.kind, key);
      assert.equal(result.title, title);
      assert.equal(result.metadata.author, 'Quarry tests');
    });
  }

  test('ODS: one row per line, cells separated by tabs', async () => {
    const { result } = await crackFixture('ods');
    assert.match(result.text, /^Country\tBackground$/m);
  });

  test('RTF: text, \\u escapes and the \\info title', async () => {
    const { result, title } = await crackFixture('rtf');
    assert.equal(result.title, title);
    assert.ok(result.text.includes('Côte d’Ivoire'), 'unicode escapes decoded');
    assert.ok(!result.text.includes('Times New Roman'), 'font table is not text');
  });

  test('HTML: visible text only, title with entities decoded', async () => {
    const { result, title } = await crackFixture('html');
    assert.equal(result.title, title);
    assert.ok(!result.text.includes('SCRIPT_TEXT_MUST_NOT_APPEAR'));
    assert.ok(!result.text.includes('font-family'));
    assert.equal(result.metadata.declaredLanguage, 'en');
  });

  test('EML: subject, addresses, date, body and attachment as a child', async () => {
    const { result, title } = await crackFixture('eml');
    assert.equal(result.title, title);
    assert.match(String(result.metadata.from), /analyst@example\.org/);
    assert.match(String(result.metadata.to), /desk@example\.org/);
    assert.equal(result.metadata.date, '2025-04-01T10:00:00.000Z');
    assert.equal(result.children.length, 1);
    const child = result.children[0]!;
    assert.equal(child.fileName, 'kenya.txt');
    const attached = ok(await crack(child, {}, 1));
    assert.ok(squash(attached.text).includes((await load('emlAttachment')).phrase));
  });

  test('MSG: subject, SMTP sender, recipients by type, submit date, body and attachments', async () => {
    const { result, title } = await crackFixture('msg');
    assert.equal(result.kind, 'msg');
    assert.equal(result.mediaType, 'application/vnd.ms-outlook');
    assert.equal(result.title, title);
    // The sender is an Exchange user: its 0x0C1F address is an X.500 DN, not a mail address.
    assert.equal(result.metadata.from, 'Analyst One <analyst@example.org>');
    assert.equal(result.metadata.to, 'Research Desk <desk@example.org>');
    assert.equal(result.metadata.cc, 'Duty Officer <duty@example.org>');
    assert.equal(result.metadata.date, '2025-04-02T09:30:00.000Z', 'submit time, as in EML');
    assert.equal(result.metadata.messageId, '<briefing-2@example.org>');
    assert.match(
      result.warnings.join('\n'),
      /"sources\.docx" is a link to a file stored elsewhere/,
    );

    assert.deepEqual(
      result.children.map((c) => c.path),
      ['attachments/1/chile-background.txt', 'attachments/3/Peru notes.msg'],
    );
    assert.equal(result.metadata.attachmentCount, 2);
    const [file, item] = result.children;
    const original = await load('msgAttachment');
    assert.ok(Buffer.from(file!.bytes).equals(original.bytes), 'attachment bytes intact');
    const attached = ok(await crack(file!, {}, 1));
    assert.ok(squash(attached.text).includes(original.phrase));

    // The attached Outlook item comes back as a .msg of its own; its body is HTML only.
    const inner = ok(await crack(item!, {}, 1));
    assert.equal(inner.kind, 'msg');
    assert.equal(inner.title, 'Peru notes');
    assert.equal(inner.metadata.from, 'Field Office <field@example.org>');
    assert.ok(squash(inner.text).includes((await load('msgEmbedded')).phrase));
    assert.doesNotMatch(inner.text, /<\/?(p|html|body)\b/);
  });

  test('TXT: legacy windows-1252 bytes are detected and decoded', async () => {
    const { result } = await crackFixture('txt');
    assert.equal(result.metadata.charset, 'windows-1252');
    assert.ok(result.text.startsWith('Résumé — Kenya’s background'));
  });

  test('MD: first heading is the title', async () => {
    const { result } = await crackFixture('md');
    assert.equal(result.kind, 'md');
    assert.equal(result.title, 'Canada');
  });

  test('CSV: text kept, shape in metadata', async () => {
    const { result } = await crackFixture('csv');
    assert.equal(result.kind, 'csv');
    assert.equal(result.metadata.columns, 3);
    assert.equal(result.metadata.rows, 2);
  });

  test('JSON: string values with their keys', async () => {
    const { result } = await crackFixture('json');
    assert.equal(result.kind, 'json');
    assert.match(result.text, /^text: /m);
  });

  test('ZIP: members become children with their paths; directories are not files', async () => {
    // The archive's own text is its member list; the phrase lives in a child.
    const result = ok(await crack(await load('zip')));
    assert.equal(result.kind, 'zip');
    assert.equal(result.text, 'docs/china.txt\ndocs/japan.html');
    assert.deepEqual(
      result.children.map((c) => c.path),
      ['docs/china.txt', 'docs/japan.html'],
    );
    const china = ok(await crack(result.children[0]!, {}, 1));
    assert.ok(squash(china.text).includes((await load('zip')).phrase));
  });

  test('ZIP: unsafe members are skipped with a warning, safe ones still cracked', async () => {
    const f = await load('zipMixed');
    const result = ok(await crack(f));
    assert.deepEqual(
      result.children.map((c) => c.path),
      ['safe/china.txt'],
    );
    assert.match(result.warnings.join('\n'), /\.\.\/evil\.txt/);
  });

  test('sniff: type comes from content, the extension only breaks text ties', async () => {
    const pdf = await load('pdfAsDocx');
    assert.deepEqual(await sniff(pdf.bytes, 'report.docx'), {
      mediaType: 'application/pdf',
      kind: 'pdf',
    });
    const docx = await load('docx');
    assert.equal((await sniff(docx.bytes, 'no-extension')).kind, 'docx');
    const odt = await load('odt');
    assert.equal((await sniff(odt.bytes, 'poland.zip')).kind, 'odt');
    const html = await load('html');
    assert.equal((await sniff(html.bytes, 'page.txt')).kind, 'html');
    const eml = await load('eml');
    assert.equal((await sniff(eml.bytes)).kind, 'eml');
    const msg = await load('msg');
    assert.deepEqual(await sniff(msg.bytes, 'briefing.doc'), {
      mediaType: 'application/vnd.ms-outlook',
      kind: 'msg',
    });
    const csv = await load('csv');
    assert.equal((await sniff(csv.bytes)).kind, 'csv');
    assert.equal((await sniff(csv.bytes, 'notes.txt')).kind, 'txt');
  });
});

describe('text that begins like a binary format', () => {
  // Printable signatures file-type knows: a text can carry them by chance.
  const prose =
    ' is a country in Central Africa. Its economy depends on oil, timber and manganese. ';
  const lookalikes = {
    // "G" at offset 0 and again at 188: the MPEG transport stream sync byte.
    mts: `Gabon: Transnational Issues\n\n${'x'.repeat(158)}\nGabon${prose.repeat(8)}`,
    bmp: `BMW and other carmakers${prose.repeat(8)}`,
    exe: `MZ Holdings annual report${prose.repeat(8)}`,
    mp3: `ID3 tags are metadata${prose.repeat(8)}`,
  };

  test('is cracked as text when its head is text throughout', async () => {
    assert.equal(lookalikes.mts.charAt(188), 'G');
    for (const [signature, text] of Object.entries(lookalikes)) {
      const result = await crack({ bytes: new TextEncoder().encode(text), fileName: 'notes.txt' });
      assert.ok(result.ok, `${signature}: ${result.ok ? '' : result.message}`);
      assert.equal(result.kind, 'txt', signature);
      assert.equal(result.mislabelled, false, signature);
    }
  });

  test('the real binary formats behind those signatures are still refused', async () => {
    const packet = (n: number) => [0x47, 0x40, n, 0x10, ...new Array<number>(184).fill(0xff)];
    const binaries = {
      'video/mp2t': Uint8Array.from([...packet(0), ...packet(1), ...packet(2)]),
      'image/bmp': Uint8Array.from([0x42, 0x4d, 0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 0x28, 0]),
    };
    for (const [mediaType, bytes] of Object.entries(binaries)) {
      const result = await crack({ bytes, fileName: 'notes.txt' });
      assert.equal(result.ok ? 'ok' : result.reason, 'unsupported', mediaType);
      assert.ok(!result.ok && result.message.includes(mediaType), mediaType);
    }
  });
});

describe('failures', () => {
  test('mislabelled: a PDF named .docx is cracked as a PDF and flagged', async () => {
    const f = await load('pdfAsDocx');
    const result = ok(await crack(f));
    assert.equal(result.kind, 'pdf');
    assert.equal(result.mislabelled, true);
    assert.ok(squash(result.text).includes(f.phrase));
    assert.match(result.warnings[0]!, /name says Word document but the content is a PDF/);
  });

  test('empty', async () => {
    assert.equal((await failure('empty')).reason, 'empty');
  });

  test('encrypted PDF', async () => {
    const { reason, message } = await failure('pdfEncrypted');
    assert.equal(reason, 'encrypted');
    assert.equal(
      message,
      'This PDF is password-protected; Quarry cannot read it without the password.',
    );
  });

  test('corrupt: truncated PDF', async () => {
    const { reason, message } = await failure('pdfTruncated');
    assert.equal(reason, 'corrupt');
    assert.match(message, /truncated/);
  });

  test('corrupt: truncated DOCX', async () => {
    assert.equal((await failure('docxTruncated')).reason, 'corrupt');
  });

  test('corrupt: truncated MSG', async () => {
    const { reason, message } = await failure('msgTruncated');
    assert.equal(reason, 'corrupt');
    assert.match(message, /Outlook message is damaged/);
  });

  test('corrupt: invalid JSON named .json', async () => {
    const result = await crack({
      bytes: Buffer.from('{"country": "Chile", '),
      fileName: 'chile.json',
    });
    assert.equal(result.ok ? 'ok' : result.reason, 'corrupt');
  });

  test('unsupported: gzip data', async () => {
    const { reason, message } = await failure('gzip');
    assert.equal(reason, 'unsupported');
    assert.match(message, /application\/gzip/);
  });

  test('too-large', async () => {
    const { reason, message } = await failure('docx', { maxBytes: 4096 });
    assert.equal(reason, 'too-large');
    assert.match(message, /4\.0 KB limit/);
  });

  test('zip-bomb: 300 MB of zeros declared in a small archive', async () => {
    const { reason, message } = await failure('zipBomb');
    assert.equal(reason, 'zip-bomb');
    assert.match(message, /300 MB/);
  });

  test('zip-bomb: too many entries', async () => {
    assert.equal((await failure('zip', { maxZipEntries: 1 })).reason, 'zip-bomb');
  });

  test('zip-bomb: total size over the limit', async () => {
    assert.equal((await failure('zip', { maxZipTotalBytes: 1000 })).reason, 'zip-bomb');
  });

  test('too-deep: nested archives fail once the caller passes maxDepth', async () => {
    const f = await load('zipNested');
    let current: { bytes: Uint8Array; fileName: string } = f;
    let depth = 0;
    let result = await crack(current, {}, depth);
    while (result.ok) {
      assert.equal(result.children.length, 1);
      current = result.children[0]!;
      depth += 1;
      result = await crack(current, {}, depth);
    }
    assert.equal(result.reason, 'too-deep');
    assert.equal(depth, 4);
  });

  test('unsafe-path: an archive with only ../ and absolute members', async () => {
    const { reason, message } = await failure('zipUnsafe');
    assert.equal(reason, 'unsafe-path');
    assert.match(message, /\.\.\/evil\.txt/);
  });
});
