// Holds the code to the written table of which workspace may depend on which (docs/workspaces.md):
// declared dependencies, @quarry imports (test files may use the "in tests only" column) and
// relative imports, which must stay inside their workspace. bench/ once imported the pipeline by
// relative path, a dependency that neither package.json nor Turbo knew about.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './env.ts';
import {
  importSpecifiers,
  quarryImportSites,
  readManifest,
  sourceFiles,
  workspaceDirs,
} from './workspace-files.ts';

const TABLE = join(repoRoot, 'docs', 'workspaces.md');
const CONFIG_PACKAGES = new Set(['@quarry/tsconfig', '@quarry/eslint-config']);

interface Allowed {
  runtime: Set<string>;
  testsOnly: Set<string>;
}

const packagesIn = (cell: string) =>
  new Set([...cell.matchAll(/`(@quarry\/[a-z0-9-]+)`/g)].map((m) => m[1]!));

/** The rows of the table: workspace -> what it may depend on, and what its tests may add. */
export function parseTable(markdown: string): Map<string, Allowed> {
  const rows = new Map<string, Allowed>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`(@quarry\/[a-z0-9-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!name) continue;
    rows.set(name, { runtime: packagesIn(cells[2] ?? ''), testsOnly: packagesIn(cells[3] ?? '') });
  }
  return rows;
}

/** Test code: may use the "in tests only" column. */
export const isTestCode = (path: string) =>
  /\.test\.tsx?$|\.spec\.ts$|\/testing\/|\/testing\.ts$|test-support\.ts$|\/test-fixtures\//.test(
    path,
  ) || path.split(sep).includes('e2e');

/** Relative import specifiers in `file` (inside `workspace`) whose target is outside it. */
export function escapingImports(workspace: string, file: string, text: string): string[] {
  return importSpecifiers(text)
    .filter((specifier) => specifier.startsWith('.'))
    .filter((specifier) => {
      const target = resolve(dirname(file), specifier);
      return !target.startsWith(workspace + sep);
    });
}

const table = () => parseTable(readFileSync(TABLE, 'utf8'));

test('the table lists every workspace, and only workspaces', () => {
  const names = workspaceDirs()
    .map((dir) => readManifest(dir).name)
    .sort();
  assert.deepEqual([...table().keys()].sort(), names);
});

test('declared dependencies are the ones the table allows', () => {
  const rows = table();
  const refused: string[] = [];
  for (const dir of workspaceDirs()) {
    const manifest = readManifest(dir);
    const allowed = rows.get(manifest.name);
    if (!allowed) continue; // the test above names it
    const check = (deps: Record<string, string> | undefined, extra: Set<string>) => {
      for (const name of Object.keys(deps ?? {})) {
        if (!name.startsWith('@quarry/') || CONFIG_PACKAGES.has(name)) continue;
        if (!allowed.runtime.has(name) && !extra.has(name))
          refused.push(`${manifest.name} declares ${name}`);
      }
    };
    check(manifest.dependencies, new Set());
    check(manifest.devDependencies, allowed.testsOnly);
  }
  assert.deepEqual(refused, []);
});

test('source files import only what the table allows; test files may add their column', () => {
  const rows = table();
  const refused: string[] = [];
  for (const dir of workspaceDirs()) {
    const name = readManifest(dir).name;
    const allowed = rows.get(name);
    if (!allowed) continue;
    for (const file of sourceFiles(dir)) {
      const path = relative(repoRoot, file);
      for (const { specifier: imported, dynamic } of quarryImportSites(file)) {
        if (imported === name || CONFIG_PACKAGES.has(imported) || allowed.runtime.has(imported))
          continue;
        // Test code, and tools that load such a package on demand (docs/workspaces.md).
        if ((isTestCode(path) || dynamic) && allowed.testsOnly.has(imported)) continue;
        refused.push(`${path} imports ${imported}`);
      }
    }
  }
  assert.deepEqual(refused, []);
});

test('relative imports stay inside their workspace', () => {
  const escaping: string[] = [];
  for (const dir of workspaceDirs()) {
    for (const file of sourceFiles(dir)) {
      for (const specifier of escapingImports(dir, file, readFileSync(file, 'utf8')))
        escaping.push(`${relative(repoRoot, file)} imports ${specifier}`);
    }
  }
  assert.deepEqual(escaping, []);
});

test('the checks find what they are meant to find (so empty results mean something)', () => {
  const rows = parseTable(
    '| workspace | may | tests | why |\n| --- | --- | --- | --- |\n' +
      '| `@quarry/web` | `@quarry/auth` | | x |\n| `@quarry/gateway` | `@quarry/auth` | `@quarry/pipeline`, `@quarry/prisma` | y |',
  );
  assert.deepEqual([...rows.get('@quarry/web')!.runtime], ['@quarry/auth']);
  assert.deepEqual(
    [...rows.get('@quarry/gateway')!.testsOnly],
    ['@quarry/pipeline', '@quarry/prisma'],
  );
  assert.equal(table().get('@quarry/pipeline')?.runtime.has('@quarry/crackers'), true);

  const bench = join(repoRoot, 'bench');
  const file = join(bench, 'lib', 'x.ts');
  // Spelled through a variable, so the scan of this file does not take the example for an import.
  const outside = '../../pipeline/src/app.ts';
  const text = ['import { start } from', `'${outside}';`, "\nimport { a } from './a.ts';"].join(
    ' ',
  );
  assert.deepEqual(escapingImports(bench, file, text), [outside]);
  assert.deepEqual(
    escapingImports(bench, file, "const m = await import('../ingest-throughput.ts');"),
    [],
  );
  assert.ok(
    isTestCode('gateway/src/testing/federation.ts') && isTestCode('pipeline/src/test-support.ts'),
  );
  assert.ok(!isTestCode('gateway/src/app.ts'));
});
