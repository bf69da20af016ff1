import type { ReactNode } from 'react';
import type { GatewayError } from '../../lib/gateway/graphql.ts';
import { SignOutButton } from '../sign-out-button.tsx';

/**
 * An error state: what failed, with each error's stable code and message. When the gateway no
 * longer accepts the session (signed out elsewhere, revoked, user deactivated) the browser's cookie
 * is still there, so the way out is clearing it and signing in afresh.
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
      {errors.some((error) => error.code === 'UNAUTHENTICATED') ? (
        <p>
          Your session has ended (signed out elsewhere, or revoked).{' '}
          <SignOutButton label="Sign in again" />
        </p>
      ) : null}
      {children}
    </div>
  );
}
