// Writes the "Sample" collection that `./quarry run` ingests, then cracks every file to prove
// Quarry reads it. Deterministic: the same sources give the same bytes. The files are generated,
// never committed: the stack writes them to <data dir>/samples on the first run.
//   node samples/make-samples.ts [output folder, default samples/files (git-ignored)]
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import * as prettier from 'prettier';
import { factbookSamples } from './factbook-samples.ts';
import { partnerSamples } from './partner-samples.ts';
import type { Sample } from './sample.ts';
import { check } from './verify.ts';

const FILES = resolve(process.argv[2] ?? join(import.meta.dirname, 'files'));
const REPO = resolve(import.meta.dirname, '..');
/** The corpus must stay small enough to ingest in seconds on a fresh install. */
const MAX_TOTAL_BYTES = 1.5 * 1024 * 1024;

/**
 * Formats text output the way the repo's `prettier --check .` expects (HTML, JSON), so the
 * generated files pass the formatting gate without an ignore entry.
 */
async function formatted(path: string, content: string): Promise<string> {
  const info = await prettier.getFileInfo(path, {
    ignorePath: join(REPO, '.prettierignore'),
  });
  if (info.ignored || !info.inferredParser) return content;
  const config = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(content, { ...config, filepath: path });
}

async function write(sample: Sample): Promise<Buffer> {
  const path = join(FILES, sample.path);
  const built = await sample.build();
  const bytes = Buffer.from(typeof built === 'string' ? await formatted(path, built) : built);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return bytes;
}

const samples = [...factbookSamples, ...partnerSamples];
// Start clean so a renamed or dropped sample does not linger in the collection.
await rm(FILES, { recursive: true, force: true });
let total = 0;
const failures: string[] = [];
const rows: string[] = [];
for (const sample of samples) {
  const bytes = await write(sample);
  total += bytes.length;
  try {
    const c = await check({ bytes, fileName: basename(sample.path) }, sample.language);
    const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    rows.push(
      [
        sample.path.padEnd(58),
        String(bytes.length).padStart(8),
        c.kind.padEnd(5),
        c.language,
        String(c.chars).padStart(7),
        c.children ? `+${c.children}` : '  ',
        sha,
      ].join('  '),
    );
  } catch (err) {
    failures.push(`${sample.path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
console.log(['path'.padEnd(58), '   bytes', 'kind ', 'lang', '  chars', '  ', 'sha256'].join('  '));
for (const row of rows) console.log(row);
console.log(
  `${samples.length} files, ${total} bytes (${(total / 1024).toFixed(0)} KB) in ${FILES}`,
);
if (total > MAX_TOTAL_BYTES)
  failures.push(`total size ${total} bytes exceeds the ${MAX_TOTAL_BYTES}-byte budget`);
if (failures.length > 0) {
  console.error(`\nSample check FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
