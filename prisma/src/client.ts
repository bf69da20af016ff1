import { PrismaLibSql } from '@prisma/adapter-libsql';
import { PrismaMssql } from '@prisma/adapter-mssql';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.ts';
import { PrismaClient } from '../generated/sqlite/client.ts';
import { PrismaClient as SqlServerClient } from '../generated/sqlserver/client.ts';
import { providerOf } from './providers.ts';

/**
 * Callers see one type whatever the database: the SQLite client's API, which is the portable core
 * (the PostgreSQL client adds e.g. `mode: 'insensitive'`; SQL Server lacks `createManyAndReturn`).
 */
export type { PrismaClient };

/**
 * Prisma Client over a driver adapter (Prisma 7 has no built-in engine), chosen by the URL's scheme:
 * `file:` SQLite (libsql; relative paths resolve against the working directory), `postgresql://`
 * (pg), `sqlserver://` (mssql). Each provider has its own generated client (see generate.ts).
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  switch (providerOf(databaseUrl)) {
    case 'sqlite':
      // Several processes share the file (accounts, documents, every pipeline worker): wait for a
      // writer's lock instead of failing at once with SQLITE_BUSY, which is libsql's default.
      return new PrismaClient({ adapter: new PrismaLibSql({ url: databaseUrl, timeout: 15_000 }) });
    case 'postgresql':
      return new PostgresClient({
        adapter: new PrismaPg({ connectionString: databaseUrl }),
      }) as unknown as PrismaClient;
    case 'sqlserver':
      return new SqlServerClient({
        adapter: new PrismaMssql(databaseUrl),
      }) as unknown as PrismaClient;
  }
}
