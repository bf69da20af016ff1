// Groups the packages a CPU profile names into the parts of the pipeline that use them, from the
// dependency graph in node_modules: every package a part depends on (transitively) belongs to the
// first part that reaches it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './env.ts';

/** Where npm may have put a package: hoisted to the root, or beside the workspace that needs it. */
const MODULE_DIRS = ['node_modules', 'pipeline/node_modules', 'prisma/node_modules'].concat(
  ['auth', 'crackers', 'search-index', 'service-kit', 'skills'].map(
    (p) => `packages/${p}/node_modules`,
  ),
);

function manifest(name: string): { dependencies?: Record<string, string> } | null {
  for (const dir of MODULE_DIRS) {
    const file = join(REPO_ROOT, dir, name, 'package.json');
    if (existsSync(file))
      return JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: Record<string, string> };
  }
  return null;
}

function closure(roots: string[], seen: Set<string>): Set<string> {
  const found = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    found.add(name);
    stack.push(...Object.keys(manifest(name)?.dependencies ?? {}));
  }
  return found;
}

/**
 * `parts`: component name and the packages it starts from, in priority order. Quarry's own areas
 * (`quarry @quarry/x`, `quarry pipeline/y`) count as their package (`@quarry/x`) or `pipeline`.
 */
export function componentClassifier(parts: Array<[component: string, roots: string[]]>) {
  const seen = new Set<string>();
  const byPackage = new Map<string, string>();
  for (const [component, roots] of parts) {
    for (const name of closure(roots, seen)) byPackage.set(name, component);
  }
  return (area: string): string => {
    const quarry = /^quarry (@quarry\/[^ ]+|pipeline)/.exec(area);
    const name = quarry ? quarry[1]! : area;
    return byPackage.get(name) ?? byPackage.get(area) ?? area;
  };
}
