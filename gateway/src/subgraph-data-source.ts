import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './auth/context.ts';

/**
 * Calls one subgraph on the caller's behalf: with the internal access token the gateway minted
 * (never the caller's own credential), the client address chain for the audit log, and the user
 * agent (recorded with a new session at login). Subgraphs authenticate every request again.
 */
export class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { caller, forwardedFor, userAgent } =
      (context as Partial<GatewayContext> | undefined) ?? {};
    if (caller) request.http?.headers.set('authorization', caller.authorization);
    if (forwardedFor) request.http?.headers.set('x-forwarded-for', forwardedFor);
    if (userAgent) request.http?.headers.set('user-agent', userAgent);
  }
}
