// A clone of Quarry must stand on its own: people who clone it have nothing beside it. Once the
// tests, the samples and the benchmarks read World Factbook files from a folder next to the clone,
// so a new user's `./quarry test` failed 20 tests and `./quarry run` started without samples.
// This reads every tracked file and fails on anything that points outside the repository.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './env.ts';

/** Relative paths that climb at least one level, e.g. `../../data/x` or `'..'`. */
const CLIMBING_PATH = /(?<![\w.])(?:\.\.\/)+(?:[\w@.-]+\/?)*|(?<![\w./])\.\.(?=['"`\s)]|$)/gm;

/** Places on a developer's machine that a clone must never name. */
const MACHINE_PATHS = /(?<![\w.~-])\/(?:work|root|home\/[\w.-]+|Users\/[\w.-]+)\/[\w.-]+/g;

/** The reference folder beside the developers' clones, by any of its paths. */
const REFERENCE_FOLDER = /\bshared\/(?:corpus|eval|hooks)\b|\.\.\/shared\b/g;

const BINARY = /\.(png|jpe?g|gif|ico|pdf|zip|docx|xlsx|pptx|odt|msg|woff2?|ttf)$/i;

export interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Every reference in `text` (a file at `file`, relative to `root`) that leaves the repository. */
export function outsideReferences(root: string, file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const lines = text.split('\n');
  lines.forEach((content, index) => {
    const report = (match: string, why: string) =>
      findings.push({ file, line: index + 1, text: match, why });
    for (const [match] of content.matchAll(REFERENCE_FOLDER)) report(match, 'reference folder');
    for (const [match] of content.matchAll(MACHINE_PATHS)) report(match, 'machine path');
    for (const [match] of content.matchAll(CLIMBING_PATH)) {
      const target = resolve(root, dirname(file), match);
      if (target !== root && !target.startsWith(root + sep)) report(match, 'leaves the clone');
    }
  });
  return findings;
}

function trackedTextFiles(): string[] {
  const listing = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  return listing.split('\0').filter((file) => file && !BINARY.test(file));
}

test('no tracked file points outside the repository', () => {
  const findings = trackedTextFiles().flatMap((file) =>
    outsideReferences(repoRoot, file, readFileSync(join(repoRoot, file), 'utf8')),
  );
  const listed = findings.map((f) => `${f.file}:${f.line}: ${f.text} (${f.why})`);
  assert.deepEqual(listed, []);
});

test('the check finds what it is meant to find (so an empty result means something)', () => {
  const found = (file: string, text: string) =>
    outsideReferences('/repo', file, text).map((f) => f.why);
  // The examples are put together from parts, so that this file itself names no such path: the
  // scan above reads it like every other tracked file.
  const path = (...parts: string[]) => parts.join('/');
  const up = (levels: number) => Array<string>(levels).fill('..').join('/');
  // Relative paths are read from the file's own folder.
  assert.deepEqual(found('pkg/src/a.ts', `resolve(dir, '${path(up(4), 'shared', 'x')}')`), [
    'reference folder',
    'leaves the clone',
  ]);
  assert.deepEqual(found('pkg/src/a.ts', `new URL('${path(up(3), 'corpus', 'gm.json')}', u)`), [
    'leaves the clone',
  ]);
  assert.deepEqual(found('pkg/src/a.ts', "new URL('../../data/factbook/gm.json', u)"), []);
  assert.deepEqual(found('README.md', 'cd .. && ls'), ['leaves the clone']);
  assert.deepEqual(found('docs/a.md', 'see [the README](../README.md)'), []);
  assert.deepEqual(found('docs/a.md', `copied from ${path('shared', 'corpus', 'factbook')}`), [
    'reference folder',
  ]);
  assert.deepEqual(
    found('x.sh', `cp ${path('', 'work', 'main', 'a')} ${path('', 'root', '.cache', 'b')}`),
    ['machine path', 'machine path'],
  );
  assert.deepEqual(found('x.sh', 'cache in ~/.cache/quarry or /var/cache/quarry'), []);
  // And it reads the real tree, data included.
  const tracked = trackedTextFiles();
  assert.ok(tracked.includes('README.md') && tracked.includes('data/factbook/europe/gm.json'));
});
