import type { Role } from '@quarry/auth';
import {
  appendAuditEvent,
  normalizeEmail,
  rolesFromRows,
  type AuditEventInput,
  type Prisma,
  type PrismaClient,
} from '@quarry/prisma';

/** A user as the subgraph works with it: roles already validated, password hash only where needed. */
export interface AccountUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
}

export interface Credentials extends AccountUser {
  passwordHash: string;
}

export interface CollectionRecord {
  id: string;
  name: string;
  createdAt: Date;
}

/**
 * 'locked' = refused before the password counted (account locked or client address throttled);
 * 'denied' = refused by policy (not an admin, not signed in).
 */
export type { AuditOutcome } from '@quarry/prisma';
/** An audit event as the accounts service writes it (see @quarry/prisma's audit-log.ts). */
export type AuditInput = AuditEventInput;

export interface NewUser {
  email: string;
  name: string;
  roles: Role[];
  collectionIds: string[];
  passwordHash: string;
}

export interface UserPage {
  nodes: AccountUser[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface AuditRecord {
  id: string;
  at: Date;
  actorId: string | null;
  action: string;
  target: string;
  outcome: string;
  ip: string | null;
  /** JSON object text, as stored. */
  details: string;
}

/** Already validated by audit-log.ts; `actionPrefix` excludes `action`. */
export interface AuditQuery {
  actorId?: string;
  action?: string;
  actionPrefix?: string;
  outcome?: string;
  target?: string;
  from?: Date;
  to?: Date;
}

export interface AuditPosition {
  at: Date;
  id: string;
}

const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  active: true,
  lockedUntil: true,
  createdAt: true,
  roles: { select: { role: true } },
} as const;

const CREDENTIALS_SELECT = { ...USER_SELECT, passwordHash: true } as const;

type CredentialsRow = {
  id: string;
  email: string;
  name: string;
  active: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
  passwordHash: string;
  roles: { role: string }[];
};

/** Access (collections) is not part of the credentials: the authenticator reads it on every use. */
function toCredentials({ roles, ...row }: CredentialsRow): Credentials {
  return { ...row, roles: rolesFromRows(roles) };
}

/** The database boundary of the accounts subgraph: Prisma rows in, plain validated records out. */
export class AccountsStore {
  readonly prisma: PrismaClient;

  constructor(prisma: PrismaClient) {
    this.prisma = prisma;
  }

  async credentialsByEmail(email: string): Promise<Credentials | null> {
    const row = await this.prisma.user.findUnique({
      where: { email: normalizeEmail(email) },
      select: CREDENTIALS_SELECT,
    });
    return row ? toCredentials(row) : null;
  }

  async credentialsById(id: string): Promise<Credentials | null> {
    const row = await this.prisma.user.findUnique({ where: { id }, select: CREDENTIALS_SELECT });
    return row ? toCredentials(row) : null;
  }

  async userById(id: string): Promise<AccountUser | null> {
    const row = await this.prisma.user.findUnique({ where: { id }, select: USER_SELECT });
    return row ? { ...row, roles: rolesFromRows(row.roles) } : null;
  }

  /** Users among `ids` that exist, by email. */
  async usersByIds(ids: readonly string[]): Promise<AccountUser[]> {
    if (ids.length === 0) return [];
    const rows = await this.prisma.user.findMany({
      where: { id: { in: [...ids] } },
      select: USER_SELECT,
      orderBy: { email: 'asc' },
    });
    return rows.map((row) => ({ ...row, roles: rolesFromRows(row.roles) }));
  }

  /**
   * Counts one more wrong password; on reaching `maxFailures` locks the account until
   * `lockedUntil` and restarts the count, so after the lock the user again has the full number of
   * tries. The increment is atomic in SQL, so concurrent guesses cannot slip past the limit.
   */
  async recordFailedLogin(id: string, maxFailures: number, lockedUntil: Date): Promise<boolean> {
    const { failedLogins } = await this.prisma.user.update({
      where: { id },
      data: { failedLogins: { increment: 1 } },
      select: { failedLogins: true },
    });
    if (failedLogins < maxFailures) return false;
    await this.prisma.user.update({ where: { id }, data: { failedLogins: 0, lockedUntil } });
    return true;
  }

  /** After a successful sign-in (or an admin unlock) the account starts with a clean slate. */
  async clearLoginFailures(id: string): Promise<AccountUser> {
    const row = await this.prisma.user.update({
      where: { id },
      data: { failedLogins: 0, lockedUntil: null },
      select: USER_SELECT,
    });
    return { ...row, roles: rolesFromRows(row.roles) };
  }

  /** A new password also lifts a lockout: whoever set it has proved who they are. */
  async setPassword(id: string, passwordHash: string): Promise<AccountUser> {
    const row = await this.prisma.user.update({
      where: { id },
      data: { passwordHash, passwordChangedAt: new Date(), failedLogins: 0, lockedUntil: null },
      select: USER_SELECT,
    });
    return { ...row, roles: rolesFromRows(row.roles) };
  }

  /** Replaces every role of a user at once. */
  async setRoles(id: string, roles: readonly Role[]): Promise<AccountUser> {
    const [, row] = await this.prisma.$transaction([
      this.prisma.userRole.deleteMany({ where: { userId: id } }),
      this.prisma.user.update({
        where: { id },
        data: { roles: { create: roles.map((role) => ({ role })) } },
        select: USER_SELECT,
      }),
    ]);
    return { ...row, roles: rolesFromRows(row.roles) };
  }

  async setActive(id: string, active: boolean): Promise<AccountUser> {
    const row = await this.prisma.user.update({
      where: { id },
      data: { active },
      select: USER_SELECT,
    });
    return { ...row, roles: rolesFromRows(row.roles) };
  }

  /** Failed sign-ins from one client address since `since`, read from the audit log itself. */
  async loginFailuresFromIp(ip: string, since: Date): Promise<number> {
    return this.prisma.auditEvent.count({
      where: { ip, at: { gte: since }, action: 'login', outcome: 'failure' },
    });
  }

  async emailExists(email: string): Promise<boolean> {
    const row = await this.prisma.user.findUnique({
      where: { email: normalizeEmail(email) },
      select: { id: true },
    });
    return row !== null;
  }

  /** Ids among `ids` that name no collection. */
  async missingCollections(ids: readonly string[]): Promise<string[]> {
    const found = await this.prisma.collection.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true },
    });
    const known = new Set(found.map((c) => c.id));
    return ids.filter((id) => !known.has(id));
  }

  async createUser(user: NewUser): Promise<AccountUser> {
    const row = await this.prisma.user.create({
      data: {
        email: normalizeEmail(user.email),
        name: user.name,
        passwordHash: user.passwordHash,
        passwordChangedAt: null,
        roles: { create: user.roles.map((role) => ({ role })) },
        memberships: { create: user.collectionIds.map((collectionId) => ({ collectionId })) },
      },
      select: USER_SELECT,
    });
    return { ...row, roles: rolesFromRows(row.roles) };
  }

  /**
   * Users in creation order (id breaks ties), `first` at a time. The cursor is the last user's id:
   * ids never change, so a page boundary stays put while users are added.
   */
  async listUsers(first: number, after: string | null): Promise<UserPage> {
    const rows = await this.prisma.user.findMany({
      select: USER_SELECT,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: first + 1,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
    const totalCount = await this.prisma.user.count();
    const nodes = rows.slice(0, first).map((row) => ({ ...row, roles: rolesFromRows(row.roles) }));
    return {
      nodes,
      totalCount,
      endCursor: nodes.at(-1)?.id ?? null,
      hasNextPage: rows.length > first,
    };
  }

  async collectionsByIds(ids: readonly string[]): Promise<CollectionRecord[]> {
    if (ids.length === 0) return [];
    return this.prisma.collection.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, name: true, createdAt: true },
      orderBy: { name: 'asc' },
    });
  }

  async collectionById(id: string): Promise<CollectionRecord | null> {
    return this.prisma.collection.findUnique({
      where: { id },
      select: { id: true, name: true, createdAt: true },
    });
  }

  /** Appends to the audit log; there is deliberately no update or delete counterpart. */
  async audit(event: AuditInput): Promise<void> {
    await appendAuditEvent(this.prisma, event);
  }

  /**
   * Audit events newest first (id breaks ties), `first` after `position`. Keyset paging on
   * (at, id) rather than an offset: events appended while an admin pages do not shift the pages.
   */
  async listAuditEvents(
    query: AuditQuery,
    first: number,
    position: AuditPosition | null,
  ): Promise<{ rows: AuditRecord[]; totalCount: number; hasMore: boolean }> {
    const where: Prisma.AuditEventWhereInput = {
      actorId: query.actorId,
      outcome: query.outcome,
      target: query.target,
      at: { gte: query.from, lt: query.to },
      // A range, not startsWith: SQLite's LIKE ignores case, and 'user.*' must not match 'User.x'.
      action:
        query.actionPrefix !== undefined
          ? { gte: query.actionPrefix, lt: `${query.actionPrefix}\u{10FFFF}` }
          : query.action,
    };
    const page: Prisma.AuditEventWhereInput = position
      ? {
          AND: [
            where,
            {
              OR: [{ at: { lt: position.at } }, { at: position.at, id: { lt: position.id } }],
            },
          ],
        }
      : where;
    const rows = await this.prisma.auditEvent.findMany({
      where: page,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: first + 1,
    });
    const totalCount = await this.prisma.auditEvent.count({ where });
    return { rows: rows.slice(0, first), totalCount, hasMore: rows.length > first };
  }

  /** Trivial round trip for /readyz. */
  async ping(): Promise<void> {
    await this.prisma.$queryRaw`SELECT 1`;
  }
}
