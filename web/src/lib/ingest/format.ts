// Formatting for the ingest pages: percentages, durations, rates (and the shared counts, sizes and
// timestamps of ../format.ts).
export { formatBytes, formatCount, formatDateTime, formatInteger } from '../format.ts';

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
