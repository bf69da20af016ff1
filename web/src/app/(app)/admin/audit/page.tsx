import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPage } from '../../../../components/admin/admin-page.tsx';
import { AuditFilterForm } from '../../../../components/admin/audit-filter-form.tsx';
import { Forbidden } from '../../../../components/admin/forbidden.tsx';
import { Pager } from '../../../../components/admin/pager.tsx';
import { ApiErrors } from '../../../../components/admin/api-errors.tsx';
import { adminSession } from '../../../../lib/admin/access.ts';
import { fetchAuditEvents } from '../../../../lib/admin/audit.ts';
import { formatDetails } from '../../../../lib/admin/audit-details.ts';
import {
  auditExportHref,
  auditHref,
  isFilterEmpty,
  parseAuditSearch,
  toApiFilter,
} from '../../../../lib/admin/audit-filter.ts';
import { fetchUsers } from '../../../../lib/admin/users.ts';
import { formatCount, formatDateTime } from '../../../../lib/format.ts';

export const metadata: Metadata = { title: 'Audit log · Admin' };

const PAGE_SIZE = 50;

export default async function AdminAuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  const session = await adminSession();
  if (!session) return <Forbidden />;
  const { filter, after } = parseAuditSearch(await searchParams);
  const [events, users] = await Promise.all([
    fetchAuditEvents(toApiFilter(filter), after, PAGE_SIZE),
    fetchUsers(null, 200),
  ]);

  return (
    <AdminPage
      title="Audit log"
      intro="Who did what, when, from where and how it ended. Newest first; nothing here can be changed."
    >
      <AuditFilterForm filter={filter} users={users.ok ? users.data.users.nodes : []} />

      {events.ok ? (
        <section aria-labelledby="audit-title" className="admin-section">
          <div className="admin-section-head">
            <h2 id="audit-title">
              {formatCount(events.data.auditEvents.totalCount, 'event')}
              {isFilterEmpty(filter) ? '' : ' match'}
            </h2>
            <p className="admin-export">
              Export {isFilterEmpty(filter) ? 'all' : 'these'}:{' '}
              <a href={auditExportHref(filter, 'csv')} data-testid="export-csv">
                CSV
              </a>{' '}
              ·{' '}
              <a href={auditExportHref(filter, 'json')} data-testid="export-json">
                JSON
              </a>
            </p>
          </div>
          {events.data.auditEvents.nodes.length === 0 ? (
            <p className="panel">
              No events{isFilterEmpty(filter) ? '' : ' match this filter'}.{' '}
              {isFilterEmpty(filter) ? null : <Link href="/admin/audit">Clear the filter</Link>}
            </p>
          ) : (
            <div className="admin-table-wrap">
              <table className="admin-table admin-audit" data-testid="audit-table">
                <caption className="visually-hidden">Audit events, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Actor</th>
                    <th scope="col">Action</th>
                    <th scope="col">Target</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">Address</th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {events.data.auditEvents.nodes.map((event) => {
                    const details = formatDetails(event.details);
                    return (
                      <tr key={event.id} data-testid="audit-event">
                        <td className="admin-nowrap">{formatDateTime(event.at)}</td>
                        <td>
                          {event.actor ? (
                            <>
                              {event.actor.name}
                              <span className="admin-sub muted">{event.actor.email}</span>
                            </>
                          ) : (
                            <span className="muted">{event.actorId ?? 'anonymous'}</span>
                          )}
                        </td>
                        <td>
                          <code>{event.action}</code>
                        </td>
                        <td className="admin-break">{event.target}</td>
                        <td>
                          <span
                            className={`badge ${event.outcome === 'success' ? 'badge-ok' : 'badge-bad'}`}
                          >
                            {event.outcome}
                          </span>
                        </td>
                        <td className="admin-nowrap">{event.ip ?? '—'}</td>
                        <td>
                          {details ? (
                            <details>
                              <summary>Show</summary>
                              <pre className="admin-json">{details}</pre>
                            </details>
                          ) : (
                            <span className="muted">—</span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            label="Pages of audit events"
            firstHref={auditHref(filter)}
            onFirstPage={!after}
            nextHref={
              events.data.auditEvents.hasNextPage && events.data.auditEvents.endCursor
                ? auditHref(filter, events.data.auditEvents.endCursor)
                : null
            }
          />
        </section>
      ) : (
        <ApiErrors title="The audit log could not be loaded." errors={events.errors} />
      )}
    </AdminPage>
  );
}
