import { z } from 'zod';
import { DATABASE_URL_HINT, isDatabaseUrl } from '@quarry/prisma';
import { envFields, loadEnv } from '@quarry/service-kit';

export const envSchema = z.object({
  HOST: envFields.host(),
  PORT: envFields.port(4002),
  LOG_LEVEL: envFields.logLevel(),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt:// or neo4j:// URI'),
  NEO4J_USER: z.string().min(1),
  NEO4J_PASSWORD: z.string().min(1),
  QUARRY_JWT_SECRET: envFields.secret(),
  /**
   * The SQL database of the audit log (the accounts database): every curation mutation writes an
   * event there. Without it the read API works and curation mutations fail (nothing unaudited).
   */
  DATABASE_URL: z.string().refine(isDatabaseUrl, DATABASE_URL_HINT).optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(): Env {
  return loadEnv('graph', envSchema);
}
