/**
 * What a failed Turbo run should say at the very end of `quarry test`. CI shows only the tail of a
 * run's output, and Turbo's own "Failed:" line sits far above it among the later tiers, so a failed
 * lint, typecheck or unit task is named again, with the last lines it printed.
 */

/** The tasks Turbo lists after "Failed:" (one line, comma- or space-separated), e.g. `@quarry/web#lint`. */
export function failedTurboTasks(output: string): string[] {
  const tasks = new Set<string>();
  for (const line of output.split('\n')) {
    const listed = /^\s*Failed:\s+(.*)$/.exec(line);
    if (!listed?.[1]) continue;
    for (const task of listed[1].matchAll(/[@\w./-]+#[\w:-]+/g)) tasks.add(task[0]);
  }
  return [...tasks];
}

const NOTABLE = /\b(error|Error|ERR!?)\b|✖/;

/**
 * What a task printed, found by Turbo's `<package>:<task>: ` prefix: its last `lines` lines, after
 * up to `lines` earlier lines that look like errors (a test runner may report an error long before
 * its summary, e.g. activity after a test ended).
 */
export function taskOutputTail(output: string, task: string, lines = 40): string[] {
  const prefix = `${task.replace('#', ':')}: `;
  const own = output
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length));
  const tail = own.slice(-lines);
  const earlierErrors = own.slice(0, -lines).filter((line) => NOTABLE.test(line));
  return [...earlierErrors.slice(0, lines), ...tail];
}
