import { signSessionToken } from '@quarry/auth';
import type { IdentityStore, SessionRecord } from './identity-store.ts';

/** Longest user agent kept per session: enough to recognise a browser, bounded for storage. */
const MAX_USER_AGENT = 300;
/** How long ended sessions stay listed before sign-in purges them. */
const ENDED_SESSION_RETENTION_MS = 7 * 24 * 3600 * 1000;

export interface OpenedSession {
  token: string;
  expiresAt: Date;
  session: SessionRecord;
}

/** Opens sessions at sign-in: a Session row plus the session token that names it. */
export class SessionIssuer {
  readonly #identity: IdentityStore;
  readonly #secret: string;
  readonly #ttlSeconds: number;

  constructor(identity: IdentityStore, secret: string, ttlSeconds: number) {
    this.#identity = identity;
    this.#secret = secret;
    this.#ttlSeconds = ttlSeconds;
  }

  async open(userId: string, ip: string | null, userAgent: string | null): Promise<OpenedSession> {
    await this.#identity.purgeEndedSessions(
      userId,
      new Date(Date.now() - ENDED_SESSION_RETENTION_MS),
    );
    const expiresAt = new Date(Date.now() + this.#ttlSeconds * 1000);
    const session = await this.#identity.createSession({
      userId,
      expiresAt,
      ip,
      userAgent: userAgent ? userAgent.slice(0, MAX_USER_AGENT) : null,
    });
    const token = await signSessionToken(
      { userId, sessionId: session.id },
      this.#secret,
      this.#ttlSeconds,
    );
    return { token, expiresAt, session };
  }

  /** Ends the user's other sessions (after a password change: whoever knew the old one is out). */
  endOthers(userId: string, keepSessionId: string | null): Promise<number> {
    return this.#identity.revokeOtherSessions(userId, keepSessionId, new Date());
  }
}
