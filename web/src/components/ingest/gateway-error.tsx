import { endSessionIfRejected } from '../../lib/auth/end-rejected-session.ts';
import type { GatewayError } from '../../lib/gateway/errors.ts';

/**
 * An error state that names what failed, with the gateway's stable code and its message; a
 * session the gateway refused sends the viewer to sign in instead.
 */
export function GatewayErrorAlert({ title, errors }: { title: string; errors: GatewayError[] }) {
  endSessionIfRejected(errors);
  return (
    <div className="alert alert-error" role="alert" data-testid="ingest-error">
      <p>
        <strong>{title}</strong>
      </p>
      {errors.map((error, index) => (
        <p key={index}>
          <code>{error.code}</code> {error.message}
        </p>
      ))}
      {errors.some((e) => e.code === 'GATEWAY_UNREACHABLE') ? (
        <p className="muted">
          Check <a href="/status">the service status</a>; the page works again once the gateway is
          back.
        </p>
      ) : null}
    </div>
  );
}
