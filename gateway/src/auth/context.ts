import type { IncomingMessage } from 'node:http';
import type { BlockList } from 'node:net';
import { bearerToken, type Viewer } from '@quarry/auth';
import { UnauthenticatedError } from '@quarry/service-kit';
import type { AccountsClient, Resolved } from './accounts-client.ts';
import { forwardedFor } from './trusted-proxies.ts';

export interface GatewayContext {
  /** Null only while the request has not been authorized yet: see the require-auth plugin. */
  viewer: Viewer | null;
  /** The resolved credential (internal token to forward, scopes, cache key); null when anonymous. */
  caller: Resolved | null;
  /** The X-Forwarded-For chain with this hop's peer appended, for the audit log's "from where". */
  forwardedFor: string | null;
  userAgent: string | null;
}

export interface AuthSettings {
  accounts: AccountsClient;
  trusted: BlockList;
}

/**
 * The caller behind a request's bearer credential (session token or API token), resolved by the
 * accounts service; null without one. A credential that is present but does not stand is refused.
 */
export async function callerFromRequest(
  req: IncomingMessage,
  accounts: AccountsClient,
): Promise<Resolved | null> {
  const credential = bearerToken(req.headers.authorization);
  if (!credential) return null;
  const resolved = await accounts.resolve(credential);
  if (!resolved) throw new UnauthenticatedError('The bearer token is invalid, expired or revoked.');
  return resolved;
}

/**
 * Authenticates once per request. A missing credential is allowed here (login needs none); the
 * require-auth plugin refuses every other operation once the operation is known.
 */
export function createContext({ accounts, trusted }: AuthSettings) {
  return async (req: IncomingMessage): Promise<GatewayContext> => {
    const caller = await callerFromRequest(req, accounts);
    return {
      viewer: caller?.viewer ?? null,
      caller,
      forwardedFor: forwardedFor(req, trusted),
      userAgent: req.headers['user-agent'] ?? null,
    };
  };
}
