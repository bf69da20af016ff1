import type { IncomingMessage } from 'node:http';
import { bearerToken, verifyAccessToken, type Viewer } from '@quarry/auth';
import type { AccountsStore } from './accounts-store.ts';
import type { LoginManager } from './login.ts';

export interface Context {
  /** Null for anonymous callers or a bad token; resolvers that need one ask policy.requireViewer. */
  viewer: Viewer | null;
  store: AccountsStore;
  logins: LoginManager;
  ip: string | null;
}

/**
 * The caller's address for the audit log. The gateway forwards X-Forwarded-For; this subgraph is
 * reachable only behind it, so the header is trusted. Otherwise the socket's peer address counts.
 */
function clientIp(req: IncomingMessage): string | null {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || null;
}

/**
 * Verifies the bearer token on every request (defense in depth behind the gateway). Unlike the
 * other subgraphs a missing or bad token is not rejected here: `login` must work anonymously, so
 * each protected resolver requires a viewer through the policy module instead.
 */
export function createContext(secret: string, store: AccountsStore, logins: LoginManager) {
  return async (req: IncomingMessage): Promise<Context> => {
    const token = bearerToken(req.headers.authorization);
    let viewer: Viewer | null = null;
    if (token) {
      try {
        viewer = await verifyAccessToken(token, secret);
      } catch {
        viewer = null;
      }
    }
    return { viewer, store, logins, ip: clientIp(req) };
  };
}
