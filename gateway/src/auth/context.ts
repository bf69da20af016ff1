import type { IncomingMessage } from 'node:http';
import { bearerToken, verifyAccessToken, type Viewer } from '@quarry/auth';
import { UnauthenticatedError } from '@quarry/service-kit';

export interface GatewayContext {
  /** Null only while the request has not been authorized yet: see the require-auth plugin. */
  viewer: Viewer | null;
  /** The caller's Authorization header, forwarded to subgraphs that verify it again. */
  authorization: string | null;
  /** The X-Forwarded-For chain with this hop's peer appended, for the audit log's "from where". */
  forwardedFor: string | null;
}

export function forwardedFor(req: IncomingMessage): string | null {
  const incoming = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(incoming) ? incoming.join(', ') : incoming)?.trim();
  const peer = req.socket.remoteAddress ?? null;
  if (chain && peer) return `${chain}, ${peer}`;
  return chain || peer;
}

/**
 * Verifies the bearer token once per request. A missing token is allowed here (login needs none);
 * the require-auth plugin refuses every other operation once the operation is known. A token that
 * is present but invalid is refused at once.
 */
export function createContext(secret: string) {
  return async (req: IncomingMessage): Promise<GatewayContext> => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return { viewer: null, authorization: null, forwardedFor: forwardedFor(req) };
    try {
      return {
        viewer: await verifyAccessToken(token, secret),
        authorization: `Bearer ${token}`,
        forwardedFor: forwardedFor(req),
      };
    } catch {
      throw new UnauthenticatedError('The bearer token is invalid or expired.');
    }
  };
}

/** For plain HTTP routes (/status): the viewer, or null when the token is missing or invalid. */
export async function viewerFromRequest(
  req: IncomingMessage,
  secret: string,
): Promise<Viewer | null> {
  const token = bearerToken(req.headers.authorization);
  if (!token) return null;
  return verifyAccessToken(token, secret).catch(() => null);
}
