import { z } from 'zod';
import { envFields, loadEnv } from '@quarry/service-kit';

/** Base URLs such as http://127.0.0.1:4001: GraphQL is at <url>/graphql, probes at <url>/readyz. */
const baseUrl = () => envFields.url().transform((url) => url.replace(/\/+$/, ''));

export const envSchema = z.object({
  HOST: envFields.host(),
  PORT: envFields.port(4000),
  LOG_LEVEL: envFields.logLevel(),
  QUARRY_JWT_SECRET: envFields.secret(),
  DOCUMENTS_URL: baseUrl(),
  GRAPH_URL: baseUrl(),
  ACCOUNTS_URL: baseUrl(),
  PIPELINE_URL: baseUrl(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(): Env {
  return loadEnv('gateway', envSchema);
}
