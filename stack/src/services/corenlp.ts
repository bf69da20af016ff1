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
 *
 * Heap (QUARRY_CORENLP_HEAP, default 4g), measured with every model Quarry asks for loaded and a
 * full GC: English NER + depparse 1.1 GB live; English, German, French and Spanish NER + depparse
 * 2.7 GB live (RSS 3.4 GB at -Xmx3g, too tight to work in). A language's models load on its first
 * request, so a stack that only sees English stays near the first figure.
 */
export const CORENLP_USER = 'quarry';

/**
 * Defaults of every request's pipeline; a request's own properties override them. Quarry's client
 * sends the same values (packages/knowledge/src/corenlp/request-properties.ts), so requests that
 * omit them share its annotators instead of loading the models a second time. Sentences over 400
 * tokens are left untagged (the client cuts them at 150 before sending); SUTime and the numeric
 * classifiers are off because dates and amounts come from Quarry's pattern extractors.
 */
const PIPELINE_DEFAULTS = {
  'ner.useSUTime': false,
  'ner.applyNumericClassifiers': false,
  'pos.maxlen': 400,
  'ner.maxlen': 400,
  'parse.maxlen': 400,
};

function writeProperties(
  file: string,
  values: Record<string, string | number | boolean>,
  mode: number,
) {
  const lines = Object.entries(values).map(([key, value]) => `${key}=${value}`);
  writeFileSync(file, `${lines.join('\n')}\n`, { mode });
}
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
    const pipelineDefaults = join(dir, 'pipeline.properties');
    writeProperties(pipelineDefaults, PIPELINE_DEFAULTS, 0o644);
    writeProperties(
      options,
      {
        port: ctx.env.QUARRY_CORENLP_PORT,
        // per request, in milliseconds
        timeout: 120_000,
        quiet: true,
        username: CORENLP_USER,
        password: ctx.secrets.corenlpPassword,
        // Quarry's client sends at most 50,000 characters a request (maxRequestChars)
        maxCharLength: 100_000,
        serverProperties: pipelineDefaults,
      },
      0o600,
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
