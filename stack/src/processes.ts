import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export interface ProcessSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

/** Where a managed process keeps its pid and log inside the profile's data folder. */
export function paths(dataDir: string, name: string) {
  return { pid: join(dataDir, 'run', `${name}.pid`), log: join(dataDir, 'logs', `${name}.log`) };
}

/** The kernel's start time of a process (field 22 of /proc/<pid>/stat), or null when it is gone. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; fields after it are space-separated.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The pid of a process this stack started and that still runs. The pid file records the process's
 * start time too, so a pid reused by an unrelated program counts as not running, and `down` can
 * never kill someone else's process.
 */
export function runningPid(dataDir: string, name: string): number | null {
  const file = paths(dataDir, name).pid;
  if (!existsSync(file)) return null;
  const [pidText, started] = readFileSync(file, 'utf8').trim().split(' ');
  const pid = Number.parseInt(pidText ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
  return started === undefined || startTime(pid) === started ? pid : null;
}

/** Starts a detached process group whose output goes to the service's log file. */
export function startProcess(dataDir: string, name: string, spec: ProcessSpec): number {
  const { pid: pidFile, log } = paths(dataDir, name);
  mkdirSync(join(dataDir, 'run'), { recursive: true });
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const out = openSync(log, 'a');
  writeFileSync(
    log,
    `\n--- ${new Date().toISOString()} starting ${name}: ${spec.command} ${spec.args.join(' ')}\n`,
    { flag: 'a' },
  );
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  if (child.pid === undefined) throw new Error(`${name}: could not start ${spec.command}`);
  child.unref();
  writeFileSync(pidFile, `${child.pid} ${startTime(child.pid) ?? ''}`.trim() + '\n');
  return child.pid;
}

/** Stops a process group: SIGTERM (or `stopSignal`), then SIGKILL after the grace period. */
export async function stopProcess(
  dataDir: string,
  name: string,
  graceMs = 30_000,
  stopSignal: NodeJS.Signals = 'SIGTERM',
): Promise<boolean> {
  const pid = runningPid(dataDir, name);
  const pidFile = paths(dataDir, name).pid;
  if (pid === null) {
    rmSync(pidFile, { force: true });
    return false;
  }
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  signal(stopSignal);
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(pid)) signal('SIGKILL');
  rmSync(pidFile, { force: true });
  return true;
}

/** The last `lines` lines of a service's log, for error messages. */
export function logTail(dataDir: string, name: string, lines = 30): string {
  const { log } = paths(dataDir, name);
  if (!existsSync(log)) return '(no log yet)';
  return readFileSync(log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
