import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/**
 * Streams one entry out of a zip file (a jar or a Python wheel) without unpacking the rest and
 * without a native or external unzip. Reads the central directory at the end of the file, then the
 * entry's local header; supports the two methods jars and wheels use (stored, deflate), not zip64
 * (both inputs are far below 4 GB).
 */
export async function zipEntryStream(zipPath: string, entryName: string): Promise<Readable> {
  const file = await open(zipPath, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, 65_557); // end record (22) + longest comment (65,535)
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const endAt = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (endAt < 0) throw new Error(`${zipPath} is not a zip file (no end-of-directory record)`);
    const entries = tail.readUInt16LE(endAt + 10);
    const directorySize = tail.readUInt32LE(endAt + 12);
    const directoryOffset = tail.readUInt32LE(endAt + 16);
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);

    let at = 0;
    for (let i = 0; i < entries; i++) {
      if (directory.readUInt32LE(at) !== 0x02014b50) throw new Error(`${zipPath}: bad directory`);
      const method = directory.readUInt16LE(at + 10);
      const compressedSize = directory.readUInt32LE(at + 20);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const localOffset = directory.readUInt32LE(at + 42);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      at += 46 + nameLength + extraLength + commentLength;
      if (name !== entryName) continue;
      if (compressedSize === 0xffffffff || localOffset === 0xffffffff)
        throw new Error(
          `${zipPath}: ${entryName} is a zip64 entry, which this reader does not support`,
        );
      const local = Buffer.alloc(30);
      await file.read(local, 0, 30, localOffset);
      const dataStart = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const raw = createReadStream(zipPath, {
        start: dataStart,
        end: dataStart + compressedSize - 1,
      });
      if (method === 0) return raw;
      if (method === 8) {
        const inflate = createInflateRaw();
        raw.on('error', (error) => inflate.destroy(error));
        return raw.pipe(inflate);
      }
      throw new Error(`${zipPath}: ${entryName} uses compression method ${method}`);
    }
    throw new Error(`${zipPath} has no entry ${entryName}`);
  } finally {
    await file.close();
  }
}

export async function readZipEntryText(zipPath: string, entryName: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await zipEntryStream(zipPath, entryName)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
