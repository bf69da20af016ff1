import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/**
 * A real, minimal OpenID Connect provider for tests: discovery document, published keys, RS256 ID
 * tokens, and the authorization code flow with PKCE (a sign-in page that asks only for an email,
 * no password: it stands in for Entra ID's). Integration tests ask it for ID tokens directly; the
 * end-to-end tests go through its sign-in page in the browser.
 */
export interface TestOidcIssuer {
  issuer: string;
  clientId: string;
  clientSecret: string;
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

interface PendingCode {
  email: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | undefined;
  expires: number;
}

async function keyPair(): Promise<{ privateKey: CryptoKey; jwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: randomUUID(), alg: 'RS256' } };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

export async function startTestOidcIssuer(
  options: { port?: number } = {},
): Promise<TestOidcIssuer> {
  const published = await keyPair();
  const foreign = await keyPair();
  const clientId = `quarry-test-${randomUUID().slice(0, 8)}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const codes = new Map<string, PendingCode>();
  let issuer = '';

  const sign = (email: string, overrides: IdTokenOverrides = {}) => {
    const signer = overrides.foreignKey ? foreign : published;
    return new SignJWT({ email, email_verified: true, ...overrides.claims })
      .setProtectedHeader({ alg: 'RS256', kid: signer.jwk.kid })
      .setSubject(`subject-${email}`)
      .setIssuer(overrides.issuer ?? issuer)
      .setAudience(overrides.audience ?? clientId)
      .setIssuedAt()
      .setExpirationTime(overrides.expiresIn ?? '5m')
      .sign(signer.privateKey);
  };

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
    'GET /.well-known/openid-configuration': async (_req, res) =>
      send(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      }),
    'GET /jwks': async (_req, res) => send(res, 200, { keys: [published.jwk] }),
    // The provider's sign-in page: the request's parameters ride along in hidden fields.
    'GET /authorize': async (req, res) => {
      const params = new URL(req.url ?? '/', issuer).searchParams;
      if (params.get('client_id') !== clientId || params.get('response_type') !== 'code') {
        return send(res, 400, { error: 'invalid_request' });
      }
      const hidden = [...params]
        .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
        .join('');
      send(
        res,
        200,
        `<!doctype html><title>Test identity provider</title><h1>Test identity provider</h1>
<form method="post" action="/authorize">${hidden}
<label>Email <input name="email" type="email" required></label>
<button type="submit">Continue</button></form>`,
        'text/html; charset=utf-8',
      );
    },
    'POST /authorize': async (req, res) => {
      const form = await readForm(req);
      const redirectUri = form.get('redirect_uri') ?? '';
      const code = randomBytes(16).toString('base64url');
      codes.set(code, {
        email: form.get('email') ?? '',
        redirectUri,
        codeChallenge: form.get('code_challenge') ?? '',
        nonce: form.get('nonce') ?? undefined,
        expires: Date.now() + 60_000,
      });
      const target = new URL(redirectUri);
      target.searchParams.set('code', code);
      const state = form.get('state');
      if (state) target.searchParams.set('state', state);
      res.writeHead(302, { location: target.toString() });
      res.end();
    },
    'POST /token': async (req, res) => {
      const form = await readForm(req);
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const [id, secret] = basic
        ? Buffer.from(basic, 'base64')
            .toString('utf8')
            .split(':')
            .map((part) => decodeURIComponent(part))
        : [form.get('client_id'), form.get('client_secret')];
      if (id !== clientId || secret !== clientSecret)
        return send(res, 401, { error: 'invalid_client' });
      const pending = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (
        !pending ||
        pending.expires < Date.now() ||
        pending.redirectUri !== form.get('redirect_uri') ||
        pending.codeChallenge !== challenge
      ) {
        return send(res, 400, { error: 'invalid_grant' });
      }
      send(res, 200, {
        access_token: randomBytes(16).toString('base64url'),
        token_type: 'Bearer',
        expires_in: 300,
        scope: 'openid email profile',
        id_token: await sign(pending.email, {
          claims: pending.nonce ? { nonce: pending.nonce } : {},
        }),
      });
    },
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes[`${req.method} ${path}`];
    if (!route) return send(res, 404, { error: 'not_found' });
    route(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    clientId,
    clientSecret,
    idToken: (email, overrides) => sign(email, overrides),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
