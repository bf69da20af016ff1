import type { GatewayError } from '../../lib/gateway/errors.ts';
import { GatewayErrors } from '../search/gateway-errors.tsx';

/** The API's errors, plus where to look when the gateway is down (GatewayErrors handles sign-in). */
export function ApiErrors({ title, errors }: { title: string; errors: readonly GatewayError[] }) {
  const codes = new Set(errors.map((e) => e.code));
  return (
    <GatewayErrors title={title} errors={errors}>
      {codes.has('GATEWAY_UNREACHABLE') ? (
        <p className="muted">
          Check <a href="/status">the service status</a>; this works again once the gateway is back.
        </p>
      ) : null}
    </GatewayErrors>
  );
}
