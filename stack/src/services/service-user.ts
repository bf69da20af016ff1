import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { requireCommand } from '../prerequisites.ts';
import type { StackContext } from './service.ts';

/**
 * Servers that refuse to run as root (Elasticsearch, PostgreSQL) run as an unprivileged system user
 * (QUARRY_ES_USER, default "quarry") when the stack manager is root.
 */
export function serviceUser(ctx: StackContext): string {
  return ctx.env.QUARRY_ES_USER;
}

export function asServiceUser(ctx: StackContext, args: string[]): boolean {
  try {
    execFileSync('runuser', ['-u', serviceUser(ctx), '--', ...args], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureServiceUser(ctx: StackContext): void {
  try {
    execFileSync('id', ['-u', serviceUser(ctx)], { stdio: 'ignore' });
  } catch {
    requireCommand('useradd', 'Create the service user by hand or run as that user.');
    execFileSync('useradd', [
      '--system',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      serviceUser(ctx),
    ]);
  }
}

/**
 * A server's own folder. Normally inside the profile's data folder; when the service user cannot
 * reach that (a clone under /root, say), a folder under /var/lib/quarry keyed by the data folder.
 */
export function serviceDir(ctx: StackContext, name: string): string {
  const inside = join(ctx.env.dataDir, name);
  if (!ctx.env.isRoot) return inside;
  mkdirSync(inside, { recursive: true });
  if (asServiceUser(ctx, ['test', '-x', ctx.env.dataDir])) return inside;
  const key = createHash('sha256').update(ctx.env.dataDir).digest('hex').slice(0, 12);
  return join('/var/lib/quarry', `${ctx.env.QUARRY_PROFILE}-${key}`, name);
}

/** The command line that runs `command` as the service user when root, as is otherwise. */
export function asServiceCommand(
  ctx: StackContext,
  command: string,
  args: string[],
  env: Record<string, string>,
): { command: string; args: string[] } {
  if (!ctx.env.isRoot) return { command, args };
  const envArgs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  return {
    command: 'runuser',
    args: ['-u', serviceUser(ctx), '--', 'env', ...envArgs, command, ...args],
  };
}
