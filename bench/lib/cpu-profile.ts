// In-process CPU profiling (the inspector's sampling profiler) of one phase of a benchmark, and a
// summary of where the samples fall: by package or workspace area, and the hottest functions.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { fixed, percent, table } from './stats.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Profiler {
  stop(file?: string): Promise<CpuProfile>;
}

export async function startProfiler(intervalMicros = 500): Promise<Profiler> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalMicros });
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
      session.disconnect();
      if (file) await writeFile(file, JSON.stringify(profile));
      return profile;
    },
  };
}

/** Which part of the system a frame belongs to: a package, a Quarry workspace, Node or V8. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node core';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const quarry =
    /\/(packages|subgraphs)\/([^/]+)\/|\/(pipeline|gateway|bench|prisma)\/(?:src\/)?([^/]+)?/.exec(
      path,
    );
  if (quarry?.[1] && quarry[2])
    return `quarry ${quarry[1] === 'packages' ? '@quarry/' : 'subgraph '}${quarry[2]}`;
  if (quarry?.[3] === 'pipeline')
    return `quarry pipeline/${(quarry[4] ?? '').replace(/\.ts$/, '')}`;
  if (quarry?.[3]) return `quarry ${quarry[3]}`;
  return 'other';
}

function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; attribute the next delta to sample i.
    const delta = deltas[i + 1] ?? 0;
    times.set(samples[i]!, (times.get(samples[i]!) ?? 0) + delta);
  }
  return times;
}

/**
 * The area a sample is charged to: its own frame's, except that native code and Node's core are
 * charged to the nearest caller in a package or workspace (libsql's native statement code to
 * libsql, a file write to the stage that wrote), so the areas add up to who caused the work.
 */
function chargedAreas(profile: CpuProfile): Map<number, string> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const charged = new Map<number, string>();
  const resolveArea = (id: number): string => {
    const known = charged.get(id);
    if (known) return known;
    const { url, functionName } = byId.get(id)!.callFrame;
    let area = areaOf(url, functionName);
    const up = parent.get(id);
    if ((area === '(native)' || area === 'node core') && up !== undefined) {
      const caller = resolveArea(up);
      // (root), (program): nobody to charge; keep the frame's own area.
      if (!caller.startsWith('(')) area = caller;
    }
    charged.set(id, area);
    return area;
  };
  for (const node of profile.nodes) resolveArea(node.id);
  return charged;
}

export interface ProfileSummary {
  totalMs: number;
  busyMs: number;
  areas: Array<{ area: string; ms: number }>;
  components: Array<{ component: string; ms: number }>;
  functions: Array<{ name: string; area: string; ms: number }>;
}

/** `component` groups areas (packages) into parts of the system; areas it does not know stay as they are. */
export function summarize(
  profile: CpuProfile,
  component: (area: string) => string = (area) => area,
  top = 15,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const charged = chargedAreas(profile);
  const areas = new Map<string, number>();
  const components = new Map<string, number>();
  const functions = new Map<string, { area: string; ms: number }>();
  let total = 0;
  for (const [id, micros] of selfTimes(profile)) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = charged.get(id) ?? areaOf(url, functionName);
    const ms = micros / 1000;
    total += ms;
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const part = component(area);
    components.set(part, (components.get(part) ?? 0) + ms);
    const where = url
      ? ` ${url.replace(/^.*\/(node_modules|work\/main)\//, '')}:${lineNumber + 1}`
      : '';
    const name = `${functionName || '(anonymous)'}${where}`;
    const entry = functions.get(name) ?? { area, ms: 0 };
    entry.ms += ms;
    functions.set(name, entry);
  }
  const idle = areas.get('(idle)') ?? 0;
  const sorted = <T extends { ms: number }>(list: T[]) => list.sort((a, b) => b.ms - a.ms);
  return {
    totalMs: total,
    busyMs: total - idle,
    areas: sorted([...areas].map(([area, ms]) => ({ area, ms }))),
    components: sorted([...components].map(([part, ms]) => ({ component: part, ms }))),
    functions: sorted(
      [...functions].filter(([, f]) => f.area !== '(idle)').map(([name, f]) => ({ name, ...f })),
    ).slice(0, top),
  };
}

export function formatSummary(summary: ProfileSummary, topAreas = 15): string {
  const busy = summary.busyMs;
  const share = (name: string, ms: number) => (name === '(idle)' ? '' : percent(ms / busy));
  const componentRows = summary.components.map((c) => [
    c.component,
    fixed(c.ms / 1000, 2),
    share(c.component, c.ms),
  ]);
  const areaRows = summary.areas
    .slice(0, topAreas)
    .map((a) => [a.area, fixed(a.ms / 1000, 2), share(a.area, a.ms)]);
  const functionRows = summary.functions.map((f) => [
    f.name.slice(0, 80),
    f.area,
    fixed(f.ms / 1000, 2),
    percent(f.ms / busy),
  ]);
  return [
    `main thread: ${fixed(summary.totalMs / 1000, 1)} s sampled, ${fixed(busy / 1000, 1)} s busy (${percent(busy / summary.totalMs)})`,
    '',
    table(['component (self time incl. native calls)', 'seconds', 'of busy'], componentRows),
    '',
    table(['package or workspace area', 'seconds', 'of busy'], areaRows),
    '',
    table(['hottest functions (self time)', 'charged to', 'seconds', 'of busy'], functionRows),
  ].join('\n');
}
