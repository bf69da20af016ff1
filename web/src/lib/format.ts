// Formatting shared by every page: counts, sizes and timestamps. Fixed to English and UTC so the
// server and the browser render the same text (no hydration mismatch) and tests can pin the output.

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "1,234" */
export function formatInteger(value: number): string {
  return Number.isFinite(value) ? integer.format(value) : '—';
}

/** "1 file", "1,234 files" */
export function formatCount(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(value)} ${value === 1 ? singular : plural}`;
}

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** "512 B", "1.5 KB", "23 MB" (binary multiples, one decimal below 10, rounded down). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  let value = bytes;
  let unit = 'B';
  for (const next of UNITS) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  const rounded = value < 10 ? Math.floor(value * 10) / 10 : Math.floor(value);
  return `${rounded} ${unit}`;
}

export function parseDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-11-23 21:59 UTC", or "—". */
export function formatDateTime(iso: string | null | undefined): string {
  const date = parseDate(iso);
  if (!date) return '—';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
