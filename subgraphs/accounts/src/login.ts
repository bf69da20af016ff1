import { randomBytes } from 'node:crypto';
import { hashPassword, normalizeEmail, verifyPassword } from '@quarry/prisma';
import type { AccountsStore, AccountUser, AuditInput } from './accounts-store.ts';
import { OidcRejectedError, type OidcVerifier } from './identity/oidc.ts';
import type { SessionIssuer } from './identity/sessions.ts';
import { canSignIn, isLocked, passwordProblem } from './policy.ts';

export const INVALID_CREDENTIALS = 'Invalid email or password.';
export const ACCOUNT_DISABLED = 'This account is disabled.';
/** The same words for a locked account, a throttled address and a throttled unknown email. */
export const TOO_MANY_ATTEMPTS = 'Too many failed attempts. Try again later.';
export const WRONG_CURRENT_PASSWORD = 'The current password is wrong.';
export const OIDC_NOT_CONFIGURED = 'Single sign-on is not configured.';
export const OIDC_NOT_VERIFIED = 'The single sign-on could not be verified.';
export const OIDC_NO_ACCOUNT =
  'There is no Quarry account for this identity. Ask an administrator.';

export type LoginResult =
  { ok: true; token: string; expiresAt: string; user: AccountUser } | { ok: false; error: string };

export type ChangePasswordResult = { ok: true } | { ok: false; error: string };

export interface LoginRequest {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

export interface OidcLoginRequest {
  idToken: string;
  ip: string | null;
  userAgent: string | null;
}

export interface ChangePasswordRequest {
  userId: string;
  /** The session making the change: it stays; the user's other sessions end. */
  sessionId: string | null;
  currentPassword: string;
  newPassword: string;
  ip: string | null;
}

export interface ThrottleSettings {
  /** Consecutive wrong passwords that lock an account (or an unknown email). */
  maxFailures: number;
  lockMs: number;
  /** Failed sign-ins per client address and window, across all emails. */
  maxFailuresPerIp: number;
  ipWindowMs: number;
}

/** Bounds the in-memory throttle of unknown emails, so guessing many emails cannot exhaust memory. */
const MAX_TRACKED_UNKNOWN_EMAILS = 10_000;

/**
 * Failed sign-ins for emails that have no account. They are counted exactly like an account's
 * (same limit, same lock), so after five tries an unknown email answers "too many attempts" just
 * as a real one does and the answer never tells whether the account exists. Kept in memory: there
 * is no row to store it on, and losing it on restart only gives a prober a few more useless tries.
 */
class UnknownEmailThrottle {
  readonly #entries = new Map<string, { failures: number; lockedUntil: number }>();

  isLocked(email: string, now: number): boolean {
    return (this.#entries.get(email)?.lockedUntil ?? 0) > now;
  }

  /** Returns true when this failure starts a lock. */
  fail(email: string, now: number, settings: ThrottleSettings): boolean {
    const entry = this.#entries.get(email) ?? { failures: 0, lockedUntil: 0 };
    this.#entries.delete(email);
    entry.failures += 1;
    const locks = entry.failures >= settings.maxFailures;
    if (locks) Object.assign(entry, { failures: 0, lockedUntil: now + settings.lockMs });
    this.#entries.set(email, entry);
    // Maps iterate in insertion order: the first key is the one least recently failed.
    if (this.#entries.size > MAX_TRACKED_UNKNOWN_EMAILS) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return locks;
  }
}

/**
 * Local sign-in and password change. Every attempt costs one bcrypt comparison, also for unknown
 * emails and locked accounts (against a dummy hash of the same cost), so response time does not
 * reveal which accounts exist or are locked. Every attempt is audited with its outcome and reason;
 * the password never leaves this class.
 */
export class LoginManager {
  readonly #store: AccountsStore;
  readonly #sessions: SessionIssuer;
  readonly #settings: ThrottleSettings;
  readonly #unknown = new UnknownEmailThrottle();
  readonly #dummyHash: Promise<string>;
  readonly #oidc: OidcVerifier | null;

  constructor(
    store: AccountsStore,
    sessions: SessionIssuer,
    settings: ThrottleSettings,
    oidc: OidcVerifier | null = null,
  ) {
    this.#store = store;
    this.#sessions = sessions;
    this.#settings = settings;
    this.#oidc = oidc;
    this.#dummyHash = hashPassword(randomBytes(24).toString('base64url'));
  }

  /** Resolves once the dummy hash exists, so the first unknown-email login is not slower. */
  async ready(): Promise<void> {
    await this.#dummyHash;
  }

  async login({ email, password, ip, userAgent }: LoginRequest): Promise<LoginResult> {
    const normalized = normalizeEmail(email);
    const base = { action: 'login', target: `user:${normalized}`, ip };
    const audit = (event: Omit<AuditInput, keyof typeof base>) =>
      this.#store.audit({ ...base, ...event });
    const now = Date.now();
    const user = await this.#store.credentialsByEmail(normalized);
    // Compared before any early answer, so every path costs the same bcrypt time.
    const matches = await verifyPassword(password, user?.passwordHash ?? (await this.#dummyHash));

    if (ip && (await this.#ipThrottled(ip, now))) {
      await audit({
        actorId: user?.id ?? null,
        outcome: 'locked',
        details: { reason: 'ip-throttled' },
      });
      return { ok: false, error: TOO_MANY_ATTEMPTS };
    }
    const locked = user ? isLocked(user, new Date(now)) : this.#unknown.isLocked(normalized, now);
    if (locked) {
      // Same answer whether or not the password was right: a lock must not become an oracle.
      await audit({
        actorId: user?.id ?? null,
        outcome: 'locked',
        details: { reason: 'account-locked' },
      });
      return { ok: false, error: TOO_MANY_ATTEMPTS };
    }
    if (!user || !matches) {
      const lockedNow = user
        ? await this.#store.recordFailedLogin(
            user.id,
            this.#settings.maxFailures,
            this.#lockEnd(now),
          )
        : this.#unknown.fail(normalized, now, this.#settings);
      await audit({
        actorId: user?.id ?? null,
        outcome: 'failure',
        details: {
          reason: user ? 'bad-password' : 'unknown-user',
          ...(lockedNow ? { lockedUntil: this.#lockEnd(now).toISOString() } : {}),
        },
      });
      return { ok: false, error: lockedNow ? TOO_MANY_ATTEMPTS : INVALID_CREDENTIALS };
    }
    if (!canSignIn(user)) {
      await audit({ actorId: user.id, outcome: 'failure', details: { reason: 'inactive' } });
      return { ok: false, error: ACCOUNT_DISABLED };
    }
    const fresh = await this.#store.clearLoginFailures(user.id);
    // The token names a Session row: roles and collections are looked up on every use instead.
    const { token, expiresAt, session } = await this.#sessions.open(user.id, ip, userAgent);
    await audit({ actorId: user.id, outcome: 'success', details: { sessionId: session.id } });
    return { ok: true, token, expiresAt: expiresAt.toISOString(), user: fresh };
  }

  /**
   * Single sign-on: the web app passes the ID token its OIDC provider issued. The provider has
   * authenticated the person, so password lockouts do not apply; the account must exist (matched by
   * email; accounts are not created implicitly) and be active. Audited like `login`, with
   * `method: oidc`; rejections keep their reason in the audit details only.
   */
  async loginWithOidc({ idToken, ip, userAgent }: OidcLoginRequest): Promise<LoginResult> {
    const audit = (event: Omit<AuditInput, 'action' | 'ip'>) =>
      this.#store.audit({ action: 'login', ip, ...event });
    if (!this.#oidc) {
      await audit({
        actorId: null,
        target: 'oidc',
        outcome: 'failure',
        details: { method: 'oidc', reason: 'not-configured' },
      });
      return { ok: false, error: OIDC_NOT_CONFIGURED };
    }
    let email: string;
    try {
      email = normalizeEmail((await this.#oidc.verify(idToken)).email);
    } catch (error) {
      if (!(error instanceof OidcRejectedError)) throw error;
      await audit({
        actorId: null,
        target: 'oidc',
        outcome: 'failure',
        details: { method: 'oidc', reason: 'invalid-token', code: error.code },
      });
      return { ok: false, error: OIDC_NOT_VERIFIED };
    }
    const user = await this.#store.credentialsByEmail(email);
    const target = `user:${email}`;
    if (!user || !canSignIn(user)) {
      const reason = user ? 'inactive' : 'unknown-user';
      await audit({
        actorId: user?.id ?? null,
        target,
        outcome: 'failure',
        details: { method: 'oidc', reason },
      });
      return { ok: false, error: user ? ACCOUNT_DISABLED : OIDC_NO_ACCOUNT };
    }
    const fresh = await this.#store.clearLoginFailures(user.id);
    const { token, expiresAt, session } = await this.#sessions.open(user.id, ip, userAgent);
    await audit({
      actorId: user.id,
      target,
      outcome: 'success',
      details: { method: 'oidc', sessionId: session.id },
    });
    return { ok: true, token, expiresAt: expiresAt.toISOString(), user: fresh };
  }

  /**
   * The signed-in user's own password change. A wrong current password counts toward the same
   * lockout as a failed sign-in: otherwise a stolen token would allow unlimited guessing here.
   * Returns null when the account no longer exists or is disabled (the caller signs it out).
   */
  async changePassword(request: ChangePasswordRequest): Promise<ChangePasswordResult | null> {
    const { userId, sessionId, currentPassword, newPassword, ip } = request;
    const audit = (outcome: AuditInput['outcome'], details: Record<string, unknown>) =>
      this.#store.audit({
        actorId: userId,
        action: 'password.change',
        target: `user:${userId}`,
        outcome,
        ip,
        details,
      });
    const now = Date.now();
    const user = await this.#store.credentialsById(userId);
    if (!user || !canSignIn(user)) {
      await audit('failure', { reason: user ? 'inactive' : 'unknown-user' });
      return null;
    }
    const matches = await verifyPassword(currentPassword, user.passwordHash);
    if (isLocked(user, new Date(now))) {
      await audit('locked', { reason: 'account-locked' });
      return { ok: false, error: TOO_MANY_ATTEMPTS };
    }
    if (!matches) {
      const end = this.#lockEnd(now);
      const lockedNow = await this.#store.recordFailedLogin(
        user.id,
        this.#settings.maxFailures,
        end,
      );
      await audit('failure', {
        reason: 'bad-password',
        ...(lockedNow ? { lockedUntil: end.toISOString() } : {}),
      });
      return { ok: false, error: lockedNow ? TOO_MANY_ATTEMPTS : WRONG_CURRENT_PASSWORD };
    }
    const problem = passwordProblem(newPassword, currentPassword);
    if (problem) {
      await audit('failure', { reason: problem.reason });
      return { ok: false, error: problem.message };
    }
    await this.#store.setPassword(user.id, await hashPassword(newPassword));
    const otherSessionsEnded = await this.#sessions.endOthers(user.id, sessionId);
    await audit('success', { otherSessionsEnded });
    return { ok: true };
  }

  #lockEnd(now: number): Date {
    return new Date(now + this.#settings.lockMs);
  }

  async #ipThrottled(ip: string, now: number): Promise<boolean> {
    const since = new Date(now - this.#settings.ipWindowMs);
    return (await this.#store.loginFailuresFromIp(ip, since)) >= this.#settings.maxFailuresPerIp;
  }
}
