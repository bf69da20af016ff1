/**
 * Pass/fail counts read from the runners' own summaries (node:test and Playwright), with the names
 * of tests that passed only on a retry: Playwright retries a failed test once in CI and then counts
 * it as "flaky", not as passed, so without this a flaky test vanished from the total.
 */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Tests that failed, then passed on a retry; counted in `passed` too, and named here. */
  flaky: string[];
}

export const ZERO: Counts = { passed: 0, failed: 0, skipped: 0, flaky: [] };

const sum = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].reduce((n, m) => n + Number(m[1]), 0);

/** Playwright's summary lists each flaky test under "  N flaky" as `    [project] › file:line › title`. */
function flakyTests(output: string): string[] {
  const names: string[] = [];
  for (const block of output.matchAll(/^\s*\d+ flaky\n((?:\s+\[.*\n?)+)/gm)) {
    names.push(...block[1]!.split('\n').map((line) => line.trim().replace(/\s*─+$/u, '')));
  }
  return names.filter(Boolean);
}

export function countTests(output: string): Counts {
  const flaky = flakyTests(output);
  return {
    // node:test prints "ℹ pass 12" (possibly behind a turbo/npm prefix); Playwright prints "  3 passed (5s)".
    passed: sum(output, /ℹ pass (\d+)/g) + sum(output, /^\s*(\d+) passed\b/gm) + flaky.length,
    failed: sum(output, /ℹ fail (\d+)/g) + sum(output, /^\s*(\d+) failed\b/gm),
    skipped: sum(output, /ℹ skipped (\d+)/g) + sum(output, /^\s*(\d+) skipped\b/gm),
    flaky,
  };
}

export function add(a: Counts, b: Counts): Counts {
  return {
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
    flaky: [...a.flaky, ...b.flaky],
  };
}

/** The closing lines of `quarry test`: flaky tests by name, then the one plain total line. */
export function summaryLines(counts: Counts): string[] {
  const lines =
    counts.flaky.length === 0
      ? []
      : [
          `Flaky: ${counts.flaky.length} test(s) failed, then passed on a retry (counted as passed):`,
          ...counts.flaky.map((name) => `  ${name}`),
        ];
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  return [...lines, `Total: ${counts.passed} passed, ${counts.failed} failed${skipped}`];
}
