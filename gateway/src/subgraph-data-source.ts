import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './auth/context.ts';
import type { GatewayCredential } from './auth/gateway-credential.ts';

/**
 * Calls one subgraph on the caller's behalf: with the gateway's own credential (so the client
 * address it forwards is believed), the internal access token the gateway minted (never the
 * caller's own credential), the client address chain for the audit log, and the user agent
 * (recorded with a new session at login). Subgraphs authenticate every request again.
 */
export class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly #credential: GatewayCredential;

  constructor(url: string, credential: GatewayCredential) {
    super({ url });
    this.#credential = credential;
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { caller, forwardedFor, userAgent } =
      (context as Partial<GatewayContext> | undefined) ?? {};
    for (const [name, value] of Object.entries(await this.#credential.headers())) {
      request.http?.headers.set(name, value);
    }
    if (caller) request.http?.headers.set('authorization', caller.authorization);
    if (forwardedFor) request.http?.headers.set('x-forwarded-for', forwardedFor);
    if (userAgent) request.http?.headers.set('user-agent', userAgent);
  }
}
