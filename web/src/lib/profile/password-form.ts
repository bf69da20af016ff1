// The change-password form's checks before the API sees it. Pure, unit-tested. The API enforces
// the same rules (and more); its refusal text is shown as it comes.
import type { FormFields } from '../admin/form-fields.ts';

export const MIN_PASSWORD_LENGTH = 12;

export type PasswordFormResult =
  { ok: true; currentPassword: string; newPassword: string } | { ok: false; errors: string[] };

function raw(form: FormFields, name: string): string {
  const value = form.get(name);
  // Passwords are taken as typed: no trimming.
  return typeof value === 'string' ? value : '';
}

export function parsePasswordForm(form: FormFields): PasswordFormResult {
  const currentPassword = raw(form, 'currentPassword');
  const newPassword = raw(form, 'newPassword');
  const confirm = raw(form, 'confirmPassword');
  const errors: string[] = [];
  if (!currentPassword) errors.push('Enter your current password.');
  if (newPassword.length < MIN_PASSWORD_LENGTH)
    errors.push(`The new password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  else if (newPassword === currentPassword)
    errors.push('The new password must differ from the current one.');
  if (newPassword !== confirm) errors.push('The two new passwords differ.');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, currentPassword, newPassword };
}
