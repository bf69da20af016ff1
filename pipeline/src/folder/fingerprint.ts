import type { Stats } from 'node:fs';

/**
 * What the ingest folder remembers of a file to know it unchanged without reading it: its size and
 * modification time to the millisecond. Shared with the stack's sample-corpus loader, which waits
 * for exactly these values.
 */
export function fileFingerprint(info: Pick<Stats, 'size' | 'mtimeMs'>): string {
  return `${info.size}:${Math.trunc(info.mtimeMs)}`;
}
