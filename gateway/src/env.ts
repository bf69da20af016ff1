import { z } from 'zod';
import { envFields, loadEnv } from '@quarry/service-kit';

/** Base URLs such as http://127.0.0.1:4001: GraphQL is at <url>/graphql, probes at <url>/readyz. */
const baseUrl = () => envFields.url().transform((url) => url.replace(/\/+$/, ''));
const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
/** "true" or "false" only: z.coerce.boolean() would read "false" as true. */
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true');

export const envSchema = z.object({
  HOST: envFields.host(),
  PORT: envFields.port(4000),
  LOG_LEVEL: envFields.logLevel(),
  QUARRY_JWT_SECRET: envFields.secret(),
  DOCUMENTS_URL: baseUrl(),
  GRAPH_URL: baseUrl(),
  ACCOUNTS_URL: baseUrl(),
  PIPELINE_URL: baseUrl(),
  // Limits checked before execution, for every caller (see src/limits). Defaults fit the web app
  // and GraphiQL's introspection with room to spare.
  GRAPHQL_MAX_DEPTH: limit(12),
  GRAPHQL_MAX_ALIASES: limit(30),
  GRAPHQL_MAX_COMPLEXITY: limit(5000),
  GRAPHQL_MAX_QUERY_LENGTH: limit(20_000),
  GRAPHQL_MAX_BODY_BYTES: limit(256 * 1024),
  GRAPHQL_BATCH_ENABLED: flag(false),
  GRAPHQL_MAX_BATCH_SIZE: limit(10),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(): Env {
  return loadEnv('gateway', envSchema);
}
