import { bearerToken, verifyAccessToken, type Viewer } from '@quarry/auth';
import { UnauthenticatedError } from './errors.ts';

/**
 * Every subgraph authenticates each request again behind the gateway (defense in depth): no valid
 * bearer token, no context, and Apollo answers UNAUTHENTICATED with HTTP 401.
 */
export async function requireBearerViewer(
  authorization: string | undefined,
  secret: string,
): Promise<{ viewer: Viewer; token: string }> {
  const token = bearerToken(authorization);
  if (!token) throw new UnauthenticatedError();
  try {
    return { viewer: await verifyAccessToken(token, secret), token };
  } catch {
    throw new UnauthenticatedError('The bearer token is invalid or expired.');
  }
}
