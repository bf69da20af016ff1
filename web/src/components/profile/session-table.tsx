import type { Session } from '../../lib/admin/types.ts';
import { revokeSessionAction } from '../../lib/profile/actions.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ActionForm } from '../admin/action-form.tsx';

/** The viewer's live sessions; every one but the current can be signed out from here. */
export function SessionTable({ sessions }: { sessions: Session[] }) {
  return (
    <div className="admin-table-wrap">
      <table className="admin-table" data-testid="session-table">
        <caption className="visually-hidden">Your sessions</caption>
        <thead>
          <tr>
            <th scope="col">Signed in</th>
            <th scope="col">Last seen</th>
            <th scope="col">Address</th>
            <th scope="col">Browser or client</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} data-testid="session-row">
              <td className="admin-nowrap">{formatDateTime(session.createdAt)}</td>
              <td className="admin-nowrap">{formatDateTime(session.lastSeenAt)}</td>
              <td className="admin-nowrap">{session.ip ?? '—'}</td>
              <td className="admin-break admin-agent">{session.userAgent ?? '—'}</td>
              <td className="admin-nowrap">{formatDateTime(session.expiresAt)}</td>
              <td>
                {session.current ? (
                  <span className="badge badge-ok">This session</span>
                ) : (
                  <ActionForm
                    action={revokeSessionAction}
                    submitLabel="Sign out"
                    variant="danger"
                    className="admin-form-inline"
                  >
                    <input type="hidden" name="id" value={session.id} />
                  </ActionForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
