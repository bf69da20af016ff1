/**
 * The e2e suite's configuration: the only module that reads process.env (lint rule).
 * Credentials have no default; the runner passes the admin login of the stack under test.
 */
export interface E2eEnv {
  baseURL: string;
  ci: boolean;
}

export function e2eEnv(): E2eEnv {
  return {
    baseURL: process.env.QUARRY_WEB_URL ?? 'http://127.0.0.1:3000',
    ci: Boolean(process.env.CI),
  };
}

export interface E2eCredentials {
  email: string;
  password: string;
}

/** Throws (failing the test that needs them, with a clear message) when the credentials are not set. */
export function e2eCredentials(): E2eCredentials {
  const email = process.env.QUARRY_E2E_EMAIL;
  const password = process.env.QUARRY_E2E_PASSWORD;
  const missing = [!email && 'QUARRY_E2E_EMAIL', !password && 'QUARRY_E2E_PASSWORD'].filter(
    Boolean,
  );
  if (!email || !password)
    throw new Error(`e2e: set ${missing.join(' and ')} to the login of a Quarry account`);
  return { email, password };
}

/**
 * The label of the single sign-on provider the stack under test offers ("Sign in with <name>"),
 * or null when it has none. `./quarry test` always starts one (a minimal test provider).
 */
export function e2eSsoName(): string | null {
  return process.env.QUARRY_E2E_SSO_NAME || null;
}
