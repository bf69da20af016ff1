import { existsSync } from 'node:fs';

/** The only file of this package that reads process.env (the CLIs' configuration). */

export interface SetupEnv {
  databaseUrl: string;
  adminEmail: string;
  adminName: string;
  adminPassword: string | undefined;
}

export function readDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required (e.g. file:./quarry.db)');
  return url;
}

export function readSetupEnv(): SetupEnv {
  return {
    databaseUrl: readDatabaseUrl(),
    adminEmail: process.env.QUARRY_ADMIN_EMAIL || 'admin@quarry.local',
    adminName: process.env.QUARRY_ADMIN_NAME || 'Administrator',
    adminPassword: process.env.QUARRY_ADMIN_PASSWORD || undefined,
  };
}

/**
 * Environment for `prisma generate`: the CLI wants to download its schema-engine binary even
 * though generating the client never runs it; pointing it at any existing file stops that.
 */
export function generateEnv(fallbackBinary: string): NodeJS.ProcessEnv {
  const configured = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: configured && existsSync(configured) ? configured : fallbackBinary,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  };
}

/**
 * Test settings: DATABASE_URL_POSTGRES (a PostgreSQL server's maintenance database, written to
 * stack.env by the test stack) and QUARRY_TEST_DATABASE (the provider `createTestDatabase()` uses
 * when none is named: sqlite by default).
 */
export function readTestDatabaseEnv(): {
  postgresUrl: string | undefined;
  provider: string;
  ci: boolean;
} {
  return {
    postgresUrl: process.env.DATABASE_URL_POSTGRES || undefined,
    provider: process.env.QUARRY_TEST_DATABASE || 'sqlite',
    ci: process.env.CI === 'true',
  };
}

/** This process's environment with the test provider switched to PostgreSQL (on-postgresql-cli). */
export function postgresPassEnv(): NodeJS.ProcessEnv {
  return { ...process.env, QUARRY_TEST_DATABASE: 'postgresql' };
}
