import type { PrismaClient } from '@quarry/prisma';
import { pageArgs, toPage, type Page } from '../paging.ts';
import type { AccessRow } from './access.ts';

/** Sessions, API tokens and the rows that make up a user's collection access. */

export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date | null;
  revokedAt: Date | null;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  secretHash: string;
  /** JSON text, as stored (see scopes.ts). */
  scopes: string;
  collectionIds: string | null;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface NewSession {
  userId: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export interface NewApiToken {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  secretHash: string;
  scopes: string;
  collectionIds: string | null;
  expiresAt: Date;
}

/** lastSeenAt / lastUsedAt are written at most this often per session or token, to spare writes. */
export const TOUCH_INTERVAL_MS = 60_000;

const stale = (field: 'lastSeenAt' | 'lastUsedAt', now: Date) => ({
  OR: [{ [field]: null }, { [field]: { lt: new Date(now.getTime() - TOUCH_INTERVAL_MS) } }],
});

export class IdentityStore {
  readonly #prisma: PrismaClient;

  constructor(prisma: PrismaClient) {
    this.#prisma = prisma;
  }

  /** Direct memberships and group grants of one user: the input of access.effectiveAccess. */
  async accessRows(userId: string): Promise<AccessRow[]> {
    const [direct, grants] = await Promise.all([
      this.#prisma.collectionMember.findMany({
        where: { userId },
        select: { collectionId: true, access: true },
      }),
      this.#prisma.collectionGrant.findMany({
        where: { group: { members: { some: { userId } } } },
        select: { collectionId: true, access: true },
      }),
    ]);
    return [...direct, ...grants];
  }

  createSession(session: NewSession): Promise<SessionRecord> {
    return this.#prisma.session.create({ data: session });
  }

  /**
   * Deletes a user's sessions that ended (expired or revoked) before `before`. Sign-in calls it, so
   * the table holds about one retention period of each user's sessions; the audit log keeps the
   * history (session ids in its details).
   */
  async purgeEndedSessions(userId: string, before: Date): Promise<number> {
    const { count } = await this.#prisma.session.deleteMany({
      where: { userId, OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] },
    });
    return count;
  }

  sessionById(id: string): Promise<SessionRecord | null> {
    return this.#prisma.session.findUnique({ where: { id } });
  }

  /** Sessions that still work, newest first. */
  liveSessions(userId: string, now: Date): Promise<SessionRecord[]> {
    return this.#prisma.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  /** Revokes one session; an already revoked one keeps its first revocation time. */
  async revokeSession(id: string, now: Date): Promise<SessionRecord> {
    await this.#prisma.session.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: now },
    });
    return this.#prisma.session.findUniqueOrThrow({ where: { id } });
  }

  async touchSession(id: string, now: Date): Promise<void> {
    await this.#prisma.session.updateMany({
      where: { id, ...stale('lastSeenAt', now) },
      data: { lastSeenAt: now },
    });
  }

  createApiToken(token: NewApiToken): Promise<ApiTokenRecord> {
    return this.#prisma.apiToken.create({ data: token });
  }

  apiTokenById(id: string): Promise<ApiTokenRecord | null> {
    return this.#prisma.apiToken.findUnique({ where: { id } });
  }

  /** All of one user's tokens, revoked and expired included, newest first. */
  apiTokensOf(userId: string): Promise<ApiTokenRecord[]> {
    return this.#prisma.apiToken.findMany({
      where: { userId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  async listApiTokens(
    userId: string | null,
    first: number,
    after: string | null,
  ): Promise<Page<ApiTokenRecord>> {
    const where = userId ? { userId } : {};
    const [rows, totalCount] = await Promise.all([
      this.#prisma.apiToken.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        ...pageArgs(first, after),
      }),
      this.#prisma.apiToken.count({ where }),
    ]);
    return toPage(rows, first, totalCount);
  }

  async revokeApiToken(id: string, now: Date): Promise<ApiTokenRecord> {
    await this.#prisma.apiToken.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: now },
    });
    return this.#prisma.apiToken.findUniqueOrThrow({ where: { id } });
  }

  async touchApiToken(id: string, now: Date): Promise<void> {
    await this.#prisma.apiToken.updateMany({
      where: { id, ...stale('lastUsedAt', now) },
      data: { lastUsedAt: now },
    });
  }

  /** Revokes a user's live sessions except `keepId` (the one changing the password); returns how many. */
  async revokeOtherSessions(userId: string, keepId: string | null, now: Date): Promise<number> {
    const { count } = await this.#prisma.session.updateMany({
      where: {
        userId,
        revokedAt: null,
        expiresAt: { gt: now },
        ...(keepId ? { id: { not: keepId } } : {}),
      },
      data: { revokedAt: now },
    });
    return count;
  }

  /** Revokes every live session and token of a user; returns how many were revoked. */
  async revokeAllOf(userId: string, now: Date): Promise<number> {
    const [sessions, tokens] = await this.#prisma.$transaction([
      this.#prisma.session.updateMany({
        where: { userId, revokedAt: null, expiresAt: { gt: now } },
        data: { revokedAt: now },
      }),
      this.#prisma.apiToken.updateMany({
        where: { userId, revokedAt: null, expiresAt: { gt: now } },
        data: { revokedAt: now },
      }),
    ]);
    return sessions.count + tokens.count;
  }
}
