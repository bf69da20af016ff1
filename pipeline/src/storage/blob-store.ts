import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export class TooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`the file is larger than the ${Math.round(limit / 1024 / 1024)} MB limit`);
    this.limit = limit;
  }
}

export interface StoredBlob {
  sha256: string;
  sizeBytes: number;
}

const SHA256 = /^[0-9a-f]{64}$/;

const missing = (error: NodeJS.ErrnoException) => {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return false;
  throw error;
};

/** Files up to this size are read whole before they are written (one write instead of a stream). */
const SMALL_BLOB_BYTES = 256 * 1024;

/**
 * Originals, stored unchanged under their SHA-256 (`blobs/ab/<hash>`): the same bytes twice are
 * one file. Writes go to a temporary file first and are renamed into place, so a reader never
 * sees half a blob and a crash leaves only a temp file behind.
 *
 * One level of 256 folders, not two: a new folder costs the file system more than a new file, and
 * with two levels nearly every blob of a store's first 65,536 made one (measured on ext4: see
 * docs/measurements.md). 256 folders hold millions of files each
 * well with indexed directories. Blobs that stores made before keep their `ab/cd/<hash>` path
 * and are still found there.
 */
export class BlobStore {
  readonly root: string;
  private tmpReady: Promise<unknown> | null = null;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'blobs');
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Where stores before the one-level layout put a blob. */
  private legacyPathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** The path a stored blob is at (either layout), or null when it is not stored. */
  async locate(sha256: string): Promise<string | null> {
    for (const path of [this.pathOf(sha256), this.legacyPathOf(sha256)]) {
      if (await stat(path).then(() => true, missing)) return path;
    }
    return null;
  }

  /**
   * Stores `source` while hashing it. A file of up to SMALL_BLOB_BYTES (most) is read whole and
   * written with one call; a larger one is streamed to disk, never held whole in memory.
   */
  async putStream(source: Readable, maxBytes: number): Promise<StoredBlob> {
    const hash = createHash('sha256');
    const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    let sizeBytes = 0;
    const take = (chunk: Buffer) => {
      sizeBytes += chunk.length;
      if (sizeBytes > maxBytes) throw new TooLargeError(maxBytes);
      hash.update(chunk);
      return chunk;
    };
    const head: Buffer[] = [];
    try {
      while (sizeBytes <= SMALL_BLOB_BYTES) {
        const step = await chunks.next();
        if (step.done) return await this.putSmall(Buffer.concat(head), hash.digest('hex'));
        head.push(take(step.value));
      }
    } catch (error) {
      await chunks.return?.();
      throw error;
    }
    const tmp = await this.tmpPath();
    try {
      await pipeline(
        async function* () {
          yield* head;
          for (let step = await chunks.next(); !step.done; step = await chunks.next()) {
            yield take(step.value);
          }
        },
        createWriteStream(tmp, { mode: 0o640 }),
      );
      const sha256 = hash.digest('hex');
      await this.moveIntoPlace(tmp, sha256);
      return { sha256, sizeBytes };
    } catch (error) {
      await chunks.return?.();
      // The temp folder was removed under us: make it again for the next file.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.tmpReady = null;
      await rm(tmp, { force: true });
      throw error;
    }
  }

  /** A small file already in memory: one write to a temp file, then renamed into place. */
  private async putSmall(bytes: Buffer, sha256: string): Promise<StoredBlob> {
    const tmp = await this.tmpPath();
    try {
      await writeFile(tmp, bytes, { mode: 0o640 });
      await this.moveIntoPlace(tmp, sha256);
      return { sha256, sizeBytes: bytes.length };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.tmpReady = null;
      await rm(tmp, { force: true });
      throw error;
    }
  }

  /** A fresh temporary file name; the temp folder is made once per process. */
  private async tmpPath(): Promise<string> {
    const tmpDir = join(this.root, 'tmp');
    this.tmpReady ??= mkdir(tmpDir, { recursive: true }).catch((error: unknown) => {
      this.tmpReady = null;
      throw error;
    });
    await this.tmpReady;
    return join(tmpDir, randomUUID());
  }

  /** For files found inside other files: they are already in memory (bounded by the cracker). */
  async putBytes(bytes: Uint8Array): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (await this.has(sha256)) return { sha256, sizeBytes: bytes.byteLength };
    return this.putSmall(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.locate(sha256)) !== null;
  }

  read(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      return readFile(this.legacyPathOf(sha256));
    });
  }

  /** A stream of a blob `locate` found. */
  open(path: string, range?: { start: number; end: number }): Readable {
    return createReadStream(path, range);
  }

  private async moveIntoPlace(tmp: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    // Same bytes already stored: rename over it is harmless (identical content) and atomic. The
    // folder usually exists already: made only when the rename says it is missing.
    await rename(tmp, target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await mkdir(dirname(target), { recursive: true });
      await rename(tmp, target);
    });
  }
}
