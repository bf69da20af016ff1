import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { env } from '../../../env.ts';
import { SESSION_ENDED_PATH } from '../../../lib/auth/session-ended.ts';
import { getViewerSession } from '../../../lib/auth/viewer-session.ts';
import { fetchServiceStatus, type ServiceStatus } from '../../../lib/gateway/status.ts';
import { formatLatency, sortServices, summarizeStatus } from '../../../lib/status/summary.ts';

export const metadata: Metadata = { title: 'Status' };

export default async function StatusPage() {
  const { accessToken } = await getViewerSession();
  const result = await fetchServiceStatus(env().GATEWAY_URL, accessToken);
  if (result.kind === 'session-ended') redirect(SESSION_ENDED_PATH);
  const checkedAt = new Date().toISOString().replace('T', ' ').slice(0, 19);

  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">Status</h1>
        <a href="/status" className="button button-quiet">
          Refresh
        </a>
      </div>
      {result.kind === 'ok' ? (
        <StatusReport services={result.services} checkedAt={checkedAt} />
      ) : (
        <div
          className="alert alert-error"
          role="alert"
          data-testid="status-unavailable"
          data-kind={result.kind}
        >
          <p>
            <strong>
              {result.kind === 'unreachable'
                ? 'The Quarry gateway cannot be reached.'
                : 'The gateway did not return a status report.'}
            </strong>
          </p>
          <p>{result.message}</p>
          <p className="muted">
            Checked {checkedAt} UTC. The services behind the gateway may still be running.
          </p>
        </div>
      )}
    </section>
  );
}

function StatusReport({ services, checkedAt }: { services: ServiceStatus[]; checkedAt: string }) {
  const summary = summarizeStatus(services);
  return (
    <>
      <p
        className={`summary ${summary.allReady ? 'summary-ok' : 'summary-bad'}`}
        data-testid="status-summary"
        data-all-ready={String(summary.allReady)}
        role="status"
      >
        <span aria-hidden="true">{summary.allReady ? '✓' : '!'}</span> {summary.text}
        <span className="muted summary-time">Checked {checkedAt} UTC</span>
      </p>
      <ul className="service-grid" aria-label="Services">
        {sortServices(services).map((service) => (
          <li key={service.name}>
            <ServiceCard service={service} />
          </li>
        ))}
      </ul>
    </>
  );
}

function ServiceCard({ service }: { service: ServiceStatus }) {
  const checks = Object.entries(service.checks).sort(([a], [b]) => a.localeCompare(b));
  const headingId = `service-${service.name}-title`;
  return (
    <article
      className={`card service ${service.ready ? 'service-ready' : 'service-not-ready'}`}
      data-testid={`service-${service.name}`}
      data-ready={String(service.ready)}
      aria-labelledby={headingId}
    >
      <header className="card-header">
        <h2 id={headingId}>{service.name}</h2>
        <span
          className={`badge ${service.ready ? 'badge-ok' : 'badge-bad'}`}
          data-testid="service-badge"
        >
          {service.ready ? 'Ready' : 'Not ready'}
        </span>
      </header>
      {service.error ? (
        <p className="service-error" data-testid="service-error">
          {service.error}
        </p>
      ) : null}
      {checks.length > 0 ? (
        <table className="checks">
          <caption className="visually-hidden">Dependency checks of {service.name}</caption>
          <thead>
            <tr>
              <th scope="col">Dependency</th>
              <th scope="col">Result</th>
              <th scope="col" className="num">
                Latency
              </th>
            </tr>
          </thead>
          <tbody>
            {checks.map(([dependency, check]) => (
              <tr
                key={dependency}
                data-testid={`check-${service.name}-${dependency}`}
                data-ok={String(check.ok)}
              >
                <th scope="row">{dependency}</th>
                <td>
                  <span className={check.ok ? 'check-ok' : 'check-bad'}>
                    <span aria-hidden="true">{check.ok ? '✓ ' : '✗ '}</span>
                    {check.ok ? 'OK' : 'Failed'}
                  </span>
                  {check.error ? <span className="check-error">{check.error}</span> : null}
                </td>
                <td className="num">{formatLatency(check)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No dependency checks reported.</p>
      )}
    </article>
  );
}
