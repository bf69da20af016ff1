import type { ReactNode } from 'react';
import { endSessionIfRejected } from '../../lib/auth/end-rejected-session.ts';
import type { GatewayError } from '../../lib/gateway/errors.ts';

/**
 * An error state: what failed, with each error's stable code and message. When the gateway no
 * longer accepts the session (signed out elsewhere, revoked, user deactivated) there is nothing to
 * show: the viewer is sent to sign in again.
 */
export function GatewayErrors({
  title,
  errors,
  children,
}: {
  title: string;
  errors: readonly GatewayError[];
  children?: ReactNode;
}) {
  endSessionIfRejected(errors);
  return (
    <div className="alert alert-error" role="alert" data-testid="gateway-error">
      <p>
        <strong>{title}</strong>
      </p>
      <ul className="error-list">
        {errors.map((error, index) => (
          <li key={index}>
            <code className="error-code">{error.code}</code> {error.message}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
