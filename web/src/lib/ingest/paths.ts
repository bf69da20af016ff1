// Which picked files to send and under which relative path. Pure (no DOM types), unit-tested.

/** Operating-system litter that is never worth ingesting; matched on a path segment, case-insensitively. */
const JUNK_NAMES = new Set(['.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini', '.localized']);
const JUNK_FOLDERS = new Set(['__macosx', '.spotlight-v100', '.trashes', '.fseventsd']);

/**
 * True for files the upload skips: Finder/Explorer metadata, macOS resource forks ("._name"),
 * Office lock files ("~$name.docx") and anything inside a __MACOSX folder. Zero-byte files are NOT
 * junk: they are sent and the server reports them as empty.
 */
export function isJunkPath(path: string): boolean {
  const segments = path.split('/').filter(Boolean);
  const name = segments.at(-1)?.toLowerCase() ?? '';
  if (!name) return true;
  if (JUNK_NAMES.has(name) || name.startsWith('._') || name.startsWith('~$')) return true;
  return segments.slice(0, -1).some((segment) => JUNK_FOLDERS.has(segment.toLowerCase()));
}

/**
 * The path a picked file is sent under: the folder-relative path when the browser gave one
 * (folder input: webkitRelativePath "docs/a.pdf"; drag and drop: entry.fullPath "/docs/a.pdf"),
 * else the bare file name. Backslashes become slashes and empty or "." segments are dropped;
 * the server checks the path again (".." and absolute paths are refused there).
 */
export function relativePathOf(name: string, relativePath?: string | null): string {
  const raw = relativePath?.trim() ? relativePath : name;
  const cleaned = raw
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
  return cleaned || name;
}

export interface PickedFile<F> {
  file: F;
  path: string;
}

export interface SelectionResult<F> {
  added: PickedFile<F>[];
  /** Junk files left out. */
  skippedJunk: number;
  /** Files whose path is already in the list (the first one stays). */
  skippedDuplicates: number;
}

/**
 * Adds newly picked files to a list: junk is dropped, and a path that is already listed is not
 * added twice (picking the same folder again must not upload everything twice).
 */
export function selectFiles<F>(
  existingPaths: ReadonlySet<string>,
  picked: readonly PickedFile<F>[],
): SelectionResult<F> {
  const seen = new Set(existingPaths);
  const added: PickedFile<F>[] = [];
  let skippedJunk = 0;
  let skippedDuplicates = 0;
  for (const entry of picked) {
    if (isJunkPath(entry.path)) skippedJunk += 1;
    else if (seen.has(entry.path)) skippedDuplicates += 1;
    else {
      seen.add(entry.path);
      added.push(entry);
    }
  }
  return { added, skippedJunk, skippedDuplicates };
}

/** Where a multipart form of several files goes (send-form.ts). */
export function formUploadUrl(jobId: string): string {
  return `/api/ingest/jobs/${encodeURIComponent(jobId)}/files`;
}

/** The same-origin URL a file is PUT to: the path travels URL-encoded in the query string. */
export function uploadUrl(jobId: string, path: string): string {
  return `/api/ingest/jobs/${encodeURIComponent(jobId)}/files?path=${encodeURIComponent(path)}`;
}
