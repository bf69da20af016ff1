// The "new API token" form: reading and checking it before the API sees it. Pure, unit-tested.
import { ids, text, type FormFields } from '../admin/form-fields.ts';
import { TOKEN_SCOPES, type TokenScope } from '../admin/types.ts';

export const MAX_EXPIRY_DAYS = 365;
export const DEFAULT_EXPIRY_DAYS = 30;

export interface CreateApiTokenInput {
  name: string;
  scopes: TokenScope[];
  expiresInDays: number;
  /** Omitted = all the owner's collections. */
  collectionIds?: string[];
}

export type TokenFormResult =
  { ok: true; input: CreateApiTokenInput } | { ok: false; errors: string[] };

/**
 * name 1..100 characters; at least one scope; expiry a whole number of days from 1 to 365;
 * "restrict" checked = only the chosen collections (at least one).
 */
export function parseTokenForm(form: FormFields): TokenFormResult {
  const errors: string[] = [];
  const name = text(form, 'name');
  if (!name) errors.push('Give the token a name.');
  else if (name.length > 100) errors.push('The name must be at most 100 characters.');

  const posted = new Set(form.getAll('scopes'));
  const scopes = TOKEN_SCOPES.filter((scope) => posted.has(scope));
  if (scopes.length === 0) errors.push('Choose at least one scope.');

  const daysText = text(form, 'expiresInDays');
  const days = /^\d{1,3}$/.test(daysText) ? Number(daysText) : Number.NaN;
  if (!(days >= 1 && days <= MAX_EXPIRY_DAYS))
    errors.push(`The expiry must be a whole number of days from 1 to ${MAX_EXPIRY_DAYS}.`);

  const restrict = text(form, 'restrict') === 'on';
  const collectionIds = ids(form, 'collectionIds');
  if (restrict && collectionIds.length === 0)
    errors.push('Choose at least one collection, or do not restrict the token.');

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { name, scopes, expiresInDays: days, ...(restrict ? { collectionIds } : {}) },
  };
}
