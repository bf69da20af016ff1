import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './auth/context.ts';

/** Calls one subgraph and forwards the caller's token: subgraphs authenticate every request again. */
export class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const authorization = (context as Partial<GatewayContext> | undefined)?.authorization;
    if (authorization) request.http?.headers.set('authorization', authorization);
  }
}
