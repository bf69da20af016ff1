// How often each of eld's n-gram databases names the right language, on real translated text of
// this machine: the gettext catalogues under /usr/share/locale (every Debian package's messages in
// up to ~150 languages, written by translators), for every language eld knows that has one. Each
// language's messages (without iso-codes' lists of names), cleaned of format placeholders, options and markup, are joined into samples
// of `--bytes` bytes (the language skill gives eld about 340), `--samples` per language. Beside
// accuracy: the heap each database takes and the time per detection. It picks the database the
// language skill imports (packages/skills/src/language-skill.ts).
//
//   node bench/language-accuracy.ts [--samples 150] [--bytes 340] [--locales DIR]
//
// Translation catalogues hold some untranslated English and borrowed words, so no language scores
// 100 % everywhere; the comparison between databases on the same samples is what counts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { collectGarbage } from './lib/gc.ts';
import { fixed, table } from './lib/stats.ts';

const { values: args } = parseArgs({
  options: {
    samples: { type: 'string', default: '150' },
    bytes: { type: 'string', default: '340' },
    locales: { type: 'string', default: '/usr/share/locale' },
  },
});
const SAMPLES = Number(args.samples);
const BYTES = Number(args.bytes);

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
  info(): { Languages: Record<string, string> };
}

const DATABASES = ['large', 'medium', 'small'] as const;

/** Imports one database, measuring the heap it keeps. */
async function load(size: (typeof DATABASES)[number]) {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const module = (await import(`eld/${size}`)) as { eld: Detector };
  collectGarbage();
  return { size, eld: module.eld, heapMiB: (process.memoryUsage().heapUsed - before) / 2 ** 20 };
}

/** The translated strings of a GNU .mo file (msgstr; the first form of plurals). */
function translations(path: string): string[] {
  const bytes = readFileSync(path);
  const littleEndian = bytes.readUInt32LE(0) === 0x950412de;
  const word = (at: number) => (littleEndian ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const count = word(8);
  const table = word(16);
  const out: string[] = [];
  // Entry 0 is the catalogue's header, not a message.
  for (let i = 1; i < count; i++) {
    const length = word(table + i * 8);
    const offset = word(table + i * 8 + 4);
    out.push(bytes.toString('utf8', offset, offset + length).split('\0')[0]!);
  }
  return out;
}

/** Placeholders (%s, ${name}), markup, command-line options, CONSTANTS and URLs say no language. */
const NOISE = /%[-+ #0-9.]*[a-zA-Z]|\$\{?\w+\}?|<[^>]+>|--?[a-z-]+|[A-Z_]{3,}|\\n|https?:\S+/g;

function samplesOf(language: string): string[] {
  const folder = join(args.locales, language, 'LC_MESSAGES');
  if (!existsSync(folder)) return [];
  const samples: string[] = [];
  for (const file of readdirSync(folder).sort()) {
    // iso-codes' catalogues (iso_3166-2 ...) are lists of place and currency names, not language.
    if (!file.endsWith('.mo') || file.startsWith('iso_')) continue;
    let current = '';
    for (const message of translations(join(folder, file))) {
      const clean = message.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
      if (clean.split(' ').length < 3) continue;
      current += (current ? ' ' : '') + clean;
      if (Buffer.byteLength(current) < BYTES) continue;
      // Cut at BYTES; a character cut in two decodes as U+FFFD, dropped.
      samples.push(
        Buffer.from(current)
          .subarray(0, BYTES)
          .toString('utf8')
          .replace(/\uFFFD$/, ''),
      );
      current = '';
      if (samples.length === SAMPLES) return samples;
    }
  }
  return samples;
}

const detectors = [];
for (const size of DATABASES) detectors.push(await load(size));
const languages = Object.values(detectors[0]!.eld.info().Languages);
const sets = languages
  .map((language) => ({ language, samples: samplesOf(language) }))
  .filter(({ samples }) => samples.length >= 20);
const total = sets.reduce((sum, { samples }) => sum + samples.length, 0);

const rows = detectors.map(({ size, eld, heapMiB }) => {
  let right = 0;
  const weak: string[] = [];
  const started = performance.now();
  for (const { language, samples } of sets) {
    const hits = samples.filter((sample) => {
      const result = eld.detect(sample);
      return result.isReliable() && result.language === language;
    }).length;
    right += hits;
    if (hits / samples.length < 0.95)
      weak.push(`${language} ${fixed((100 * hits) / samples.length, 0)}`);
  }
  const msPerSample = (performance.now() - started) / total;
  return [
    `eld/${size}`,
    `${fixed((100 * right) / total, 2)} %`,
    weak.join(', '),
    fixed(heapMiB, 0),
    fixed(msPerSample, 3),
  ];
});

console.log(
  `language-accuracy: ${total} samples of ${BYTES} bytes in ${sets.length} languages (up to ${SAMPLES} each) from ${args.locales}`,
);
console.log(
  table(['database', 'right', 'languages below 95 % (%)', 'heap MiB', 'ms per sample'], rows),
);
