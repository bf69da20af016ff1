// Every workspace must declare the @quarry packages it imports. Turbo orders tasks by declared
// dependencies only, so an undeclared import lets a typecheck run before the Prisma client it needs
// is generated: green on a warm machine, red on a fresh CI clone (as happened once with bench/).
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './env.ts';
import { quarryImports, readManifest, sourceFiles, workspaceDirs } from './workspace-files.ts';

test('every workspace declares the @quarry packages it imports', () => {
  const undeclared: string[] = [];
  for (const dir of workspaceDirs()) {
    const manifest = readManifest(dir);
    const declared = new Set([
      manifest.name,
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.devDependencies ?? {}),
    ]);
    for (const file of sourceFiles(dir)) {
      for (const name of quarryImports(file)) {
        if (!declared.has(name)) undeclared.push(`${relative(repoRoot, file)} imports ${name}`);
      }
    }
  }
  assert.deepEqual([...new Set(undeclared)], []);
});

test('the check sees workspaces and their imports (so an empty result means something)', () => {
  const dirs = workspaceDirs().map((dir) => relative(repoRoot, dir));
  assert.ok(dirs.includes('bench') && dirs.includes('packages/crackers'), dirs.join(', '));
  const benchImports = sourceFiles(join(repoRoot, 'bench')).flatMap(quarryImports);
  assert.ok(benchImports.includes('@quarry/prisma'));
});

// Turbo runs every workspace's lint, typecheck and unit tests side by side once `generate` is done.
// A check that also writes what the checks read races them: web's typecheck once ran
// `next typegen` first, so on a fresh clone its lint could see the route types missing.
const CHECKS = ['lint', 'typecheck', 'test:unit'];
const CHECKERS = [/^eslint\b/, /^tsc\b/, /^node --test\b/];

test('lint, typecheck and unit tests only check; whatever they read is made by generate', () => {
  const writers: string[] = [];
  for (const dir of workspaceDirs()) {
    const scripts = readManifest(dir).scripts ?? {};
    for (const check of CHECKS) {
      for (const command of (scripts[check] ?? '').split('&&').map((part) => part.trim())) {
        if (command && !CHECKERS.some((checker) => checker.test(command)))
          writers.push(`${relative(repoRoot, dir)} ${check}: ${command}`);
      }
    }
  }
  assert.deepEqual(writers, []);
});
