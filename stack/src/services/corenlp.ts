import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { javaHome } from '../prerequisites.ts';
import { httpStatus } from '../probes.ts';
import { javaProject } from './java-service.ts';
import type { ManagedService } from './service.ts';

/**
 * Stanford CoreNLP's HTTP server (GPL-3.0, so always a separate process). Annotators load lazily on
 * the first request that needs them, which keeps the idle stack small.
 *
 * The server has no option to bind one address: it listens on every interface. Annotation therefore
 * requires HTTP basic auth with a generated password; only /live and /ready answer without it.
 */
export const CORENLP_USER = 'quarry';
const project = javaProject('corenlp');

export const corenlp: ManagedService = {
  name: 'corenlp',
  kind: 'store',
  port: (ctx) => ctx.env.QUARRY_CORENLP_PORT,
  prepare: () => project.build(),
  spec(ctx) {
    // Options go in a properties file (mode 600) so the password never shows in `ps`.
    const dir = join(ctx.env.dataDir, 'corenlp');
    mkdirSync(dir, { recursive: true });
    const options = join(dir, 'server.properties');
    const settings = {
      port: ctx.env.QUARRY_CORENLP_PORT,
      timeout: 120_000,
      quiet: true,
      username: CORENLP_USER,
      password: ctx.secrets.corenlpPassword,
    };
    writeFileSync(
      options,
      `${Object.entries(settings)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n')}\n`,
      { mode: 0o600 },
    );
    return {
      command: join(javaHome(ctx.env.JAVA_HOME), 'bin', 'java'),
      args: [
        `-Xmx${ctx.env.QUARRY_CORENLP_HEAP}`,
        '-XX:+UseG1GC',
        '-cp',
        project.classpath(),
        'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
        '-props',
        options,
      ],
      cwd: project.dir,
      env: { PATH: ctx.env.PATH },
    };
  },
  ready: async (ctx) =>
    (await httpStatus(`http://127.0.0.1:${ctx.env.QUARRY_CORENLP_PORT}/ready`)) === 200,
};
