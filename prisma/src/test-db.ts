import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SQLITE_MIGRATIONS_DIR } from './migrations-dir.ts';

/** A temp folder per test file: its SQLite files and migration copies vanish with it. */
export interface TempDb {
  dir: string;
  url: (name?: string) => string;
  /** A private copy of the committed migrations that a test may change. */
  copyMigrations: () => string;
  remove: () => void;
}

export function tempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'quarry-prisma-'));
  let copies = 0;
  return {
    dir,
    url: (name = 'quarry.db') => `file:${join(dir, name)}`,
    copyMigrations: () => {
      const target = join(dir, `migrations-${++copies}`);
      cpSync(SQLITE_MIGRATIONS_DIR, target, { recursive: true });
      return target;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
