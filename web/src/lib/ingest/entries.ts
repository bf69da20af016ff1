// Walks what was dropped on the drop zone: files and whole folders (via the File and Directory
// Entries API, DataTransferItem.webkitGetAsEntry()). The types below are the structural subset of
// FileSystemEntry that the walk uses, so the walk runs in unit tests with plain objects.

export interface FsFileEntry<F> {
  isFile: true;
  isDirectory: false;
  name: string;
  fullPath: string;
  file(success: (file: F) => void, failure?: (error: unknown) => void): void;
}

export interface FsDirectoryEntry<F> {
  isFile: false;
  isDirectory: true;
  name: string;
  fullPath: string;
  createReader(): {
    readEntries(success: (entries: FsEntry<F>[]) => void, failure?: (error: unknown) => void): void;
  };
}

export type FsEntry<F> = FsFileEntry<F> | FsDirectoryEntry<F>;

export interface WalkedFile<F> {
  file: F;
  /** Path relative to the drop, without the leading slash: "folder/sub/a.pdf". */
  path: string;
}

export interface WalkResult<F> {
  files: WalkedFile<F>[];
  /** Entries that could not be read (permissions, vanished files), as "path: reason". */
  errors: string[];
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function readFile<F>(entry: FsFileEntry<F>): Promise<F> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/**
 * All children of a directory. readEntries() hands them out in batches (Chromium: 100 at a time)
 * and signals the end with an empty batch, so it must be called until it returns nothing.
 */
async function readAllEntries<F>(entry: FsDirectoryEntry<F>): Promise<FsEntry<F>[]> {
  const reader = entry.createReader();
  const all: FsEntry<F>[] = [];
  for (;;) {
    const batch = await new Promise<FsEntry<F>[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/**
 * Collects every file under the dropped entries, depth first, keeping each file's path relative
 * to the drop. The entries must be taken from the DataTransfer synchronously inside the drop
 * handler (the list is emptied once the event returns); this walk may then run asynchronously.
 * `onProgress` reports the running file count for large folders.
 */
export async function walkEntries<F>(
  roots: readonly FsEntry<F>[],
  onProgress?: (filesFound: number) => void,
): Promise<WalkResult<F>> {
  const files: WalkedFile<F>[] = [];
  const errors: string[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    const path = entry.fullPath.replace(/^\/+/, '') || entry.name;
    try {
      if (entry.isFile) {
        files.push({ file: await readFile(entry), path });
        if (files.length % 100 === 0) onProgress?.(files.length);
      } else {
        const children = await readAllEntries(entry);
        // Reversed onto the stack so files come out in the directory's own order.
        for (let i = children.length - 1; i >= 0; i -= 1) {
          const child = children[i];
          if (child) stack.push(child);
        }
      }
    } catch (error) {
      errors.push(`${path}: ${describe(error)}`);
    }
  }
  onProgress?.(files.length);
  return { files, errors };
}
