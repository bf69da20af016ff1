import { z } from 'zod';
import { envFields, loadEnv } from '@quarry/service-kit';
import { trustedProxies } from './auth/trusted-proxies.ts';
import { DEFAULT_LIMITS } from './limits/limits.ts';

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
  // Limits checked before execution, for every caller (see src/limits).
  GRAPHQL_MAX_DEPTH: limit(DEFAULT_LIMITS.maxDepth),
  GRAPHQL_MAX_ALIASES: limit(DEFAULT_LIMITS.maxAliases),
  GRAPHQL_MAX_COMPLEXITY: limit(DEFAULT_LIMITS.maxComplexity),
  GRAPHQL_MAX_QUERY_LENGTH: limit(DEFAULT_LIMITS.maxQueryLength),
  GRAPHQL_MAX_BODY_BYTES: limit(DEFAULT_LIMITS.maxBodyBytes),
  GRAPHQL_BATCH_ENABLED: flag(DEFAULT_LIMITS.batchEnabled),
  GRAPHQL_MAX_BATCH_SIZE: limit(DEFAULT_LIMITS.maxBatchSize),
  /**
   * How long a credential the accounts service accepted is trusted without asking again (ms;
   * 0 = ask on every request). A revoked session or token keeps working at most this long.
   * At most 30 s: the internal token minted with the answer lives 60 s.
   */
  AUTH_CACHE_MS: z.coerce.number().int().min(0).max(30_000).default(2000),
  /**
   * Peers whose X-Forwarded-For is believed (comma-separated addresses or CIDR ranges): the web
   * app's address. From anyone else the header is dropped and the peer address is the client's.
   */
  GATEWAY_TRUSTED_PROXIES: z
    .string()
    .default('127.0.0.1,::1')
    .refine((value) => {
      try {
        trustedProxies(value);
        return true;
      } catch {
        return false;
      }
    }, 'must be comma-separated IP addresses or CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8'),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(): Env {
  return loadEnv('gateway', envSchema);
}
