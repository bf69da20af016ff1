import type { IncomingMessage } from 'node:http';
import { bearerToken, verifyAccessToken, type Viewer } from '@quarry/auth';
import { UnauthenticatedError } from '@quarry/service-kit';
import type { DocumentsStore } from './store/documents-store.ts';

export interface Context {
  viewer: Viewer;
  store: DocumentsStore;
}

/**
 * Authenticates every request again even behind the gateway (defense in depth): no valid bearer
 * token, no context, and Apollo answers UNAUTHENTICATED with HTTP 401.
 */
export function createContext(secret: string, store: DocumentsStore) {
  return async (req: IncomingMessage): Promise<Context> => {
    const token = bearerToken(req.headers.authorization);
    if (!token) throw new UnauthenticatedError();
    try {
      return { viewer: await verifyAccessToken(token, secret), store };
    } catch {
      throw new UnauthenticatedError('The bearer token is invalid or expired.');
    }
  };
}
