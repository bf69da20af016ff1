import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { crc32, deflateRawSync } from 'node:zlib';
import { readZipEntryText } from './zip-entry.ts';

/** A zip file written by hand: one entry stored, one deflated, as jars and wheels hold them. */
function zip(entries: Array<{ name: string; text: string; deflate: boolean }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.from(entry.text);
    const data = entry.deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const dir = mkdtempSync(join(tmpdir(), 'quarry-zip-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('stored and deflated entries read back; a missing entry is named in the error', async () => {
  const file = join(dir, 'a.jar');
  writeFileSync(
    file,
    zip([
      { name: 'META-INF/MANIFEST.MF', text: 'Manifest-Version: 1.0\n', deflate: false },
      {
        name: 'data/cities.json',
        text: JSON.stringify({ Paris: 2138551 }).repeat(50),
        deflate: true,
      },
    ]),
  );
  assert.equal(await readZipEntryText(file, 'META-INF/MANIFEST.MF'), 'Manifest-Version: 1.0\n');
  assert.equal(
    await readZipEntryText(file, 'data/cities.json'),
    JSON.stringify({ Paris: 2138551 }).repeat(50),
  );
  await assert.rejects(readZipEntryText(file, 'nope.txt'), /no entry nope\.txt/);
  const notZip = join(dir, 'b.jar');
  writeFileSync(notZip, 'plain text');
  await assert.rejects(readZipEntryText(notZip, 'x'), /not a zip file/);
});
