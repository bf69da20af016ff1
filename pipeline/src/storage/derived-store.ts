import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * What cracking produced for a document of several chunks, kept beside the originals while its
 * chunks are enriched: enrichment workers read only their chunk of the text, and the index job
 * the rest. (Documents enriched inside their crack job need none of it.)
 * Every write is atomic (temp file + rename): a killed worker leaves the previous state or none.
 */
export class DerivedStore {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'derived');
  }

  private dir(documentId: string): string {
    if (!/^[0-9a-f]{32}$/.test(documentId)) throw new Error(`not a document id: ${documentId}`);
    return join(this.root, documentId.slice(0, 2), documentId);
  }

  private async writeAtomic(path: string, data: string): Promise<void> {
    const tmp = `${path}.${randomUUID()}.tmp`;
    try {
      // The folder usually exists (a document's files share it): create it only when missing.
      await writeFile(tmp, data).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        await mkdir(dirname(path), { recursive: true });
        await writeFile(tmp, data);
      });
      await rename(tmp, path);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async writeText(documentId: string, text: string): Promise<void> {
    await this.writeAtomic(join(this.dir(documentId), 'text.txt'), text);
  }

  readText(documentId: string): Promise<string> {
    return readFile(join(this.dir(documentId), 'text.txt'), 'utf8');
  }

  /** Reads bytes [start, end) of the UTF-8 text: a chunk, without loading the whole text. */
  async readTextBytes(documentId: string, start: number, end: number): Promise<string> {
    const handle = await open(join(this.dir(documentId), 'text.txt'), 'r');
    try {
      const buffer = Buffer.alloc(end - start);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  }

  async writeJson(documentId: string, name: string, value: unknown): Promise<void> {
    await this.writeAtomic(join(this.dir(documentId), `${name}.json`), JSON.stringify(value));
  }

  async readJson<T>(documentId: string, name: string): Promise<T | null> {
    try {
      return JSON.parse(await readFile(join(this.dir(documentId), `${name}.json`), 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Per-run chunk results live in their own folder so an older run's leftovers never mix in. */
  chunkResultName(runId: string, seq: number): string {
    return join(`run-${runId}`, `chunk-${String(seq).padStart(5, '0')}`);
  }

  async countChunkResults(documentId: string, runId: string): Promise<number> {
    try {
      const names = await readdir(join(this.dir(documentId), `run-${runId}`));
      return names.filter((name) => name.endsWith('.json')).length;
    } catch {
      return 0;
    }
  }

  /** Drops chunk results of runs other than `keepRunId` (after a successful index). */
  async pruneRuns(documentId: string, keepRunId: string): Promise<void> {
    const dir = this.dir(documentId);
    const names = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(
      names
        .filter((name) => name.startsWith('run-') && name !== `run-${keepRunId}`)
        .map((name) => rm(join(dir, name), { recursive: true, force: true })),
    );
  }
}
