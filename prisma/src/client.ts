import { PrismaLibSql } from '@prisma/adapter-libsql';
import { PrismaClient } from '../generated/client.ts';

export type { PrismaClient };

/**
 * Prisma Client over the libsql driver adapter (Prisma 7 has no built-in engine). Only SQLite
 * `file:` URLs for now; relative paths resolve against the process's working directory.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  if (!databaseUrl.startsWith('file:')) {
    throw new Error(
      'DATABASE_URL must be a SQLite file: URL (e.g. file:./quarry.db); server databases come later',
    );
  }
  // Several processes share the file (accounts, documents, every pipeline worker): wait for a
  // writer's lock instead of failing at once with SQLITE_BUSY, which is libsql's default.
  return new PrismaClient({ adapter: new PrismaLibSql({ url: databaseUrl, timeout: 15_000 }) });
}
