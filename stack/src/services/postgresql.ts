import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrerequisiteError } from '../prerequisites.ts';
import type { ManagedService, StackContext } from './service.ts';
import { asServiceCommand, ensureServiceUser, serviceDir, serviceUser } from './service-user.ts';

/**
 * PostgreSQL 15+ from Debian's packages (`postgresql`), a private cluster in the profile's data
 * folder on its own port. Always in the test profile (the Prisma and accounts integration tests run
 * on it as well as on SQLite); in dev only with QUARRY_DATABASE=postgresql.
 */
export const POSTGRES_USER = 'quarry';

export function postgresEnabled(env: StackContext['env']): boolean {
  return env.QUARRY_PROFILE === 'test' || env.QUARRY_DATABASE === 'postgresql';
}

/** The newest installed server's bin folder (Debian keeps each major in /usr/lib/postgresql/N). */
function binDir(ctx: StackContext): string {
  if (ctx.env.QUARRY_POSTGRES_BIN) return ctx.env.QUARRY_POSTGRES_BIN;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .map(Number)
        .filter((major) => major >= 15 && existsSync(join(root, String(major), 'bin', 'postgres')))
        .sort((a, b) => b - a)
    : [];
  if (majors[0] === undefined) {
    throw new PrerequisiteError(
      'PostgreSQL 15 or newer was not found in /usr/lib/postgresql. Install it with: apt-get install postgresql (the setup script does this for `./quarry test`), or set QUARRY_POSTGRES_BIN.',
    );
  }
  return join(root, String(majors[0]), 'bin');
}

const dataDir = (ctx: StackContext) => join(serviceDir(ctx, 'postgresql'), 'data');

function run(ctx: StackContext, command: string, args: string[]): void {
  const line = asServiceCommand(ctx, join(binDir(ctx), command), args, {});
  execFileSync(line.command, line.args, { stdio: 'pipe' });
}

/** Creates the cluster once: superuser `quarry` with the stack's generated password, UTF-8. */
function initCluster(ctx: StackContext): void {
  const dir = serviceDir(ctx, 'postgresql');
  const data = dataDir(ctx);
  if (existsSync(join(data, 'PG_VERSION'))) return;
  mkdirSync(dir, { recursive: true });
  rmSync(data, { recursive: true, force: true });
  const pwfile = join(dir, 'initdb.pw');
  writeFileSync(pwfile, `${ctx.secrets.postgresPassword}\n`, { mode: 0o600 });
  try {
    if (ctx.env.isRoot) execFileSync('chown', ['-R', serviceUser(ctx), dir]);
    run(ctx, 'initdb', [
      '-D',
      data,
      '-U',
      POSTGRES_USER,
      `--pwfile=${pwfile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--no-locale',
      '--no-instructions',
    ]);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

export const postgresql: ManagedService = {
  name: 'postgresql',
  kind: 'store',
  enabled: (ctx) => postgresEnabled(ctx.env),
  port: (ctx) => ctx.env.QUARRY_POSTGRES_PORT,
  // SIGTERM is PostgreSQL's "smart" shutdown, which waits for every client to leave; SIGINT is
  // the "fast" one: sessions are ended, the cluster is left consistent.
  stopSignal: 'SIGINT',
  async prepare(ctx) {
    binDir(ctx);
    if (ctx.env.isRoot) ensureServiceUser(ctx);
    initCluster(ctx);
    chmodSync(dataDir(ctx), 0o700);
  },
  spec(ctx) {
    const settings = [
      'listen_addresses=127.0.0.1',
      `port=${ctx.env.QUARRY_POSTGRES_PORT}`,
      // TCP only: the default socket folder (/var/run/postgresql) belongs to Debian's own clusters.
      'unix_socket_directories=',
      'max_connections=200',
      // The test profile's data is thrown away after each run: durability only costs time there.
      ...(ctx.env.QUARRY_PROFILE === 'test'
        ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off']
        : []),
    ];
    const env = { PATH: ctx.env.PATH, LC_ALL: 'C' };
    const args = ['-D', dataDir(ctx), ...settings.flatMap((setting) => ['-c', setting])];
    return {
      ...asServiceCommand(ctx, join(binDir(ctx), 'postgres'), args, env),
      cwd: serviceDir(ctx, 'postgresql'),
      env,
    };
  },
  async ready(ctx) {
    try {
      execFileSync(
        join(binDir(ctx), 'pg_isready'),
        ['-q', '-h', '127.0.0.1', '-p', String(ctx.env.QUARRY_POSTGRES_PORT)],
        { stdio: 'ignore' },
      );
      return true;
    } catch {
      return false;
    }
  },
};
