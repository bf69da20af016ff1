import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { parseEnv } from '@quarry/service-kit';

/** The repository root: the stack manager lives in <root>/stack/src. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');

const isRoot = process.getuid?.() === 0;

/**
 * Profiles keep a developer's stack and the test suite's stack apart: different ports and data
 * folders, so `./quarry test` never touches the data of a running `./quarry run`.
 */
const PROFILE_PORT_OFFSET = { dev: 0, test: 10_000 } as const;

const port = (base: number) => z.coerce.number().int().min(1).max(65535).default(base);
const heap = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[mg]$/, 'must look like 512m or 2g')
    .default(fallback);

function schema(offset: number) {
  return z.object({
    QUARRY_PROFILE: z.enum(['dev', 'test']).default('dev'),
    QUARRY_DATA_DIR: z.string().optional(),
    // Downloads and unpacked servers live outside the clone so a fresh clone reuses them. When run as
    // root the cache must be readable by the unprivileged Elasticsearch user, hence /var/cache.
    QUARRY_CACHE_DIR: z.string().optional(),
    XDG_CACHE_HOME: z.string().optional(),
    QUARRY_ES_PORT: port(9200 + offset),
    QUARRY_ES_TRANSPORT_PORT: port(9300 + offset),
    QUARRY_ES_HEAP: heap('512m'),
    QUARRY_ES_USER: z.string().default('quarry'),
    QUARRY_NEO4J_PORT: port(7687 + offset),
    QUARRY_NEO4J_HEAP: heap('512m'),
    QUARRY_NEO4J_PAGECACHE: heap('128m'),
    QUARRY_CORENLP_PORT: port(9000 + offset),
    // English, German, French and Spanish NER + depparse hold 2.7 GB live (services/corenlp.ts)
    QUARRY_CORENLP_HEAP: heap('4g'),
    QUARRY_REDIS_PORT: port(6379 + offset),
    // 5433: Debian's own cluster (created when the package installs) may hold 5432.
    QUARRY_POSTGRES_PORT: port(5433 + offset),
    /** Debian's PostgreSQL bin folder, when not the newest /usr/lib/postgresql/<major>/bin. */
    QUARRY_POSTGRES_BIN: z.string().optional(),
    /** The app's relational database: the SQLite file (default) or the stack's PostgreSQL. */
    QUARRY_DATABASE: z.enum(['sqlite', 'postgresql']).default('sqlite'),
    QUARRY_GATEWAY_PORT: port(4000 + offset),
    QUARRY_DOCUMENTS_PORT: port(4001 + offset),
    QUARRY_GRAPH_PORT: port(4002 + offset),
    QUARRY_ACCOUNTS_PORT: port(4003 + offset),
    QUARRY_PIPELINE_PORT: port(4004 + offset),
    QUARRY_WEB_PORT: port(3000 + offset),
    QUARRY_ADMIN_EMAIL: z.email().default('admin@quarry.local'),
    QUARRY_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    QUARRY_START_TIMEOUT_S: z.coerce.number().int().min(1).default(240),
    /** Single sign-on (optional): passed to accounts and web as OIDC_* (docs/api.md). */
    QUARRY_OIDC_ISSUER: z.url().optional(),
    QUARRY_OIDC_CLIENT_ID: z.string().min(1).optional(),
    QUARRY_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    QUARRY_OIDC_NAME: z.string().min(1).optional(),
    ES_JAVA_HOME: z.string().optional(),
    PATH: z.string().default('/usr/local/bin:/usr/bin:/bin'),
    HOME: z.string().default(homedir()),
    JAVA_HOME: z.string().optional(),
  });
}

export type StackEnv = z.infer<ReturnType<typeof schema>> & {
  QUARRY_CACHE_DIR: string;
  dataDir: string;
  isRoot: boolean;
};

export function loadStackEnv(source: Record<string, string | undefined> = process.env): StackEnv {
  const profile = source.QUARRY_PROFILE === 'test' ? 'test' : 'dev';
  const env = parseEnv('stack', schema(PROFILE_PORT_OFFSET[profile]), source);
  // Same rule as scripts/ensure-node.sh, so Node and Elasticsearch share one cache folder.
  const cacheDir =
    env.QUARRY_CACHE_DIR ??
    (isRoot
      ? '/var/cache/quarry'
      : join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'quarry'));
  return {
    ...env,
    QUARRY_CACHE_DIR: cacheDir,
    dataDir: resolve(env.QUARRY_DATA_DIR ?? join(repoRoot, '.quarry', env.QUARRY_PROFILE)),
    isRoot,
  };
}

/** The caller's environment, for developer tools (turbo, npm, Playwright) that the CLI runs. */
export function toolEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { ...process.env, ...extra };
}
