import { z } from 'zod';
import { DATABASE_URL_HINT, isDatabaseUrl } from '@quarry/prisma';
import { envFields, loadEnv } from '@quarry/service-kit';

export const envSchema = z
  .object({
    HOST: envFields.host(),
    PORT: envFields.port(4003),
    LOG_LEVEL: envFields.logLevel(),
    /** `file:` (SQLite, relative paths resolve against the working directory), `postgresql://` or `sqlserver://`. */
    DATABASE_URL: z.string().refine(isDatabaseUrl, DATABASE_URL_HINT),
    QUARRY_JWT_SECRET: envFields.secret(),
    /** Lifetime of the sessions (and session tokens) `login` opens (default 8 hours: one working day). */
    SESSION_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(7 * 24 * 3600)
      .default(28800),
    /** Consecutive wrong passwords after which an account (or an unknown email) is locked. */
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    /** How long such a lock lasts. */
    LOGIN_LOCK_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    /**
     * Failed sign-ins one client address may make per window, across all emails: stops one
     * machine from guessing a few passwords for many accounts without locking any of them.
     */
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
    LOGIN_IP_WINDOW_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    /**
     * Single sign-on (optional): the OIDC provider's issuer URL, exactly as its ID tokens name it,
     * and Quarry's client id there. Both or neither.
     */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
  })
  .refine((env) => (env.OIDC_ISSUER === undefined) === (env.OIDC_CLIENT_ID === undefined), {
    message: 'OIDC_ISSUER and OIDC_CLIENT_ID go together: set both or neither',
    path: ['OIDC_CLIENT_ID'],
  });

export type Env = z.infer<typeof envSchema>;

export function readEnv(): Env {
  return loadEnv('accounts', envSchema);
}
