import { verifySessionToken, type Role, type Viewer } from '@quarry/auth';
import type { AccountsStore } from '../accounts-store.ts';
import { effectiveAccess } from './access.ts';
import type { IdentityStore } from './identity-store.ts';
import { narrowForToken, parseIdList, parseScopes, type Scope } from './scopes.ts';
import { looksLikeApiToken, parseToken, secretMatches } from './token-format.ts';

/** What a credential stands for right now. `scopes` is null for sessions (they may do everything). */
export interface Authenticated {
  viewer: Viewer;
  scopes: Scope[] | null;
  /**
   * An API token's owner's own roles, before the token narrowed them (absent for sessions): lets
   * the gateway say whether a refusal comes from the user's role or from the token's scope.
   */
  ownerRoles?: Role[];
}

/**
 * Resolves a caller's credential (session token or API token) to a Viewer built fresh from the
 * database: current roles, effective collections (memberships and group grants), narrowed by the
 * token's scopes and collections. Null for anything that does not stand: unknown, malformed,
 * expired, revoked, or an inactive user. The gateway asks this (POST /internal/authenticate) for
 * every request it does not have cached, then mints the internal access token from the answer.
 */
export class Authenticator {
  readonly #accounts: AccountsStore;
  readonly #identity: IdentityStore;
  readonly #secret: string;

  constructor(accounts: AccountsStore, identity: IdentityStore, secret: string) {
    this.#accounts = accounts;
    this.#identity = identity;
    this.#secret = secret;
  }

  async authenticate(credential: string, now = new Date()): Promise<Authenticated | null> {
    return looksLikeApiToken(credential)
      ? this.#apiToken(credential, now)
      : this.#session(credential, now);
  }

  async #session(credential: string, now: Date): Promise<Authenticated | null> {
    const claims = await verifySessionToken(credential, this.#secret).catch(() => null);
    if (!claims) return null;
    const session = await this.#identity.sessionById(claims.sessionId);
    if (!session || session.userId !== claims.userId || !stands(session, now)) return null;
    const viewer = await this.#viewerOf(session.userId);
    if (!viewer) return null;
    await this.#identity.touchSession(session.id, now);
    return { viewer: { ...viewer, via: 'session', cid: session.id }, scopes: null };
  }

  async #apiToken(credential: string, now: Date): Promise<Authenticated | null> {
    const parsed = parseToken(credential);
    if (!parsed) return null;
    const token = await this.#identity.apiTokenById(parsed.id);
    if (!token || !secretMatches(parsed.secret, token.secretHash) || !stands(token, now)) {
      return null;
    }
    const viewer = await this.#viewerOf(token.userId);
    if (!viewer) return null;
    const scopes = parseScopes(token.scopes);
    const narrowed = narrowForToken(
      viewer.roles,
      { read: viewer.collections, write: viewer.writeCollections ?? [] },
      scopes,
      parseIdList(token.collectionIds),
    );
    await this.#identity.touchApiToken(token.id, now);
    return {
      viewer: { ...viewer, ...narrowed, via: 'token', cid: token.id },
      scopes,
      ownerRoles: viewer.roles,
    };
  }

  /** The user as they are now; null when deleted or deactivated. */
  async #viewerOf(userId: string): Promise<Viewer | null> {
    const user = await this.#accounts.userById(userId);
    if (!user?.active) return null;
    const access = effectiveAccess(await this.#identity.accessRows(userId));
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      collections: access.read,
      writeCollections: access.write,
    };
  }
}

/** Neither revoked nor expired. */
export function stands(
  credential: { revokedAt: Date | null; expiresAt: Date },
  now: Date,
): boolean {
  return credential.revokedAt === null && credential.expiresAt.getTime() > now.getTime();
}
