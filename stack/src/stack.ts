import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setupAccounts, type AccountsSetup } from './accounts-setup.ts';
import { prepareKnowledgeBase } from './knowledge-base.ts';
import { setupGraphSchema } from './graph-schema-setup.ts';
import { setupSearchIndex } from './search-index-setup.ts';
import { appUrls, storeConnections, toEnvFile } from './connections.ts';
import type { StackEnv } from './env.ts';
import { portInUse } from './probes.ts';
import { StackError } from './stack-error.ts';
import { logTail, runningPid, startProcess, stopProcess } from './processes.ts';
import { loadOrCreateSecrets } from './secrets.ts';
import {
  ALL_SERVICES,
  APP_WAVES,
  STORES,
  type ManagedService,
  type StackContext,
} from './services/index.ts';

export { StackError } from './stack-error.ts';

export function context(env: StackEnv): StackContext {
  mkdirSync(env.dataDir, { recursive: true });
  return { env, secrets: loadOrCreateSecrets(env.dataDir) };
}

type Say = (line: string) => void;

async function waitReady(
  ctx: StackContext,
  service: ManagedService,
  deadline: number,
): Promise<void> {
  for (;;) {
    if (await service.ready(ctx)) return;
    if (runningPid(ctx.env.dataDir, service.name) === null) {
      throw new StackError(
        `${service.name} exited during start-up. Last lines of its log:\n${logTail(ctx.env.dataDir, service.name)}`,
      );
    }
    if (Date.now() > deadline) {
      throw new StackError(
        `${service.name} did not become ready within ${ctx.env.QUARRY_START_TIMEOUT_S} s (QUARRY_START_TIMEOUT_S). Last lines of its log:\n${logTail(ctx.env.dataDir, service.name)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/** Starts services in parallel and waits for all (idempotent: a running one is only probed). */
export async function startServices(
  ctx: StackContext,
  wave: ManagedService[],
  say: Say,
): Promise<void> {
  const enabled = wave.filter((service) => service.enabled?.(ctx) ?? true);
  for (const service of enabled) await service.prepare?.(ctx);
  const toStart: ManagedService[] = [];
  for (const service of enabled) {
    if (runningPid(ctx.env.dataDir, service.name) !== null) continue;
    const port = service.port(ctx);
    if (await portInUse(port)) {
      throw new StackError(
        `${service.name}: port ${port} is already in use by another program. Stop it, or choose another port (see README, "Configuration").`,
      );
    }
    toStart.push(service);
  }
  for (const service of toStart) {
    const pid = startProcess(ctx.env.dataDir, service.name, await service.spec(ctx));
    say(`  started ${service.name} (pid ${pid}, port ${service.port(ctx)})`);
  }
  const deadline = Date.now() + ctx.env.QUARRY_START_TIMEOUT_S * 1_000;
  await Promise.all(enabled.map((service) => waitReady(ctx, service, deadline)));
  say(`  ready: ${enabled.map((s) => s.name).join(', ')}`);
}

export function writeStackEnv(ctx: StackContext): string {
  const file = join(ctx.env.dataDir, 'stack.env');
  writeFileSync(file, toEnvFile({ ...storeConnections(ctx), ...appUrls(ctx) }), { mode: 0o600 });
  return file;
}

export async function upStores(ctx: StackContext, say: Say): Promise<void> {
  say(`Starting stores (profile ${ctx.env.QUARRY_PROFILE}, data in ${ctx.env.dataDir})`);
  await startServices(ctx, STORES, say);
  // Files, not a process: built once per version in the cache, a stat on every later start.
  await prepareKnowledgeBase(ctx, say);
  say(`  connection settings: ${writeStackEnv(ctx)}`);
}

/** Migrates the accounts database and creates the first admin, then starts the app services. */
export async function upApp(ctx: StackContext, say: Say): Promise<AccountsSetup> {
  const admin = await setupAccounts(ctx);
  await setupSearchIndex(ctx, say);
  await setupGraphSchema(ctx);
  say('Starting Quarry services');
  for (const wave of APP_WAVES) await startServices(ctx, wave, say);
  return admin;
}

/** Stops, in reverse start order, only the processes this stack started (by pid file). */
export async function down(
  ctx: StackContext,
  say: Say,
  services: ManagedService[] = ALL_SERVICES,
): Promise<void> {
  for (const service of [...services].reverse()) {
    if (await stopProcess(ctx.env.dataDir, service.name, undefined, service.stopSignal)) {
      say(`  stopped ${service.name}`);
    }
  }
}

export interface ServiceState {
  name: string;
  pid: number | null;
  port: number;
  ready: boolean;
}

export async function status(ctx: StackContext): Promise<ServiceState[]> {
  return Promise.all(
    ALL_SERVICES.filter((service) => service.enabled?.(ctx) ?? true).map(async (service) => {
      const pid = runningPid(ctx.env.dataDir, service.name);
      return {
        name: service.name,
        pid,
        port: service.port(ctx),
        ready: pid !== null && (await service.ready(ctx)),
      };
    }),
  );
}
