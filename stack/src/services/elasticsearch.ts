import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maven } from '../maven.ts';
import { javaHome } from '../prerequisites.ts';
import { httpJson } from '../probes.ts';
import type { ManagedService, StackContext } from './service.ts';
import { asServiceCommand, ensureServiceUser, serviceDir, serviceUser } from './service-user.ts';

/**
 * Elasticsearch from Maven Central's integ-test distribution (no Debian package, no Docker here).
 * It refuses to run as root, so as root it runs as an unprivileged system user.
 */
export const ES_VERSION = '8.19.21';

const home = (ctx: StackContext) =>
  join(ctx.env.QUARRY_CACHE_DIR, 'elasticsearch', `elasticsearch-${ES_VERSION}`);

function writeConfig(ctx: StackContext, dir: string): void {
  const config = join(dir, 'config');
  if (!existsSync(config)) cpSync(join(home(ctx), 'config'), config, { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  mkdirSync(join(dir, 'logs'), { recursive: true });
  writeFileSync(
    join(config, 'elasticsearch.yml'),
    [
      '# Written by the Quarry stack manager on every start.',
      `cluster.name: quarry-${ctx.env.QUARRY_PROFILE}`,
      'node.name: quarry-es',
      'network.host: 127.0.0.1',
      `http.port: ${ctx.env.QUARRY_ES_PORT}`,
      `transport.port: ${ctx.env.QUARRY_ES_TRANSPORT_PORT}`,
      'discovery.type: single-node',
      // Loopback only, for one machine; production (Helm) enables security.
      'xpack.security.enabled: false',
      // Edge disks are often nearly full; the watermarks would make every index read-only.
      'cluster.routing.allocation.disk.threshold_enabled: false',
      'action.destructive_requires_name: true',
      `path.data: ${join(dir, 'data')}`,
      `path.logs: ${join(dir, 'logs')}`,
      '',
    ].join('\n'),
  );
  const heap = ctx.env.QUARRY_ES_HEAP;
  writeFileSync(join(config, 'jvm.options.d', 'quarry-heap.options'), `-Xms${heap}\n-Xmx${heap}\n`);
  if (ctx.env.isRoot) execFileSync('chown', ['-R', serviceUser(ctx), dir]);
}

export const elasticsearch: ManagedService = {
  name: 'elasticsearch',
  kind: 'store',
  port: (ctx) => ctx.env.QUARRY_ES_PORT,
  async prepare(ctx) {
    if (!existsSync(join(home(ctx), 'bin', 'elasticsearch'))) {
      const target = join(ctx.env.QUARRY_CACHE_DIR, 'elasticsearch');
      mkdirSync(target, { recursive: true });
      // Outside a project the plugin writes marker files under a literal `${project.basedir}` in
      // its working folder, so it runs in a scratch folder that is removed afterwards.
      const scratch = mkdtempSync(join(tmpdir(), 'quarry-maven-'));
      try {
        await maven(scratch, [
          'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack',
          `-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip`,
          `-DoutputDirectory=${target}`,
        ]);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    }
    if (ctx.env.isRoot) {
      ensureServiceUser(ctx);
      // The unprivileged user must read the unpacked server.
      for (const dir of [ctx.env.QUARRY_CACHE_DIR, join(ctx.env.QUARRY_CACHE_DIR, 'elasticsearch')])
        chmodSync(dir, 0o755);
    }
  },
  spec(ctx) {
    const dir = serviceDir(ctx, 'elasticsearch');
    writeConfig(ctx, dir);
    const env = {
      PATH: ctx.env.PATH,
      ES_PATH_CONF: join(dir, 'config'),
      ES_JAVA_HOME: ctx.env.ES_JAVA_HOME ?? javaHome(ctx.env.JAVA_HOME),
    };
    const bin = join(home(ctx), 'bin', 'elasticsearch');
    return { ...asServiceCommand(ctx, bin, [], env), cwd: dir, env };
  },
  async ready(ctx) {
    try {
      const health = (await httpJson(
        `http://127.0.0.1:${ctx.env.QUARRY_ES_PORT}/_cluster/health`,
      )) as { status?: string };
      return health.status === 'green' || health.status === 'yellow';
    } catch {
      return false;
    }
  },
};
