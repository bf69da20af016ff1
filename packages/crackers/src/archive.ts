// Bounded ZIP access shared by the ZIP cracker and the OOXML/ODF crackers (which are
// ZIPs too, and can be bombs too). yauzl reads the central directory without
// inflating anything, so every limit is checked on declared sizes first; when a
// member is read, yauzl's validateEntrySizes plus our own byte count stop a member
// that inflates past what it declared.
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { asBuffer } from './buffers.ts';
import { CrackFailed, formatBytes } from './failure.ts';
import type { CrackLimits } from './types.ts';

/** Members smaller than this are never called bombs, whatever their ratio. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ArchiveMember {
  path: string;
  size: number;
  compressedSize: number;
  isDirectory: boolean;
  encrypted: boolean;
  /** Why the path is unsafe to use (absolute, `..`), or null when it is fine. */
  unsafe: string | null;
  entry: Entry;
}

export interface Archive {
  members: ArchiveMember[];
  byPath: Map<string, ArchiveMember>;
  read(member: ArchiveMember, maxBytes: number): Promise<Uint8Array>;
  readText(path: string): Promise<string | undefined>;
  close(): void;
}

type ArchiveLimits = Pick<CrackLimits, 'maxZipEntries' | 'maxZipTotalBytes' | 'maxZipRatio'>;

export function unsafePathReason(path: string): string | null {
  if (path.includes('\0')) return 'contains a NUL character';
  const normalized = path.replace(/\\/g, '/');
  if (normalized.startsWith('/') || /^[a-zA-Z]:/.test(normalized)) return 'is an absolute path';
  if (normalized.split('/').includes('..')) return 'climbs out of the archive with ..';
  return yauzl.validateFileName(normalized);
}

function openBuffer(bytes: Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings: false stops yauzl from failing the whole archive on one bad
    // name; we decode and judge each name ourselves so safe members survive.
    yauzl.fromBuffer(
      asBuffer(bytes),
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    );
  });
}

function readEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

export async function openArchive(bytes: Uint8Array, limits: ArchiveLimits): Promise<Archive> {
  let zip: ZipFile;
  try {
    zip = await openBuffer(bytes);
  } catch (err) {
    throw new CrackFailed(
      'corrupt',
      `This archive is damaged or incomplete (${(err as Error).message}).`,
    );
  }
  // The entry count comes from the end-of-central-directory record: refuse before
  // walking millions of entries.
  if (zip.entryCount > limits.maxZipEntries) {
    zip.close();
    throw new CrackFailed(
      'zip-bomb',
      `This archive declares ${zip.entryCount} entries, more than the limit of ${limits.maxZipEntries}; Quarry refuses it as a likely zip bomb.`,
    );
  }
  let entries: Entry[];
  try {
    entries = await readEntries(zip);
  } catch (err) {
    zip.close();
    throw new CrackFailed(
      'corrupt',
      `This archive's directory is damaged (${(err as Error).message}).`,
    );
  }

  const members: ArchiveMember[] = entries.map((entry) => {
    const raw = entry.fileNameRaw ?? entry.fileName;
    const path = yauzl.getFileNameLowLevel(
      entry.generalPurposeBitFlag,
      raw,
      entry.extraFields,
      false,
    );
    return {
      path,
      size: entry.uncompressedSize,
      compressedSize: entry.compressedSize,
      isDirectory: path.endsWith('/'),
      encrypted: entry.isEncrypted(),
      unsafe: unsafePathReason(path),
      entry,
    };
  });

  const total = members.reduce((sum, m) => sum + m.size, 0);
  const bomb = (message: string): never => {
    zip.close();
    throw new CrackFailed('zip-bomb', `${message}; Quarry refuses it as a likely zip bomb.`);
  };
  if (total > limits.maxZipTotalBytes) {
    bomb(
      `This archive would expand to ${formatBytes(total)}, more than the ${formatBytes(limits.maxZipTotalBytes)} limit`,
    );
  }
  for (const m of members) {
    const ratio = m.size / Math.max(m.compressedSize, 1);
    if (m.size > RATIO_FLOOR_BYTES && ratio > limits.maxZipRatio) {
      bomb(
        `The member ${m.path} would expand from ${formatBytes(m.compressedSize)} to ${formatBytes(m.size)} (ratio ${Math.round(ratio)}:1, limit ${limits.maxZipRatio}:1)`,
      );
    }
  }
  const overall = total / Math.max(bytes.byteLength, 1);
  if (total > RATIO_FLOOR_BYTES && overall > limits.maxZipRatio) {
    bomb(
      `This archive would expand from ${formatBytes(bytes.byteLength)} to ${formatBytes(total)} (ratio ${Math.round(overall)}:1, limit ${limits.maxZipRatio}:1)`,
    );
  }

  const byPath = new Map(members.map((m) => [m.path, m]));

  const read = (member: ArchiveMember, maxBytes: number): Promise<Uint8Array> =>
    new Promise((resolve, reject) => {
      if (member.size > maxBytes) {
        reject(
          new CrackFailed(
            'too-large',
            `The member ${member.path} is ${formatBytes(member.size)}, more than ${formatBytes(maxBytes)}.`,
          ),
        );
        return;
      }
      zip.openReadStream(member.entry, (err, stream) => {
        if (err) {
          reject(err);
          return;
        }
        const chunks: Buffer[] = [];
        let length = 0;
        stream.on('data', (chunk: Buffer) => {
          length += chunk.length;
          // yauzl checks this too; counting here keeps the guarantee local.
          if (length > member.size) {
            stream.destroy(
              new CrackFailed(
                'zip-bomb',
                `The member ${member.path} inflates past its declared size.`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        });
        stream.once('error', reject);
        stream.once('end', () => resolve(Buffer.concat(chunks, length)));
      });
    });

  const readText = async (path: string): Promise<string | undefined> => {
    const member = byPath.get(path);
    if (!member || member.isDirectory) return undefined;
    const bytesRead = await read(member, limits.maxZipTotalBytes);
    return new TextDecoder('utf-8').decode(bytesRead);
  };

  return { members, byPath, read, readText, close: () => zip.close() };
}
