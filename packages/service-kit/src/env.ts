import { z } from 'zod';

/** Thrown when the environment does not satisfy a service's schema; lists every problem at once. */
export class EnvError extends Error {
  readonly problems: string[];
  constructor(service: string, problems: string[]) {
    super(`${service}: invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
    this.problems = problems;
  }
}

/** Parses `source` against `schema`, collecting every issue (not just the first) into one EnvError. */
export function parseEnv<S extends z.ZodType>(
  service: string,
  schema: S,
  source: Record<string, string | undefined>,
): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(root)';
    const value = issue.path.length === 1 ? source[String(issue.path[0])] : undefined;
    return value === undefined
      ? `${name}: ${issue.message}`
      : `${name}=${JSON.stringify(value)}: ${issue.message}`;
  });
  throw new EnvError(service, problems);
}

/**
 * Loads a service's environment once at start. On failure prints every problem and exits non-zero:
 * a misconfigured service must never start half-working.
 */
export function loadEnv<S extends z.ZodType>(service: string, schema: S): z.infer<S> {
  try {
    return parseEnv(service, schema, process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/** Reusable field schemas so every service spells ports, URLs and secrets the same way. */
export const envFields = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  host: () => z.string().min(1).default('127.0.0.1'),
  url: () => z.url(),
  /** A secret has no default: a missing one is a configuration error, never a silent fallback. */
  secret: () => z.string().min(32, 'must be at least 32 characters'),
  logLevel: () =>
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};
