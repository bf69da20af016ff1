import type { AdminUser, CollectionRef } from '../../lib/admin/types.ts';
import {
  addGroupMemberAction,
  removeGroupMemberAction,
  resetPasswordAction,
  revokeUserSessionsAction,
  setUserActiveAction,
  setUserRolesAction,
  unlockUserAction,
} from '../../lib/admin/actions.ts';
import { formatDateTime, parseDate } from '../../lib/format.ts';
import { ActionForm } from './action-form.tsx';
import { ChoiceList } from './choice-list.tsx';
import { ROLE_OPTIONS, roleLabel } from './labels.ts';

export interface UserGroups {
  /** Groups this user is in. */
  member: CollectionRef[];
  /** Groups this user could join. */
  others: CollectionRef[];
}

/** One user: who, roles and state at a glance; every admin action behind "Manage". */
export function UserRow({
  user,
  groups,
  isSelf,
  now,
}: {
  user: AdminUser;
  /** null when the groups could not be loaded (shown once above the list). */
  groups: UserGroups | null;
  isSelf: boolean;
  now: number;
}) {
  const lockedUntil = parseDate(user.lockedUntil);
  const locked = lockedUntil !== null && lockedUntil.getTime() > now;
  return (
    <li className="admin-item" data-testid="admin-user" data-email={user.email}>
      <div className="admin-item-head">
        <div className="admin-item-who">
          <strong>{user.name}</strong>
          <span className="muted">{user.email}</span>
        </div>
        <div className="admin-badges">
          {user.roles.map((role) => (
            <span key={role} className="badge badge-neutral">
              {roleLabel(role)}
            </span>
          ))}
          {user.active ? null : <span className="badge badge-bad">Deactivated</span>}
          {locked ? (
            <span className="badge badge-bad">Locked until {formatDateTime(user.lockedUntil)}</span>
          ) : null}
          {isSelf ? <span className="badge badge-ok">You</span> : null}
        </div>
        <p className="admin-item-meta muted">
          {groups && groups.member.length > 0
            ? `Groups: ${groups.member.map((g) => g.name).join(', ')} · `
            : ''}
          Created {formatDateTime(user.createdAt)}
        </p>
      </div>
      <details className="admin-manage">
        <summary>Manage {user.name}</summary>
        <div className="admin-manage-grid">
          <ActionForm action={setUserRolesAction} submitLabel="Save roles">
            <input type="hidden" name="id" value={user.id} />
            <ChoiceList
              legend="Roles"
              name="roles"
              idPrefix={`roles-${user.id}`}
              options={ROLE_OPTIONS}
              checked={user.roles}
            />
          </ActionForm>

          <div className="admin-manage-col">
            <h3>Account</h3>
            {isSelf ? null : (
              <ActionForm
                action={setUserActiveAction}
                submitLabel={user.active ? 'Deactivate' : 'Activate'}
                variant={user.active ? 'danger' : 'quiet'}
                confirm={user.active ? `Deactivate ${user.email}?` : undefined}
              >
                <input type="hidden" name="id" value={user.id} />
                <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
              </ActionForm>
            )}
            {locked ? (
              <ActionForm action={unlockUserAction} submitLabel="Unlock" variant="quiet">
                <input type="hidden" name="id" value={user.id} />
              </ActionForm>
            ) : null}
            <ActionForm
              action={resetPasswordAction}
              submitLabel="Reset password"
              variant="quiet"
              confirm={`Replace the password of ${user.email} with a generated one?`}
            >
              <input type="hidden" name="id" value={user.id} />
            </ActionForm>
            <ActionForm
              action={revokeUserSessionsAction}
              submitLabel="Revoke sessions and tokens"
              variant="danger"
              confirm={`Sign ${user.email} out everywhere and revoke all their API tokens?`}
            >
              <input type="hidden" name="id" value={user.id} />
            </ActionForm>
          </div>

          {groups ? (
            <div className="admin-manage-col">
              <h3>Groups</h3>
              {groups.member.length === 0 ? <p className="muted">In no group.</p> : null}
              <ul className="admin-plain-list">
                {groups.member.map((group) => (
                  <li key={group.id}>
                    <ActionForm
                      action={removeGroupMemberAction}
                      submitLabel={`Remove from ${group.name}`}
                      variant="quiet"
                      className="admin-form-inline"
                    >
                      <input type="hidden" name="groupId" value={group.id} />
                      <input type="hidden" name="userId" value={user.id} />
                    </ActionForm>
                  </li>
                ))}
              </ul>
              <ActionForm
                action={addGroupMemberAction}
                submitLabel="Add to group"
                variant="quiet"
                className="admin-form-inline"
                disabled={groups.others.length === 0}
              >
                <input type="hidden" name="userId" value={user.id} />
                <label className="visually-hidden" htmlFor={`add-group-${user.id}`}>
                  Group for {user.name}
                </label>
                <select
                  id={`add-group-${user.id}`}
                  name="groupId"
                  className="admin-select"
                  disabled={groups.others.length === 0}
                >
                  {groups.others.length === 0 ? <option value="">No other groups</option> : null}
                  {groups.others.map((group) => (
                    <option key={group.id} value={group.id}>
                      {group.name}
                    </option>
                  ))}
                </select>
              </ActionForm>
            </div>
          ) : null}
        </div>
      </details>
    </li>
  );
}
