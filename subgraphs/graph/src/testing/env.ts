import { envSchema, type Env } from '../env.ts';

/** The secret of in-process tests' tokens: the stack's (stack.env), or a fixed one. */
export const testSecret =
  process.env.QUARRY_JWT_SECRET ?? 'integration-test-secret-0123456789abcdef';

/** The graph service's settings for in-process tests: the stack's Neo4j (stack.env), a free port. */
export function graphTestEnv(): Env {
  return envSchema.parse({ ...process.env, PORT: '0', QUARRY_JWT_SECRET: testSecret });
}
