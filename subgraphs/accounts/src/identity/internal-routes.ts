import { bearerToken, verifyAccessToken } from '@quarry/auth';
import { readBody, sendJson, type RequestHandler } from '@quarry/service-kit';
import type { AccountsStore } from '../accounts-store.ts';
import { clientIp, fromGateway } from '../context.ts';
import type { Authenticator } from './authenticator.ts';

/** A credential is a few hundred bytes at most; anything bigger is not one. */
const MAX_BODY = 8 * 1024;

/** Refusals the gateway takes itself and records here; nothing else may be written this way. */
export const GATEWAY_AUDIT_ACTIONS = ['api.denied'] as const;

function readJson(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Service-to-service routes for the gateway, never exposed through it (the gateway serves only
 * /graphql, the file routes, /status and /playground). Each needs the gateway's own credential
 * (GATEWAY_TOKEN_HEADER, signed with the shared secret): any other caller gets 401, even from
 * this machine, so a local process cannot test passwords or tokens through them.
 *
 * POST /internal/authenticate `{"credential": "..."}` → 200 `{"viewer": Viewer, "scopes": [...]|null}`
 * or 401: the caller's session or API token, resolved against the database now.
 *
 * POST /internal/audit (bearer: an internal access token the gateway minted) `{"action",
 * "target", "details"}` → 204: records a refusal the gateway made (a READ token trying a mutation).
 */
export function internalRoutes(
  secret: string,
  store: AccountsStore,
  authenticator: Authenticator,
): Record<string, RequestHandler> {
  return {
    '/internal/authenticate': async (req, res) => {
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' });
      if (!(await fromGateway(req, secret))) return sendJson(res, 401, { error: 'gateway only' });
      const body = readJson(await readBody(req, MAX_BODY));
      const credential = body?.credential;
      if (typeof credential !== 'string' || !credential) {
        return sendJson(res, 400, { error: 'send {"credential": "<bearer token>"}' });
      }
      const result = await authenticator.authenticate(credential);
      if (!result) return sendJson(res, 401, { error: 'unauthenticated' });
      sendJson(res, 200, result);
    },
    '/internal/audit': async (req, res) => {
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' });
      if (!(await fromGateway(req, secret))) return sendJson(res, 401, { error: 'gateway only' });
      const token = bearerToken(req.headers.authorization);
      const viewer = token ? await verifyAccessToken(token, secret).catch(() => null) : null;
      if (!viewer) return sendJson(res, 401, { error: 'unauthenticated' });
      const body = readJson(await readBody(req, MAX_BODY));
      const { action, target, details } = body ?? {};
      if (
        !(GATEWAY_AUDIT_ACTIONS as readonly unknown[]).includes(action) ||
        typeof target !== 'string' ||
        (details !== undefined && (typeof details !== 'object' || details === null))
      ) {
        return sendJson(res, 400, { error: 'unknown action or bad event' });
      }
      await store.audit({
        actorId: viewer.id,
        action: action as string,
        target: target.slice(0, 500),
        outcome: 'denied',
        ip: clientIp(req, true),
        details: { ...(details as Record<string, unknown>), via: viewer.via, cid: viewer.cid },
      });
      res.writeHead(204).end();
    },
  };
}
