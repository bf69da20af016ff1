import type { ReactNode } from 'react';
import type { GatewayError } from '../../lib/gateway/graphql.ts';

/** An error state: what failed, with each error's stable code and message. */
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
      {children}
    </div>
  );
}
