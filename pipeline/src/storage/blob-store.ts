import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
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

/**
 * Originals, stored unchanged under their SHA-256 (`blobs/ab/cd/<hash>`): the same bytes twice are
 * one file. Writes go to a temporary file first and are renamed into place, so a reader never
 * sees half a blob and a crash leaves only a temp file behind.
 */
export class BlobStore {
  readonly root: string;
  private tmpReady: Promise<unknown> | null = null;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'blobs');
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** Streams `source` to disk while hashing it; never holds the whole file in memory. */
  async putStream(source: Readable, maxBytes: number): Promise<StoredBlob> {
    const tmp = await this.tmpPath();
    const hash = createHash('sha256');
    let sizeBytes = 0;
    try {
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            sizeBytes += chunk.length;
            if (sizeBytes > maxBytes) throw new TooLargeError(maxBytes);
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(tmp, { mode: 0o640 }),
      );
      const sha256 = hash.digest('hex');
      await this.moveIntoPlace(tmp, sha256);
      return { sha256, sizeBytes };
    } catch (error) {
      // The temp folder was removed under us: make it again for the next file.
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
    const target = this.pathOf(sha256);
    if (!(await this.has(sha256))) {
      const tmp = await this.tmpPath();
      try {
        await pipeline(
          (async function* () {
            yield bytes;
          })(),
          createWriteStream(tmp, { mode: 0o640 }),
        );
        await this.moveIntoPlace(tmp, sha256);
      } finally {
        await rm(tmp, { force: true });
      }
    }
    return { sha256, sizeBytes: (await stat(target)).size };
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  read(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }

  open(sha256: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.pathOf(sha256), range);
  }

  private async moveIntoPlace(tmp: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    // Same bytes already stored: rename over it is harmless (identical content) and atomic. The
    // two-level folder usually exists already: made only when the rename says it is missing.
    await rename(tmp, target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await mkdir(dirname(target), { recursive: true });
      await rename(tmp, target);
    });
  }
}
