import { migratePostgresql } from './migrate-postgresql.ts';
import { migrateSqlite } from './migrate-sqlite.ts';
import { migrateSqlServer } from './migrate-sqlserver.ts';
import type { MigrateResult } from './migration-history.ts';
import { readMigrations } from './migrations-dir.ts';
import { MIGRATIONS_DIRS, providerOf } from './providers.ts';

export { MigrationError, type MigrateResult } from './migration-history.ts';

/**
 * Offline migrator for every provider: applies the provider's committed migrations (Prisma's
 * folder format and `_prisma_migrations` table, so `prisma migrate deploy` can take over later).
 * The provider follows from the URL (providers.ts); `migrationsDir` overrides its folder (tests).
 */
export async function migrate(databaseUrl: string, migrationsDir?: string): Promise<MigrateResult> {
  const provider = providerOf(databaseUrl);
  const dir = migrationsDir ?? MIGRATIONS_DIRS[provider];
  switch (provider) {
    case 'sqlite':
      return migrateSqlite(databaseUrl, dir);
    case 'postgresql':
      return migratePostgresql(databaseUrl, readMigrations(dir));
    case 'sqlserver':
      return migrateSqlServer(databaseUrl, readMigrations(dir));
  }
}
