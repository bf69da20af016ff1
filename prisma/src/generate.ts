import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generateEnv } from './env.ts';

/** `npm run generate`: writes the Prisma Client to ./generated, offline. */
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const cwd = fileURLToPath(new URL('..', import.meta.url));
// The node binary is an existing file; generate never executes the schema engine.
const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
  cwd,
  stdio: 'inherit',
  env: generateEnv(process.execPath),
});
process.exit(result.status ?? 1);
