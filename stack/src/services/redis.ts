import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireCommand } from '../prerequisites.ts';
import { tcpExchange } from '../probes.ts';
import type { ManagedService } from './service.ts';

/** Redis (Debian's redis-server, BSD-licensed 7.0) holds the pipeline's durable job queue. */
export const redis: ManagedService = {
  name: 'redis',
  kind: 'store',
  port: (ctx) => ctx.env.QUARRY_REDIS_PORT,
  prepare: async () => {
    requireCommand(
      'redis-server',
      'Install it with: apt-get install redis-server (the setup script does this).',
    );
  },
  spec(ctx) {
    const dir = join(ctx.env.dataDir, 'redis');
    mkdirSync(dir, { recursive: true });
    // A config file (mode 600) rather than arguments, so the password never shows in `ps`.
    const config = join(dir, 'redis.conf');
    writeFileSync(
      config,
      [
        'bind 127.0.0.1',
        `port ${ctx.env.QUARRY_REDIS_PORT}`,
        'protected-mode yes',
        `requirepass ${ctx.secrets.redisPassword}`,
        `dir ${dir}`,
        // Durable queue: append-only file, fsync every second; BullMQ needs keys never evicted.
        'appendonly yes',
        'appendfsync everysec',
        'maxmemory-policy noeviction',
        'daemonize no',
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    return { command: 'redis-server', args: [config], cwd: dir, env: { PATH: ctx.env.PATH } };
  },
  async ready(ctx) {
    const reply = await tcpExchange(
      ctx.env.QUARRY_REDIS_PORT,
      `AUTH ${ctx.secrets.redisPassword}\r\nPING\r\n`,
      (s) => s.includes('PONG') || s.includes('-'),
    );
    return reply.includes('+PONG');
  },
};
