import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

/** Connected operation: an OpenID Connect provider (e.g. Entra ID) whose ID tokens sign users in. */
export interface OidcSettings {
  /** The provider's issuer URL exactly as its ID tokens name it. */
  issuer: string;
  /** Quarry's client id at the provider: the audience its ID tokens must carry. */
  clientId: string;
}

export interface OidcIdentity {
  email: string;
  subject: string;
}

/** Why an ID token was not accepted; `code` goes to the audit log, never to the caller. */
export class OidcRejectedError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'OidcRejectedError';
    this.code = code;
  }
}

const DISCOVERY_TIMEOUT_MS = 5000;
// Asymmetric algorithms only: a provider never shares a symmetric key with its clients' users.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384'];

/**
 * Verifies ID tokens against the provider's published keys: signature, issuer, audience (our
 * client id), expiry, and an email the provider does not call unverified. The keys' address comes
 * from the provider's discovery document, fetched once (and again after a failure).
 */
export class OidcVerifier {
  readonly #settings: OidcSettings;
  #keys: Promise<JWTVerifyGetKey> | null = null;

  constructor(settings: OidcSettings) {
    this.#settings = settings;
  }

  async verify(idToken: string): Promise<OidcIdentity> {
    const keys = await this.#loadKeys();
    let payload;
    try {
      ({ payload } = await jwtVerify(idToken, keys, {
        issuer: this.#settings.issuer,
        audience: this.#settings.clientId,
        algorithms: ALGORITHMS,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new OidcRejectedError('expired', 'expired');
      if (error instanceof errors.JOSEError) throw new OidcRejectedError(error.code, error.message);
      throw error;
    }
    const { email, email_verified: verified, sub } = payload;
    if (typeof email !== 'string' || !email.includes('@') || typeof sub !== 'string') {
      throw new OidcRejectedError('no-email', 'the ID token carries no email');
    }
    if (verified === false) throw new OidcRejectedError('email-unverified', 'email not verified');
    return { email, subject: sub };
  }

  #loadKeys(): Promise<JWTVerifyGetKey> {
    this.#keys ??= this.#discover().catch((error: unknown) => {
      this.#keys = null;
      throw error;
    });
    return this.#keys;
  }

  async #discover(): Promise<JWTVerifyGetKey> {
    const issuer = this.#settings.issuer.replace(/\/$/, '');
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(`${issuer}/.well-known/openid-configuration`, {
        signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      throw new OidcRejectedError(
        'provider-unreachable',
        `the identity provider could not be reached: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (document.issuer !== this.#settings.issuer || typeof document.jwks_uri !== 'string') {
      throw new OidcRejectedError('bad-discovery', 'the discovery document names another issuer');
    }
    return createRemoteJWKSet(new URL(document.jwks_uri));
  }
}
