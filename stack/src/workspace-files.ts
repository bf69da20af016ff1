// The workspaces of this repository and what their source files import, for the checks that keep
// their boundaries (workspaces.test.ts, workspace-boundaries.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './env.ts';

export interface Manifest {
  name: string;
  scripts?: Record<string, string>;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Absolute folders of every workspace the root package.json lists. */
export function workspaceDirs(): string[] {
  return (readManifest(repoRoot).workspaces ?? []).flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(repoRoot, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(repoRoot, pattern.slice(0, -2), entry.name))
      : [join(repoRoot, pattern)],
  );
}

const SKIPPED = new Set(['node_modules', 'generated', 'dist', '.next', '.turbo', 'test-results']);

/** TypeScript and JavaScript sources under `dir`, without generated or installed code. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIPPED.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

export interface ImportSite {
  specifier: string;
  /** `import('…')`: loaded only when the code that holds it runs. */
  dynamic: boolean;
}

/** Every module specifier of static imports, re-exports and dynamic imports in `text`. */
export function importSites(text: string): ImportSite[] {
  const pattern = /(\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  return [...text.matchAll(pattern)].map((match) => ({
    specifier: match[2]!,
    dynamic: match[1]!.includes('('),
  }));
}

export const importSpecifiers = (text: string) => importSites(text).map((site) => site.specifier);

const quarryPackage = (specifier: string) => /^@quarry\/[a-z0-9-]+/.exec(specifier)?.[0];

/** The @quarry packages a file imports, subpaths reduced to the package. */
export function quarryImports(file: string): string[] {
  return quarryImportSites(file).map((site) => site.specifier);
}

/** The @quarry packages a file imports (subpaths reduced to the package), and how. */
export function quarryImportSites(file: string): ImportSite[] {
  return importSites(readFileSync(file, 'utf8')).flatMap(({ specifier, dynamic }) => {
    const name = quarryPackage(specifier);
    return name ? [{ specifier: name, dynamic }] : [];
  });
}
