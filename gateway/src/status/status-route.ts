import { sendJson, type RequestHandler } from '@quarry/service-kit';
import type { AccountsClient } from '../auth/accounts-client.ts';
import { callerFromRequest } from '../auth/context.ts';
import { probeAll, type ServiceStatus } from './probe.ts';

/**
 * GET /status: readiness of the gateway and every service behind it, for the web status page.
 * Needs a valid credential: it reveals the deployment's shape.
 */
export function statusRoute(options: {
  accounts: AccountsClient;
  services: Record<string, string>;
  gatewayStatus: () => ServiceStatus;
}): RequestHandler {
  return async (req, res) => {
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'method not allowed' });
    // Any refusal (a bad credential, or accounts not answering) is a 401 here: this page is a probe.
    if (!(await callerFromRequest(req, options.accounts).catch(() => null))) {
      return sendJson(res, 401, {
        error: 'unauthenticated',
        message: 'Sign in to use the API: send a valid bearer token.',
      });
    }
    sendJson(res, 200, {
      services: [options.gatewayStatus(), ...(await probeAll(options.services))],
    });
  };
}
