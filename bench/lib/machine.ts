// What the figures were measured on: printed with every run, since they only mean something with it.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  /** CPUs this process may run on (taskset), from /proc/self/status. */
  allowedCpus: string;
  cpuModel: string;
  memoryGiB: number;
  node: string;
}

function allowedCpus(): string {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    return /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** User and kernel CPU seconds of a process of this machine (Linux /proc; USER_HZ is 100). */
export function processCpuSeconds(pid: number): { user: number; system: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
  } catch {
    return { user: Number.NaN, system: Number.NaN };
  }
}

export function machine(): Machine {
  const list = cpus();
  return {
    cores: list.length,
    allowedCpus: allowedCpus(),
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}

export function describeMachine(m: Machine = machine()): string {
  return `${m.cores} cores (${m.cpuModel}), process pinned to CPUs ${m.allowedCpus}, ${m.memoryGiB} GiB memory, Node ${m.node}`;
}

/** Other work on the machine skews every figure: print the load average beside them. */
export function describeLoad(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (1, 5, 15 min)`;
}

/** Elasticsearch's version and heap, for the record (the integ-test build has no `GET /`). */
export async function elasticsearchInfo(url: string): Promise<string> {
  const response = await fetch(`${url}/_nodes/_local/jvm`);
  const body = (await response.json()) as {
    nodes: Record<string, { version: string; jvm?: { mem?: { heap_max_in_bytes?: number } } }>;
  };
  const node = Object.values(body.nodes)[0];
  if (!node) return 'unknown';
  const heap = node.jvm?.mem?.heap_max_in_bytes;
  return `Elasticsearch ${node.version}${heap ? `, heap ${Math.round(heap / 1024 ** 2)} MiB` : ''}`;
}
