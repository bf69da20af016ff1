import {
  addGroupMemberAction,
  deleteGroupAction,
  removeGroupMemberAction,
  updateGroupAction,
} from '../../lib/admin/actions.ts';
import type { Group, UserRef } from '../../lib/admin/types.ts';
import { formatCount, formatDateTime } from '../../lib/format.ts';
import { ActionForm } from './action-form.tsx';

/** One group: name, description, members and grants; editing behind "Manage". */
export function GroupRow({ group, users }: { group: Group; users: UserRef[] | null }) {
  const memberIds = new Set(group.members.map((m) => m.id));
  const candidates = users?.filter((u) => !memberIds.has(u.id)) ?? [];
  return (
    <li className="admin-item" data-testid="admin-group" data-name={group.name}>
      <div className="admin-item-head">
        <div className="admin-item-who">
          <strong>{group.name}</strong>
          <span className="muted">{formatCount(group.members.length, 'member')}</span>
        </div>
        <div className="admin-badges">
          {group.grants.map((grant) => (
            <span key={grant.collection.id} className="badge badge-neutral">
              {grant.collection.name}: {grant.access === 'WRITE' ? 'read + write' : 'read'}
            </span>
          ))}
        </div>
        {group.description ? <p className="admin-item-meta">{group.description}</p> : null}
        <p className="admin-item-meta muted">Created {formatDateTime(group.createdAt)}</p>
      </div>
      <details className="admin-manage">
        <summary>Manage {group.name}</summary>
        <div className="admin-manage-grid">
          <ActionForm action={updateGroupAction} submitLabel="Save group">
            <input type="hidden" name="id" value={group.id} />
            <div className="field">
              <label htmlFor={`group-name-${group.id}`}>Name</label>
              <input
                id={`group-name-${group.id}`}
                name="name"
                defaultValue={group.name}
                required
                maxLength={100}
              />
            </div>
            <div className="field">
              <label htmlFor={`group-desc-${group.id}`}>Description</label>
              <input
                id={`group-desc-${group.id}`}
                name="description"
                defaultValue={group.description}
                maxLength={500}
              />
            </div>
          </ActionForm>

          <div className="admin-manage-col">
            <h3>Members</h3>
            {group.members.length === 0 ? <p className="muted">No members yet.</p> : null}
            <ul className="admin-plain-list">
              {group.members.map((member) => (
                <li key={member.id} className="admin-member">
                  <span>
                    {member.name} <span className="muted">{member.email}</span>
                  </span>
                  <ActionForm
                    action={removeGroupMemberAction}
                    submitLabel="Remove"
                    variant="quiet"
                    className="admin-form-inline"
                  >
                    <input type="hidden" name="groupId" value={group.id} />
                    <input type="hidden" name="userId" value={member.id} />
                  </ActionForm>
                </li>
              ))}
            </ul>
            {users ? (
              <ActionForm
                action={addGroupMemberAction}
                submitLabel="Add member"
                variant="quiet"
                className="admin-form-inline"
                disabled={candidates.length === 0}
              >
                <input type="hidden" name="groupId" value={group.id} />
                <label className="visually-hidden" htmlFor={`add-member-${group.id}`}>
                  User to add to {group.name}
                </label>
                <select
                  id={`add-member-${group.id}`}
                  name="userId"
                  className="admin-select"
                  disabled={candidates.length === 0}
                >
                  {candidates.length === 0 ? <option value="">Everyone is a member</option> : null}
                  {candidates.map((user) => (
                    <option key={user.id} value={user.id}>
                      {user.name} ({user.email})
                    </option>
                  ))}
                </select>
              </ActionForm>
            ) : null}
          </div>

          <div className="admin-manage-col">
            <h3>Delete</h3>
            <p className="muted">
              Members lose the access this group gave them. Collections and documents stay.
            </p>
            <ActionForm
              action={deleteGroupAction}
              submitLabel="Delete group"
              variant="danger"
              confirm={`Delete the group ${group.name}?`}
            >
              <input type="hidden" name="id" value={group.id} />
            </ActionForm>
          </div>
        </div>
      </details>
    </li>
  );
}
