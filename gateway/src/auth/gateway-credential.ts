import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@quarry/auth';

/** Long enough to be reused across many requests, short enough that a leaked one soon expires. */
const TTL_SECONDS = 120;

/**
 * The gateway's own credential towards the services behind it (@quarry/auth gateway-tokens),
 * sent on every subgraph request and internal call, anonymous `login` included: with it the
 * accounts service believes the client address the gateway forwards and answers its internal
 * routes. One token is reused until half its lifetime has passed.
 */
export class GatewayCredential {
  readonly #secret: string;
  #token: Promise<string> | null = null;
  #renewAt = 0;

  constructor(secret: string) {
    this.#secret = secret;
  }

  async headers(): Promise<Record<string, string>> {
    const now = Date.now();
    if (!this.#token || now >= this.#renewAt) {
      this.#token = signGatewayToken(this.#secret, TTL_SECONDS);
      this.#renewAt = now + (TTL_SECONDS * 1000) / 2;
    }
    return { [GATEWAY_TOKEN_HEADER]: await this.#token };
  }
}
