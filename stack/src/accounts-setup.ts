import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { storeConnections } from './connections.ts';
import { repoRoot } from './env.ts';
import type { StackContext } from './services/index.ts';

const run = promisify(execFile);

const resultSchema = z.object({
  adminEmail: z.string(),
  adminPassword: z.string().nullable(),
  created: z.boolean(),
});
export type AccountsSetup = z.infer<typeof resultSchema>;

/**
 * Applies the committed SQL migrations and creates the first admin when there is none. The password
 * comes from QUARRY_ADMIN_PASSWORD or is generated, and then it is shown once and never stored.
 */
export async function setupAccounts(ctx: StackContext): Promise<AccountsSetup> {
  const { DATABASE_URL } = storeConnections(ctx);
  const env: Record<string, string> = {
    PATH: ctx.env.PATH,
    DATABASE_URL,
    QUARRY_ADMIN_EMAIL: ctx.env.QUARRY_ADMIN_EMAIL,
  };
  if (ctx.env.QUARRY_ADMIN_PASSWORD) env.QUARRY_ADMIN_PASSWORD = ctx.env.QUARRY_ADMIN_PASSWORD;
  const { stdout } = await run(
    process.execPath,
    [join(repoRoot, 'prisma', 'src', 'setup-cli.ts')],
    { env, cwd: repoRoot },
  );
  const last = stdout.trim().split('\n').pop() ?? '';
  return resultSchema.parse(JSON.parse(last));
}
