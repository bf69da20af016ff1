import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePasswordForm } from './password-form.ts';

function form(current: string, next: string, confirm: string): URLSearchParams {
  return new URLSearchParams({
    currentPassword: current,
    newPassword: next,
    confirmPassword: confirm,
  });
}

test('accepts a long enough new password, confirmed, different from the current one', () => {
  assert.deepEqual(parsePasswordForm(form('old secret', ' twelve chars ', ' twelve chars ')), {
    ok: true,
    currentPassword: 'old secret',
    newPassword: ' twelve chars ',
  });
});

test('refuses short, unchanged or unconfirmed passwords and a missing current one', () => {
  assert.deepEqual(parsePasswordForm(form('', 'short', 'short')), {
    ok: false,
    errors: ['Enter your current password.', 'The new password must have at least 12 characters.'],
  });
  const same = parsePasswordForm(form('same password!', 'same password!', 'same password!'));
  assert.deepEqual(same, {
    ok: false,
    errors: ['The new password must differ from the current one.'],
  });
  const typo = parsePasswordForm(form('old', 'a long new password', 'a long new pasword'));
  assert.deepEqual(typo, { ok: false, errors: ['The two new passwords differ.'] });
});
