// What the pipeline's default skills cost per chunk, on the same seeded 1,000-file Factbook corpus as
// bench/ingest-throughput.ts: every text file cracked and split into the pipeline's 8,000-character
// chunks, then language detection and key phrases run on every chunk (best of `--rounds`). Printed
// beside them, as the floor: splitting the same chunks into words with one regular expression.
// The digest of every chunk's output changes exactly when an output does (for refactors that must
// not change results).
//
//   node bench/skills-cost.ts [--files 1000] [--rounds 5]
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { crack } from '@quarry/crackers';
import { detectLanguage, extractKeyPhrases } from '@quarry/skills';
import { chunkText } from '@quarry/pipeline/chunking';
import { buildFiles, loadSections } from './lib/factbook-files.ts';
import { fixed, table } from './lib/stats.ts';

const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '5' },
  },
});
const CHUNK_CHARS = 8_000;

const files = await buildFiles(await loadSections(), Number(args.files));
const chunks: string[] = [];
for (const file of files) {
  const result = await crack({ bytes: file.bytes, fileName: file.path.split('/').at(-1)! });
  if (!result.ok) continue;
  for (const span of chunkText(result.text, CHUNK_CHARS)) {
    chunks.push(result.text.slice(span.start, span.end));
  }
}
const languages = chunks.map((text) => detectLanguage(text).language);

/** Best time over the rounds, in ms per chunk, and a digest of the last round's outputs. */
function time(run: (text: string, i: number) => unknown) {
  let best = Number.POSITIVE_INFINITY;
  let digest = '';
  for (let round = 0; round < Number(args.rounds); round++) {
    const hash = createHash('sha256');
    const started = performance.now();
    const outputs = chunks.map(run);
    best = Math.min(best, performance.now() - started);
    for (const output of outputs) hash.update(JSON.stringify(output) ?? '');
    digest = hash.digest('hex').slice(0, 12);
  }
  return { perChunk: best / chunks.length, digest };
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const rows = [
  ['words (one regex split: the floor)', time((text) => text.match(WORD)?.length ?? 0)],
  ['language (detectLanguage)', time((text) => detectLanguage(text))],
  ['key phrases (extractKeyPhrases)', time((text, i) => extractKeyPhrases(text, languages[i]!))],
] as const;
const floor = rows[0][1].perChunk;
console.log(
  `skills-cost: ${chunks.length} chunks of up to ${CHUNK_CHARS} characters from ${files.length} files, best of ${args.rounds} rounds`,
);
console.log(
  table(
    ['step', 'ms per chunk', 'x floor', 'output digest'],
    rows.map(([label, { perChunk, digest }]) => [
      label,
      fixed(perChunk, 3),
      fixed(perChunk / floor, 1),
      digest,
    ]),
  ),
);
