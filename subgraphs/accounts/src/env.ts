import { z } from 'zod';
import { envFields, loadEnv } from '@quarry/service-kit';

export const envSchema = z.object({
  HOST: envFields.host(),
  PORT: envFields.port(4003),
  LOG_LEVEL: envFields.logLevel(),
  /** SQLite for now: `file:` URL, relative paths resolve against the working directory. */
  DATABASE_URL: z.string().startsWith('file:', 'must be a SQLite file: URL, e.g. file:./quarry.db'),
  QUARRY_JWT_SECRET: envFields.secret(),
  /** Lifetime of the access tokens `login` issues (default 8 hours: one working day). */
  TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(28800),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(): Env {
  return loadEnv('accounts', envSchema);
}
