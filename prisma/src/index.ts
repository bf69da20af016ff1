export { createPrismaClient, type PrismaClient } from './client.ts';
export { isBusy, retryWhenBusy } from './busy.ts';
export { DATABASE_URL_HINT, isDatabaseUrl, providerOf, type Provider } from './providers.ts';
export { migrate, MigrationError, type MigrateResult } from './migrate.ts';
export {
  ensureAdmin,
  SAMPLE_COLLECTION,
  type EnsureAdminInput,
  type EnsureAdminResult,
} from './admin.ts';
export {
  BCRYPT_COST,
  generatePassword,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from './password.ts';
export { normalizeEmail, rolesFromRows } from './roles.ts';
export {
  appendAuditEvent,
  AUDIT_OUTCOMES,
  type AuditEventInput,
  type AuditOutcome,
  type AuditWriter,
} from './audit-log.ts';
export { Prisma } from '../generated/sqlite/client.ts';
export type {
  AuditEvent,
  Collection,
  IngestItem,
  IngestJob,
  SourceFile,
  User,
} from '../generated/sqlite/client.ts';
