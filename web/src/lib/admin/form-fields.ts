// Reading posted forms: ids, names, checkbox lists. Pure, unit-tested (FormData or URLSearchParams).
import { ACCESS_LEVELS, ROLES, type CollectionAccess, type Role } from './types.ts';

/** Anything with FormData's get/getAll. */
export interface FormFields {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
}

// Ids of the accounts API are short URL-safe strings (cuids).
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

export function text(form: FormFields, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A posted id, or null when missing or not id-shaped (a forged post). */
export function id(form: FormFields, name: string): string | null {
  const value = text(form, name);
  return SAFE_ID.test(value) ? value : null;
}

/** All id-shaped values of a repeated field (checkboxes), without duplicates. */
export function ids(form: FormFields, name: string): string[] {
  const values = form.getAll(name).filter((v): v is string => typeof v === 'string');
  return [...new Set(values.map((v) => v.trim()).filter((v) => SAFE_ID.test(v)))];
}

/** Checked roles, in the API's order; unknown values are ignored. */
export function roles(form: FormFields, name = 'roles'): Role[] {
  const checked = new Set(form.getAll(name));
  return ROLES.filter((role) => checked.has(role));
}

export function access(form: FormFields, name = 'access'): CollectionAccess | null {
  const value = text(form, name);
  return (ACCESS_LEVELS as readonly string[]).includes(value) ? (value as CollectionAccess) : null;
}

/** A name of 1..max characters, or an error message. */
export function requiredName(
  form: FormFields,
  name: string,
  label: string,
  max = 200,
): { ok: true; value: string } | { ok: false; message: string } {
  const value = text(form, name);
  if (!value) return { ok: false, message: `${label} is required.` };
  if (value.length > max)
    return { ok: false, message: `${label} must be at most ${max} characters.` };
  return { ok: true, value };
}
