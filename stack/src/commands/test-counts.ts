/** Pass/fail counts read from the runners' own summaries (node:test and Playwright). */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export const ZERO: Counts = { passed: 0, failed: 0, skipped: 0 };

const sum = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].reduce((n, m) => n + Number(m[1]), 0);

export function countTests(output: string): Counts {
  return {
    // node:test prints "ℹ pass 12" (possibly behind a turbo/npm prefix); Playwright prints "  3 passed (5s)".
    passed: sum(output, /ℹ pass (\d+)/g) + sum(output, /^\s*(\d+) passed\b/gm),
    failed: sum(output, /ℹ fail (\d+)/g) + sum(output, /^\s*(\d+) failed\b/gm),
    skipped: sum(output, /ℹ skipped (\d+)/g) + sum(output, /^\s*(\d+) skipped\b/gm),
  };
}

export function add(a: Counts, b: Counts): Counts {
  return {
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
  };
}
