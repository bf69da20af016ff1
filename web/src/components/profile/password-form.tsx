import { changePasswordAction } from '../../lib/profile/actions.ts';
import { MIN_PASSWORD_LENGTH } from '../../lib/profile/password-form.ts';
import { ActionForm } from '../admin/action-form.tsx';

export function PasswordForm() {
  return (
    <ActionForm
      action={changePasswordAction}
      submitLabel="Change password"
      pendingLabel="Changing…"
      testId="password-form"
    >
      <div className="admin-fields">
        <div className="field">
          <label htmlFor="current-password">Current password</label>
          <input
            id="current-password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <div className="field">
          <label htmlFor="new-password">New password</label>
          <input
            id="new-password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
            aria-describedby="new-password-hint"
          />
          <span id="new-password-hint" className="admin-hint muted">
            At least {MIN_PASSWORD_LENGTH} characters.
          </span>
        </div>
        <div className="field">
          <label htmlFor="confirm-password">Repeat the new password</label>
          <input
            id="confirm-password"
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
          />
        </div>
      </div>
    </ActionForm>
  );
}
