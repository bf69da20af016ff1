import type { IncomingMessage } from 'node:http';
import type { Viewer } from '@quarry/auth';
import { requireBearerViewer } from '@quarry/service-kit';

/** What @neo4j/graphql reads: `jwt` (the verified claims that `$jwt.…` in @authorization refers to). */
export interface Context {
  viewer: Viewer;
  jwt: { sub: string; email: string; name: string; roles: string[]; collections: string[] };
  /**
   * Parameters @neo4j/graphql adds to every statement: `collections`, the verified token's readable
   * collections (every reviewed @cypher statement filters by `$collections`; see src/cypher/).
   */
  cypherParams: { collections: string[] };
  /** The caller's address for the audit log of curation (the gateway forwards X-Forwarded-For). */
  ip: string | null;
}

function clientIp(req: IncomingMessage): string | null {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || null;
}

/**
 * Authenticates every request again behind the gateway (defense in depth). The token is verified
 * with @quarry/auth (issuer, audience, expiry, claim shapes) and the verified claims are handed to
 * @neo4j/graphql as `jwt`, so its authorization rules never see unverified input.
 */
export function createContext(secret: string) {
  return async (req: IncomingMessage): Promise<Context> => {
    const { viewer } = await requireBearerViewer(req.headers.authorization, secret);
    return {
      viewer,
      jwt: {
        sub: viewer.id,
        email: viewer.email,
        name: viewer.name,
        roles: viewer.roles,
        collections: viewer.collections,
      },
      cypherParams: { collections: viewer.collections },
      ip: clientIp(req),
    };
  };
}
