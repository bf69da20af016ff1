import { isRole, type Role } from '@quarry/auth';

/**
 * Roles are stored as lower-case strings in UserRole (no portable enum type across SQLite,
 * PostgreSQL and SQL Server); unknown strings are dropped, never trusted.
 */
export function rolesFromRows(rows: readonly { role: string }[]): Role[] {
  return rows.map((row) => row.role).filter(isRole);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
