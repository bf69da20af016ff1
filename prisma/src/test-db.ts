import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_DIRS, type Provider } from './providers.ts';

/** A temp folder per test file: its SQLite files and migration copies vanish with it. */
export interface TempDb {
  dir: string;
  url: (name?: string) => string;
  /** A private copy of a provider's committed migrations that a test may change. */
  copyMigrations: (provider?: Provider) => string;
  remove: () => void;
}

export function tempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'quarry-prisma-'));
  let copies = 0;
  return {
    dir,
    url: (name = 'quarry.db') => `file:${join(dir, name)}`,
    copyMigrations: (provider = 'sqlite') => {
      const target = join(dir, `migrations-${++copies}`);
      cpSync(MIGRATIONS_DIRS[provider], target, { recursive: true });
      return target;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
