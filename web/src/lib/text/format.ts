// Formatting for search results and document pages (and the shared counts, sizes and timestamps
// of ../format.ts). Fixed to English and UTC so the output never depends on the server's locale.

import { parseDate } from '../format.ts';

export { formatBytes, formatCount, formatDateTime, formatInteger } from '../format.ts';

/** "2026-11-23" (UTC), or "—" when missing or unreadable. */
export function formatDate(iso: string | null | undefined): string {
  return parseDate(iso)?.toISOString().slice(0, 10) ?? '—';
}

/** 0.873 → "87%"; tiny non-zero shares show as "<1%". */
export function formatShare(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return '0%';
  if (share < 0.005) return '<1%';
  return `${Math.round(Math.min(1, share) * 100)}%`;
}

let languageNames: Intl.DisplayNames | null = null;

/** "de" → "German". Unknown or malformed codes come back unchanged. */
export function languageName(code: string): string {
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  try {
    const name = languageNames.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}
