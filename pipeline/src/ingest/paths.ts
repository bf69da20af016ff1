/** Why a relative path was refused; null when it is fine. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Normalises a client-supplied relative path (`folder/sub/file.pdf`). Paths are only labels in
 * Quarry (originals are stored by hash), but they are shown, searched and used for versioning, so
 * they are kept clean: no traversal, no absolute paths, no control characters, bounded length.
 */
export function normaliseRelativePath(
  raw: string,
): { path: string; name: string } | { error: string } {
  const path = raw.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\.\//, '');
  if (!path) return { error: 'path is empty' };
  if (path.length > 1024) return { error: 'path is longer than 1024 characters' };
  if (CONTROL.test(path)) return { error: 'path contains control characters' };
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return { error: 'path must be relative' };
  const segments = path.split('/');
  if (segments.some((s) => s === '..' || s === '.'))
    return { error: 'path must not contain . or .. segments' };
  if (segments.some((s) => s.length > 255))
    return { error: 'a path segment is longer than 255 characters' };
  const name = segments.at(-1) ?? '';
  if (!name) return { error: 'path must end with a file name' };
  return { path, name };
}
