import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './auth/context.ts';

/** Calls one subgraph and forwards the caller's token: subgraphs authenticate every request again. */
export class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { authorization, forwardedFor } = (context as Partial<GatewayContext> | undefined) ?? {};
    if (authorization) request.http?.headers.set('authorization', authorization);
    if (forwardedFor) request.http?.headers.set('x-forwarded-for', forwardedFor);
  }
}
