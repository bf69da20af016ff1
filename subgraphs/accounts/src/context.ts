import type { IncomingMessage } from 'node:http';
import { bearerToken, verifyAccessToken, type Viewer } from '@quarry/auth';
import type { AccountsStore } from './accounts-store.ts';
import type { GroupsStore } from './groups/groups-store.ts';
import type { Authenticator } from './identity/authenticator.ts';
import type { IdentityStore } from './identity/identity-store.ts';
import type { LoginManager } from './login.ts';

export interface Services {
  store: AccountsStore;
  identity: IdentityStore;
  groups: GroupsStore;
  logins: LoginManager;
  authenticator: Authenticator;
}

export interface Context extends Services {
  /** Null for anonymous callers or a bad token; resolvers that need one ask policy.requireViewer. */
  viewer: Viewer | null;
  ip: string | null;
  userAgent: string | null;
}

/**
 * The caller's address for the audit log. The gateway forwards X-Forwarded-For; this subgraph is
 * reachable only behind it, so the header is trusted. Otherwise the socket's peer address counts.
 */
export function clientIp(req: IncomingMessage): string | null {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || null;
}

/**
 * Who is calling, on every request (defense in depth behind the gateway). Normally the bearer is
 * the internal access token the gateway minted. This service is also the authority on sessions
 * and API tokens, so it accepts those directly as well (tools and tests that talk to it without
 * the gateway), resolved exactly as /internal/authenticate does. A missing or bad credential is
 * not rejected here: `login` must work anonymously, so each protected resolver requires a viewer
 * through the policy module instead.
 */
export function createContext(secret: string, services: Services) {
  return async (req: IncomingMessage): Promise<Context> => {
    const token = bearerToken(req.headers.authorization);
    let viewer: Viewer | null = null;
    if (token) {
      viewer =
        (await verifyAccessToken(token, secret).catch(() => null)) ??
        (await services.authenticator.authenticate(token))?.viewer ??
        null;
    }
    const agent = req.headers['user-agent'];
    return { ...services, viewer, ip: clientIp(req), userAgent: agent ?? null };
  };
}
