import { randomBytes } from 'node:crypto';
import { signAccessToken } from '@quarry/auth';
import { hashPassword, verifyPassword } from '@quarry/prisma';
import type { AccountsStore, AccountUser } from './accounts-store.ts';
import { canSignIn } from './policy.ts';

export const INVALID_CREDENTIALS = 'Invalid email or password.';
export const ACCOUNT_DISABLED = 'This account is disabled.';

export type LoginResult =
  { ok: true; token: string; expiresAt: string; user: AccountUser } | { ok: false; error: string };

export interface LoginRequest {
  email: string;
  password: string;
  ip: string | null;
}

/**
 * Local sign-in. Every attempt costs one bcrypt comparison, also for unknown emails (against a
 * dummy hash of the same cost), so response time does not reveal which accounts exist. Every
 * attempt is audited; the password never leaves this function.
 */
export class LoginManager {
  readonly #store: AccountsStore;
  readonly #secret: string;
  readonly #ttlSeconds: number;
  readonly #dummyHash: Promise<string>;

  constructor(store: AccountsStore, secret: string, ttlSeconds: number) {
    this.#store = store;
    this.#secret = secret;
    this.#ttlSeconds = ttlSeconds;
    this.#dummyHash = hashPassword(randomBytes(24).toString('base64url'));
  }

  /** Resolves once the dummy hash exists, so the first unknown-email login is not slower. */
  async ready(): Promise<void> {
    await this.#dummyHash;
  }

  async login({ email, password, ip }: LoginRequest): Promise<LoginResult> {
    const user = await this.#store.credentialsByEmail(email);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await this.#dummyHash));
    const target = `user:${email.trim().toLowerCase()}`;
    if (!user || !matches) {
      await this.#store.audit({
        actorId: user?.id ?? null,
        action: 'login',
        target,
        outcome: 'failure',
        ip,
        details: { reason: user ? 'bad-password' : 'unknown-user' },
      });
      return { ok: false, error: INVALID_CREDENTIALS };
    }
    if (!canSignIn(user)) {
      await this.#store.audit({
        actorId: user.id,
        action: 'login',
        target,
        outcome: 'failure',
        ip,
        details: { reason: 'inactive' },
      });
      return { ok: false, error: ACCOUNT_DISABLED };
    }
    const viewer = {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      collections: user.collectionIds,
    };
    const token = await signAccessToken(viewer, this.#secret, this.#ttlSeconds);
    const expiresAt = new Date(Date.now() + this.#ttlSeconds * 1000).toISOString();
    await this.#store.audit({
      actorId: user.id,
      action: 'login',
      target,
      outcome: 'success',
      ip,
      details: {},
    });
    const { id, name, roles, active } = user;
    return { ok: true, token, expiresAt, user: { id, email: user.email, name, roles, active } };
  }
}
