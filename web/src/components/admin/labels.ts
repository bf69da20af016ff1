import { ROLES } from '../../lib/admin/types.ts';

export const ROLE_LABELS: Record<string, string> = {
  ADMIN: 'Admin',
  ANALYST: 'Analyst',
  VIEWER: 'Viewer',
  DEVELOPER: 'Developer',
};

export const ROLE_OPTIONS = ROLES.map((role) => ({
  value: role,
  label: ROLE_LABELS[role] ?? role,
}));

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}
