import type { DependencyCheck, ServiceStatus } from '../gateway/status.ts';

export interface StatusSummary {
  total: number;
  notReady: number;
  allReady: boolean;
  text: string;
}

/** One line for the top of the status page: "All 5 services ready" / "2 of 5 services not ready". */
export function summarizeStatus(services: readonly ServiceStatus[]): StatusSummary {
  const total = services.length;
  const notReady = services.filter((s) => !s.ready).length;
  const noun = total === 1 ? 'service' : 'services';
  let text: string;
  if (total === 0) text = 'The gateway reported no services';
  else if (notReady === 0) text = total === 1 ? '1 service ready' : `All ${total} services ready`;
  else text = `${notReady} of ${total} ${noun} not ready`;
  return { total, notReady, allReady: total > 0 && notReady === 0, text };
}

/** Not-ready services first, then by name, so problems are at the top. */
export function sortServices(services: readonly ServiceStatus[]): ServiceStatus[] {
  return [...services].sort(
    (a, b) => Number(a.ready) - Number(b.ready) || a.name.localeCompare(b.name),
  );
}

/** "12 ms", "0.4 ms", or "—" when the check reported no latency. */
export function formatLatency(check: DependencyCheck): string {
  if (check.ms === null || check.ms === undefined || !Number.isFinite(check.ms)) return '—';
  return check.ms < 10 ? `${Math.round(check.ms * 10) / 10} ms` : `${Math.round(check.ms)} ms`;
}
