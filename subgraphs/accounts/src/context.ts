import type { IncomingMessage } from 'node:http';
import {
  bearerToken,
  GATEWAY_TOKEN_HEADER,
  isGatewayToken,
  verifyAccessToken,
  type Viewer,
} from '@quarry/auth';
import { UnauthenticatedError } from '@quarry/service-kit';
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

/** True when the request carries the gateway's own credential (see @quarry/auth gateway-tokens). */
export function fromGateway(req: IncomingMessage, secret: string): Promise<boolean> {
  return isGatewayToken(req.headers[GATEWAY_TOKEN_HEADER], secret);
}

/**
 * The caller's address for the audit log and the per-address login limit. X-Forwarded-For is
 * believed only on a request that carries the gateway's credential: the gateway sends the chain it
 * checked (GATEWAY_TRUSTED_PROXIES). From anyone else the header is ignored, or a direct caller
 * could name any address and get round the limit; the socket's peer address counts instead.
 */
export function clientIp(req: IncomingMessage, viaGateway: boolean): string | null {
  if (viaGateway) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress || null;
}

/**
 * Who is calling, on every request (defense in depth behind the gateway). Normally the bearer is
 * the internal access token the gateway minted. This service is also the authority on sessions
 * and API tokens, so it accepts those directly as well (tools and tests that talk to it without
 * the gateway), resolved exactly as /internal/authenticate does. Without a credential that
 * stands, only the gateway may call (its own credential in GATEWAY_TOKEN_HEADER): `login` must
 * work anonymously through it, so each protected resolver requires a viewer through the policy
 * module. Anyone else is refused with UNAUTHENTICATED (HTTP 401), as the other subgraphs do, so
 * nothing (not even `_service { sdl }`) answers an anonymous direct caller.
 */
export function createContext(secret: string, services: Services) {
  return async (req: IncomingMessage): Promise<Context> => {
    const viaGateway = await fromGateway(req, secret);
    const token = bearerToken(req.headers.authorization);
    let viewer: Viewer | null = null;
    if (token) {
      viewer =
        (await verifyAccessToken(token, secret).catch(() => null)) ??
        (await services.authenticator.authenticate(token))?.viewer ??
        null;
    }
    if (!viewer && !viaGateway) {
      throw new UnauthenticatedError(
        'Call the accounts service through the gateway, or send a valid bearer token.',
      );
    }
    const agent = req.headers['user-agent'];
    return { ...services, viewer, ip: clientIp(req, viaGateway), userAgent: agent ?? null };
  };
}
