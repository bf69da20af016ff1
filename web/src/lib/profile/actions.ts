'use server';

import { revalidatePath } from 'next/cache';
import { actionError, fromResult, type ActionState } from '../admin/action-state.ts';
import { id } from '../admin/form-fields.ts';
import { changePassword, createApiToken, revokeSession } from './operations.ts';
import { parsePasswordForm } from './password-form.ts';
import { tokenCreatedOutcome } from './token-created.ts';
import { parseTokenForm } from './token-form.ts';

// The profile page's server actions: each acts on the viewer's own account with their token.

function invalid(errors: string[]): ActionState {
  return {
    status: 'error',
    errors: errors.map((message) => ({ code: 'BAD_USER_INPUT', message })),
    at: Date.now(),
  };
}

export async function changePasswordAction(_: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parsePasswordForm(form);
  if (!parsed.ok) return invalid(parsed.errors);
  const result = await changePassword(parsed.currentPassword, parsed.newPassword);
  if (!result.ok) return fromResult(result, () => '');
  const { ok, error } = result.data.changePassword;
  // Expected refusals (wrong current password, too weak…) come as a payload: show its text.
  if (!ok) return actionError('PASSWORD_NOT_CHANGED', error ?? 'The password was not changed.');
  return fromResult(result, () => 'Your password was changed.');
}

export async function createTokenAction(_: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseTokenForm(form);
  if (!parsed.ok) return invalid(parsed.errors);
  const result = await createApiToken(parsed.input);
  revalidatePath('/profile');
  return fromResult(result, ({ createApiToken }) => tokenCreatedOutcome(createApiToken));
}

export async function revokeSessionAction(_: ActionState, form: FormData): Promise<ActionState> {
  const sessionId = id(form, 'id');
  if (!sessionId) return actionError('BAD_USER_INPUT', 'The form did not name a session.');
  const result = await revokeSession(sessionId);
  revalidatePath('/profile');
  return fromResult(result, () => 'The session was signed out.');
}
