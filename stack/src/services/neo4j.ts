import { join } from 'node:path';
import { javaHome } from '../prerequisites.ts';
import { portInUse } from '../probes.ts';
import { logTail } from '../processes.ts';
import { javaProject } from './java-service.ts';
import type { ManagedService } from './service.ts';

/** Neo4j 5 LTS with APOC core, started by our launcher (stack/neo4j) with Bolt on loopback. */
const project = javaProject('neo4j');

export const neo4j: ManagedService = {
  name: 'neo4j',
  kind: 'store',
  port: (ctx) => ctx.env.QUARRY_NEO4J_PORT,
  prepare: () => project.build(),
  spec(ctx) {
    const target = join(project.dir, 'target');
    const classpath = [
      join(target, 'neo4j-launcher-1.0.0.jar'),
      project.classpath(),
      join(target, 'plugins', '*'),
    ].join(':');
    const heap = ctx.env.QUARRY_NEO4J_HEAP;
    return {
      command: join(javaHome(ctx.env.JAVA_HOME), 'bin', 'java'),
      args: [
        `-Xms${heap}`,
        `-Xmx${heap}`,
        '-XX:+UseG1GC',
        '-cp',
        classpath,
        'quarry.neo4j.Main',
        join(ctx.env.dataDir, 'neo4j'),
        join(target, 'plugins'),
        '127.0.0.1',
        String(ctx.env.QUARRY_NEO4J_PORT),
        ctx.env.QUARRY_NEO4J_PAGECACHE,
      ],
      cwd: project.dir,
      env: { PATH: ctx.env.PATH, NEO4J_PASSWORD: ctx.secrets.neo4jPassword },
    };
  },
  async ready(ctx) {
    // The launcher prints its ready line only after APOC answered; Bolt must also accept connections.
    const started = logTail(ctx.env.dataDir, 'neo4j', 200).split('--- ').pop() ?? '';
    if (!started.includes('"msg":"neo4j ready"')) return false;
    return portInUse(ctx.env.QUARRY_NEO4J_PORT);
  },
};
