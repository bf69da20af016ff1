import { z } from 'zod';
import { DATABASE_URL_HINT, isDatabaseUrl } from '@quarry/prisma';
import { envFields, loadEnv } from '@quarry/service-kit';

export const envSchema = z.object({
  HOST: envFields.host(),
  PORT: envFields.port(4001),
  LOG_LEVEL: envFields.logLevel(),
  ELASTICSEARCH_URL: envFields.url(),
  QUARRY_JWT_SECRET: envFields.secret(),
  /** Name of the alias every read and write goes through; the concrete index is `<alias>-v<N>`. */
  DOCUMENTS_INDEX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase index name')
    .default('quarry-documents'),
  /** Ingest records (jobs, items) live in SQL through Prisma: SQLite, PostgreSQL or SQL Server. */
  DATABASE_URL: z.string().refine(isDatabaseUrl, DATABASE_URL_HINT),
  /** The pipeline's base URL: retries and skill re-runs are handed to it. */
  PIPELINE_URL: envFields.url().transform((url) => url.replace(/\/+$/, '')),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(): Env {
  return loadEnv('documents', envSchema);
}
