import { createHash } from 'node:crypto';
import { isCredentialKind, isRole, signAccessToken, type Role, type Viewer } from '@quarry/auth';
import { GraphQLError } from 'graphql';
import type { GatewayCredential } from './gateway-credential.ts';

/** The internal access token's lifetime: it only has to outlive one request to the subgraphs. */
export const INTERNAL_TOKEN_TTL_SECONDS = 60;
/** Bounds the cache, so many distinct credentials cannot exhaust memory. */
const MAX_CACHED = 10_000;
const TIMEOUT_MS = 5_000;

/** A caller's credential as the accounts service resolved it, with the internal token to forward. */
export interface Resolved {
  viewer: Viewer;
  /** API token scopes ('read' | 'write' | 'admin'); null for sessions, which may do everything. */
  scopes: string[] | null;
  /** An API token's owner's own roles (before the token narrowed them); null for sessions. */
  ownerRoles: Role[] | null;
  /** `Bearer <internal access token>` for subgraphs and the pipeline. */
  authorization: string;
  /** SHA-256 of the credential: the cache key, never the credential itself. */
  key: string;
}

/** The accounts service did not answer: neither "yes" nor "no", so the request cannot go on. */
export class AuthUnavailableError extends GraphQLError {
  constructor() {
    super('Sign-in could not be checked just now; try again.', {
      extensions: { code: 'AUTH_UNAVAILABLE', http: { status: 503 } },
    });
  }
}

/** True when the token may only read: READ alone (sessions and WRITE/ADMIN tokens may write). */
export function isReadOnly(scopes: readonly string[] | null): boolean {
  return scopes !== null && !scopes.includes('write') && !scopes.includes('admin');
}

export function credentialKey(credential: string): string {
  return createHash('sha256').update(credential, 'utf8').digest('hex');
}

function parseViewer(value: unknown): Viewer | null {
  const v = value as Partial<Viewer> | null;
  const strings = (list: unknown) =>
    Array.isArray(list) && list.every((i) => typeof i === 'string');
  if (
    !v ||
    typeof v.id !== 'string' ||
    typeof v.email !== 'string' ||
    typeof v.name !== 'string' ||
    !Array.isArray(v.roles) ||
    !v.roles.every(isRole) ||
    !strings(v.collections) ||
    (v.writeCollections !== undefined && !strings(v.writeCollections)) ||
    (v.via !== undefined && !isCredentialKind(v.via)) ||
    (v.cid !== undefined && typeof v.cid !== 'string')
  ) {
    return null;
  }
  return v as Viewer;
}

/**
 * Resolves callers' credentials through the accounts service (POST /internal/authenticate) and
 * mints the internal access token forwarded to subgraphs and the pipeline: the caller's own
 * credential never leaves the gateway. Positive answers are cached for `cacheMs` (0 = never), keyed
 * by the credential's hash, so a revoked session or token stops working within that time; logout
 * through the gateway evicts its entry at once.
 */
export class AccountsClient {
  readonly #url: string;
  readonly #secret: string;
  readonly #cacheMs: number;
  readonly #credential: GatewayCredential;
  readonly #cache = new Map<string, { until: number; value: Promise<Resolved | null> }>();

  /** `credential`: the gateway's own, without which the internal routes answer nothing. */
  constructor(accountsUrl: string, secret: string, cacheMs: number, credential: GatewayCredential) {
    this.#url = accountsUrl;
    this.#secret = secret;
    this.#cacheMs = cacheMs;
    this.#credential = credential;
  }

  resolve(credential: string): Promise<Resolved | null> {
    const key = credentialKey(credential);
    const now = Date.now();
    const cached = this.#cache.get(key);
    if (cached && cached.until > now) return cached.value;
    const value = this.#lookup(credential, key);
    if (this.#cacheMs > 0) {
      // The promise itself is cached: concurrent requests with one credential share one lookup.
      this.#cache.delete(key);
      this.#cache.set(key, { until: now + this.#cacheMs, value });
      if (this.#cache.size > MAX_CACHED) {
        const oldest = this.#cache.keys().next().value;
        if (oldest !== undefined) this.#cache.delete(oldest);
      }
      // Only positive answers stay: a refusal or an outage is asked again next time.
      value.then(
        (resolved) => resolved ?? this.#forget(key, value),
        () => this.#forget(key, value),
      );
    }
    return value;
  }

  /** Drops a credential's cache entry (after logout through the gateway). */
  evict(key: string): void {
    this.#cache.delete(key);
  }

  /**
   * Records a refusal the gateway made itself (a READ token trying a mutation or an upload) in
   * the audit log, with the caller as actor. Best effort: the refusal stands either way.
   */
  async auditDenied(
    resolved: Resolved,
    forwardedFor: string | null,
    target: string,
    details: Record<string, unknown>,
  ): Promise<boolean> {
    try {
      const response = await fetch(`${this.#url}/internal/audit`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(await this.#credential.headers()),
          authorization: resolved.authorization,
          ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        },
        body: JSON.stringify({ action: 'api.denied', target, details }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return response.ok;
    } catch {
      return false;
    }
  }

  #forget(key: string, value: Promise<Resolved | null>): void {
    if (this.#cache.get(key)?.value === value) this.#cache.delete(key);
  }

  async #lookup(credential: string, key: string): Promise<Resolved | null> {
    let response: Response;
    try {
      response = await fetch(`${this.#url}/internal/authenticate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await this.#credential.headers()) },
        body: JSON.stringify({ credential }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new AuthUnavailableError();
    }
    if (response.status === 401) return null;
    if (!response.ok) throw new AuthUnavailableError();
    const body = (await response.json()) as {
      viewer?: unknown;
      scopes?: unknown;
      ownerRoles?: unknown;
    };
    const viewer = parseViewer(body.viewer);
    if (!viewer) throw new AuthUnavailableError();
    const scopes = Array.isArray(body.scopes)
      ? body.scopes.filter((s): s is string => typeof s === 'string')
      : null;
    const ownerRoles = Array.isArray(body.ownerRoles) ? body.ownerRoles.filter(isRole) : null;
    const token = await signAccessToken(viewer, this.#secret, INTERNAL_TOKEN_TTL_SECONDS);
    return { viewer, scopes, ownerRoles, authorization: `Bearer ${token}`, key };
  }
}
