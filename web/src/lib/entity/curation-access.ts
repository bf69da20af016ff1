// Who sees the curation actions on the entity page: analysts and admins (the API decides again,
// with their collections, and audits). Viewers see the page without them.

const CURATOR_ROLES: ReadonlySet<string> = new Set(['ANALYST', 'ADMIN']);

export function canCurate(roles: readonly string[]): boolean {
  return roles.some((role) => CURATOR_ROLES.has(role));
}
