import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/**
 * A real, minimal OpenID Connect issuer for integration tests: it serves the discovery document
 * and its public keys over HTTP, and signs ID tokens with its private key, exactly what accounts
 * needs from a provider such as Entra ID (no interactive login: tests ask it for tokens directly).
 */
export interface TestOidcIssuer {
  issuer: string;
  clientId: string;
  /** An ID token for `email` (RS256, 5 minutes), with `overrides` applied to claims and checks. */
  idToken(email: string, overrides?: IdTokenOverrides): Promise<string>;
  close(): Promise<void>;
}

export interface IdTokenOverrides {
  audience?: string;
  issuer?: string;
  expiresIn?: string | number;
  claims?: Record<string, unknown>;
  /** Sign with a key the issuer does not publish (a forgery). */
  foreignKey?: boolean;
}

async function keyPair(): Promise<{ privateKey: CryptoKey; jwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: randomUUID(), alg: 'RS256' } };
}

export async function startTestOidcIssuer(): Promise<TestOidcIssuer> {
  const published = await keyPair();
  const foreign = await keyPair();
  const server: Server = createServer((req, res) => {
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body =
      req.url === '/.well-known/openid-configuration'
        ? { issuer, jwks_uri: `${issuer}/jwks`, id_token_signing_alg_values_supported: ['RS256'] }
        : req.url === '/jwks'
          ? { keys: [published.jwk] }
          : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = `quarry-test-${randomUUID().slice(0, 8)}`;
  return {
    issuer,
    clientId,
    async idToken(email, overrides = {}) {
      const signer = overrides.foreignKey ? foreign : published;
      return new SignJWT({ email, email_verified: true, ...overrides.claims })
        .setProtectedHeader({ alg: 'RS256', kid: signer.jwk.kid })
        .setSubject(`subject-${email}`)
        .setIssuer(overrides.issuer ?? issuer)
        .setAudience(overrides.audience ?? clientId)
        .setIssuedAt()
        .setExpirationTime(overrides.expiresIn ?? '5m')
        .sign(signer.privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
