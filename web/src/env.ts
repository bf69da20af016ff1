import { z } from 'zod';

/**
 * The web app's configuration. This is the only module that reads process.env (lint rule).
 * It is validated lazily on first use rather than at import time so that `next build` works
 * without runtime secrets; `instrumentation.ts` calls `env()` when the server starts, so a
 * misconfigured server still fails at start-up with every problem listed.
 */
const schema = z
  .object({
    /** Base URL of the Apollo Gateway, e.g. http://127.0.0.1:4000 (GraphQL at /graphql, health at /status). */
    GATEWAY_URL: z.url().transform((url) => url.replace(/\/+$/, '')),
    /** Public URL of this web app; next-auth builds its callback and redirect URLs from it. */
    NEXTAUTH_URL: z.url(),
    /** Encrypts the next-auth session cookie (which holds the Quarry access token). */
    NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters'),
    /**
     * Single sign-on (connected operation, optional): an OpenID Connect provider such as Entra ID.
     * All three or none; accounts must trust the same issuer and client id (its OIDC_* settings).
     */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** The sign-in button's label. */
    OIDC_NAME: z.string().min(1).default('Single sign-on'),
  })
  .refine(
    (env) =>
      [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].every((v) => v === undefined) ||
      [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].every((v) => v !== undefined),
    {
      message: 'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together',
      path: ['OIDC_ISSUER'],
    },
  );

export type WebEnv = z.infer<typeof schema>;

export class WebEnvError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`@quarry/web: invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'WebEnvError';
    this.problems = problems;
  }
}

/** Parses `source`, collecting every problem (never echoing the secret's value). */
export function parseEnv(source: Record<string, string | undefined>): WebEnv {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  throw new WebEnvError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(root)';
      const value = source[name];
      const shown =
        value === undefined || name.includes('SECRET') ? '' : `=${JSON.stringify(value)}`;
      return `${name}${shown}: ${issue.message}`;
    }),
  );
}

let cached: WebEnv | undefined;

/** The validated environment; throws WebEnvError listing every problem. */
export function env(): WebEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
