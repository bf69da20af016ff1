// Formatting for the ingest pages: sizes, percentages, durations, rates. Fixed to English and UTC
// so server and browser render the same text (no hydration mismatch) and tests can pin the output.

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

/** "512 B", "1.5 KB", "23 MB" (binary multiples, one decimal below 10). */
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

/**
 * 0..1 → "42%". Rounds down so "100%" only shows when everything is finished, and shows "<1%" for a
 * started job rather than a misleading "0%".
 */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction) || fraction <= 0) return '0%';
  if (fraction >= 1) return '100%';
  if (fraction < 0.01) return '<1%';
  return `${Math.floor(fraction * 100)}%`;
}

/** Seconds → "45 s", "4 min", "1 h 20 min", "2 d 3 h"; "—" when unknown. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0)
    return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest ? `${days} d ${rest} h` : `${days} d`;
}

/** Files per minute → "12 files/min", "0.5 files/min", "—" when nothing moved. */
export function formatThroughput(perMinute: number): string {
  if (!Number.isFinite(perMinute) || perMinute <= 0) return '—';
  const value = perMinute < 10 ? Math.round(perMinute * 10) / 10 : Math.round(perMinute);
  return `${value.toLocaleString('en-US')} files/min`;
}

function parseDate(iso: string | null | undefined): Date | null {
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
