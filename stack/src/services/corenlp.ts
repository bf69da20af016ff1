import { join } from 'node:path';
import { javaHome } from '../prerequisites.ts';
import { httpStatus } from '../probes.ts';
import { javaProject } from './java-service.ts';
import type { ManagedService } from './service.ts';

/**
 * Stanford CoreNLP's HTTP server (GPL-3.0, so always a separate process). Annotators load lazily on
 * the first request that needs them, which keeps the idle stack small.
 */
const project = javaProject('corenlp');

export const corenlp: ManagedService = {
  name: 'corenlp',
  kind: 'store',
  port: (ctx) => ctx.env.QUARRY_CORENLP_PORT,
  prepare: () => project.build(),
  spec(ctx) {
    return {
      command: join(javaHome(ctx.env.JAVA_HOME), 'bin', 'java'),
      args: [
        `-Xmx${ctx.env.QUARRY_CORENLP_HEAP}`, '-XX:+UseG1GC', '-cp', project.classpath(),
        'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
        '-host', '127.0.0.1', '-port', String(ctx.env.QUARRY_CORENLP_PORT), '-timeout', '120000', '-quiet',
      ],
      cwd: project.dir,
      env: { PATH: ctx.env.PATH },
    };
  },
  ready: async (ctx) => (await httpStatus(`http://127.0.0.1:${ctx.env.QUARRY_CORENLP_PORT}/ready`)) === 200,
};
