import type { Env } from '../env.ts';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxComplexity: number;
  /** Characters of the query text, checked before it is parsed. */
  maxQueryLength: number;
  /** Bytes of the HTTP body, checked while it is read. */
  maxBodyBytes: number;
  batchEnabled: boolean;
  maxBatchSize: number;
}

/**
 * The defaults of the GRAPHQL_* settings. They fit every operation the web app sends, with room
 * to spare (web/src/lib/operations/fit-gateway-limits.test.ts checks that), and GraphiQL's
 * introspection.
 */
export const DEFAULT_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxComplexity: 5000,
  maxQueryLength: 20_000,
  maxBodyBytes: 256 * 1024,
  batchEnabled: false,
  maxBatchSize: 10,
} as const satisfies QueryLimits;

export function limitsFromEnv(env: Env): QueryLimits {
  return {
    maxDepth: env.GRAPHQL_MAX_DEPTH,
    maxAliases: env.GRAPHQL_MAX_ALIASES,
    maxComplexity: env.GRAPHQL_MAX_COMPLEXITY,
    maxQueryLength: env.GRAPHQL_MAX_QUERY_LENGTH,
    maxBodyBytes: env.GRAPHQL_MAX_BODY_BYTES,
    batchEnabled: env.GRAPHQL_BATCH_ENABLED,
    maxBatchSize: env.GRAPHQL_MAX_BATCH_SIZE,
  };
}
