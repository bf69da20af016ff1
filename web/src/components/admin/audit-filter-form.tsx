import Link from 'next/link';
import { AUDIT_OUTCOMES, type AuditFilterState } from '../../lib/admin/audit-filter.ts';
import type { UserRef } from '../../lib/admin/types.ts';

// Actions the accounts API records, offered as suggestions (any text, or a prefix with *).
const KNOWN_ACTIONS = [
  'login',
  'logout',
  'password.change',
  'user.*',
  'user.create',
  'user.setActive',
  'user.setRoles',
  'user.resetPassword',
  'user.unlock',
  'user.revokeSessions',
  'group.*',
  'collection.*',
  'token.*',
  'session.revoke',
  'api.denied',
];

/** A plain GET form: the filter lives in the URL, so a filtered view can be bookmarked or shared. */
export function AuditFilterForm({ filter, users }: { filter: AuditFilterState; users: UserRef[] }) {
  return (
    <form method="get" action="/admin/audit" className="panel admin-filter" role="search">
      <div className="field">
        <label htmlFor="audit-actor">Actor</label>
        <select
          id="audit-actor"
          name="actor"
          defaultValue={filter.actorId ?? ''}
          className="admin-select"
        >
          <option value="">Anyone</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.email})
            </option>
          ))}
          {filter.actorId && !users.some((u) => u.id === filter.actorId) ? (
            <option value={filter.actorId}>{filter.actorId}</option>
          ) : null}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-action">Action</label>
        <input
          id="audit-action"
          name="action"
          list="audit-actions"
          defaultValue={filter.action ?? ''}
          placeholder="e.g. user.*"
          aria-describedby="audit-action-hint"
        />
        <span id="audit-action-hint" className="admin-hint muted">
          Exact, or a prefix ending in *
        </span>
        <datalist id="audit-actions">
          {KNOWN_ACTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor="audit-outcome">Outcome</label>
        <select
          id="audit-outcome"
          name="outcome"
          defaultValue={filter.outcome ?? ''}
          className="admin-select"
        >
          <option value="">Any</option>
          {AUDIT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcome}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-target">Target</label>
        <input
          id="audit-target"
          name="target"
          defaultValue={filter.target ?? ''}
          placeholder="e.g. user:<id>"
        />
      </div>
      <div className="field">
        <label htmlFor="audit-from">From</label>
        <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">To (inclusive)</label>
        <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ''} />
      </div>
      <div className="admin-filter-actions">
        <button type="submit" className="button button-primary">
          Filter
        </button>
        <Link href="/admin/audit" className="button button-quiet">
          Clear
        </Link>
      </div>
    </form>
  );
}
