// Formatting for search results and document pages. Fixed to English and UTC so the server
// renders the same thing whatever its locale and time zone (and tests can pin the output).

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "1,234" */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** "1 document", "1,234 documents" */
export function formatCount(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(value)} ${value === 1 ? singular : plural}`;
}

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** "512 B", "1.5 KB", "23 MB" (binary multiples, one decimal below 10). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  let value = bytes;
  let unit: string = 'B';
  for (const next of UNITS) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${unit}`;
}

function parseDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-11-23" (UTC), or "—" when missing or unreadable. */
export function formatDate(iso: string | null | undefined): string {
  return parseDate(iso)?.toISOString().slice(0, 10) ?? '—';
}

/** "2026-11-23 21:59 UTC", or "—". */
export function formatDateTime(iso: string | null | undefined): string {
  const date = parseDate(iso);
  if (!date) return '—';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
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
