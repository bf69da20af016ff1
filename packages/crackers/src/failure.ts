import type { CrackFailure } from './types.ts';

/**
 * Thrown inside format modules to end cracking with a specific reason; crack()
 * turns it into `{ ok: false }`. Any other exception from a parser means the
 * input is damaged and becomes 'corrupt'.
 */
export class CrackFailed extends Error {
  readonly reason: CrackFailure;

  constructor(reason: CrackFailure, message: string) {
    super(message);
    this.name = 'CrackFailed';
    this.reason = reason;
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
