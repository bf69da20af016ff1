import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEnv } from './env.ts';
import { PROVIDERS, schemaFor } from './providers.ts';

/**
 * `npm run generate`: one Prisma Client per provider in ./generated/<provider>, offline. A client is
 * bound to its schema's provider (its query compiler is per SQL dialect and Prisma Client refuses a
 * driver adapter of another provider), so the SQLite client cannot serve PostgreSQL.
 */
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'generated');
const source = readFileSync(join(root, 'schema.prisma'), 'utf8');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const provider of PROVIDERS) {
  // The variant sits in generated/, so the generator's relative output lands in generated/<provider>.
  const variant = join(out, `schema.${provider}.prisma`);
  writeFileSync(
    variant,
    schemaFor(provider, source).replace(/^(\s*output\s*=\s*)"[^"]*"/m, `$1"./${provider}"`),
  );
  // The node binary is an existing file; generate never executes the schema engine.
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', variant], {
    cwd: root,
    stdio: 'inherit',
    env: generateEnv(process.execPath),
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
