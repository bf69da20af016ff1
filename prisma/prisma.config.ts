// Prisma 7 reads its settings here (the schema no longer holds the datasource URL).
// Migrations for SQLite live in ./migrations; a PostgreSQL / SQL Server set will get its own
// folder (e.g. ./migrations-postgresql) selected here by provider when it is added.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./quarry.db' },
});
