import type { Role } from '@quarry/auth';
import { normalizeEmail, rolesFromRows, type PrismaClient } from '@quarry/prisma';

/** A user as the subgraph works with it: roles already validated, password hash only where needed. */
export interface AccountUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
}

export interface Credentials extends AccountUser {
  passwordHash: string;
  collectionIds: string[];
}

export interface CollectionRecord {
  id: string;
  name: string;
}

export interface AuditInput {
  actorId: string | null;
  action: string;
  target: string;
  outcome: 'success' | 'failure';
  ip: string | null;
  details: Record<string, unknown>;
}

const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  active: true,
  roles: { select: { role: true } },
} as const;

/** The database boundary of the accounts subgraph: Prisma rows in, plain validated records out. */
export class AccountsStore {
  readonly prisma: PrismaClient;

  constructor(prisma: PrismaClient) {
    this.prisma = prisma;
  }

  async credentialsByEmail(email: string): Promise<Credentials | null> {
    const row = await this.prisma.user.findUnique({
      where: { email: normalizeEmail(email) },
      select: {
        ...USER_SELECT,
        passwordHash: true,
        memberships: { select: { collectionId: true }, orderBy: { collectionId: 'asc' } },
      },
    });
    if (!row) return null;
    return {
      ...row,
      roles: rolesFromRows(row.roles),
      collectionIds: row.memberships.map((m) => m.collectionId),
    };
  }

  async userById(id: string): Promise<AccountUser | null> {
    const row = await this.prisma.user.findUnique({ where: { id }, select: USER_SELECT });
    return row ? { ...row, roles: rolesFromRows(row.roles) } : null;
  }

  async collectionsByIds(ids: readonly string[]): Promise<CollectionRecord[]> {
    if (ids.length === 0) return [];
    return this.prisma.collection.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    });
  }

  async collectionById(id: string): Promise<CollectionRecord | null> {
    return this.prisma.collection.findUnique({ where: { id }, select: { id: true, name: true } });
  }

  /** Appends to the audit log; there is deliberately no update or delete counterpart. */
  async audit(event: AuditInput): Promise<void> {
    await this.prisma.auditEvent.create({
      data: { ...event, details: JSON.stringify(event.details) },
    });
  }

  /** Trivial round trip for /readyz. */
  async ping(): Promise<void> {
    await this.prisma.$queryRaw`SELECT 1`;
  }
}
