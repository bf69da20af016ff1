import type { PrismaClient } from '@quarry/prisma';
import { pageArgs, toPage, type Page } from '../paging.ts';

/** Groups, their members, collections and the grants that join them (admin data). */

export interface GroupRecord {
  id: string;
  name: string;
  description: string;
  createdAt: Date;
}

export interface CollectionRecord {
  id: string;
  name: string;
  createdAt: Date;
}

export interface GrantRecord {
  collectionId: string;
  groupId: string;
  access: string;
}

const GROUP = { id: true, name: true, description: true, createdAt: true } as const;
const COLLECTION = { id: true, name: true, createdAt: true } as const;
const GRANT = { collectionId: true, groupId: true, access: true } as const;

export class GroupsStore {
  readonly #prisma: PrismaClient;

  constructor(prisma: PrismaClient) {
    this.#prisma = prisma;
  }

  async listGroups(first: number, after: string | null): Promise<Page<GroupRecord>> {
    const [rows, totalCount] = await Promise.all([
      this.#prisma.group.findMany({
        select: GROUP,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        ...pageArgs(first, after),
      }),
      this.#prisma.group.count(),
    ]);
    return toPage(rows, first, totalCount);
  }

  groupById(id: string): Promise<GroupRecord | null> {
    return this.#prisma.group.findUnique({ where: { id }, select: GROUP });
  }

  groupsOfUser(userId: string): Promise<GroupRecord[]> {
    return this.#prisma.group.findMany({
      where: { members: { some: { userId } } },
      select: GROUP,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  async isMember(groupId: string, userId: string): Promise<boolean> {
    const row = await this.#prisma.groupMember.findUnique({
      where: { groupId_userId: { groupId, userId } },
      select: { userId: true },
    });
    return row !== null;
  }

  async memberIds(groupId: string): Promise<string[]> {
    const rows = await this.#prisma.groupMember.findMany({
      where: { groupId },
      select: { userId: true },
      orderBy: { userId: 'asc' },
    });
    return rows.map((row) => row.userId);
  }

  async groupNameTaken(name: string, exceptId: string | null): Promise<boolean> {
    const row = await this.#prisma.group.findUnique({ where: { name }, select: { id: true } });
    return row !== null && row.id !== exceptId;
  }

  createGroup(name: string, description: string): Promise<GroupRecord> {
    return this.#prisma.group.create({ data: { name, description }, select: GROUP });
  }

  updateGroup(id: string, name: string, description: string): Promise<GroupRecord> {
    return this.#prisma.group.update({ where: { id }, data: { name, description }, select: GROUP });
  }

  /** Members and grants go with it (cascade); users and collections stay. */
  async deleteGroup(id: string): Promise<void> {
    await this.#prisma.group.delete({ where: { id } });
  }

  async addMember(groupId: string, userId: string): Promise<void> {
    await this.#prisma.groupMember.upsert({
      where: { groupId_userId: { groupId, userId } },
      create: { groupId, userId },
      update: {},
    });
  }

  async removeMember(groupId: string, userId: string): Promise<void> {
    await this.#prisma.groupMember.deleteMany({ where: { groupId, userId } });
  }

  async listCollections(first: number, after: string | null): Promise<Page<CollectionRecord>> {
    const [rows, totalCount] = await Promise.all([
      this.#prisma.collection.findMany({
        select: COLLECTION,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        ...pageArgs(first, after),
      }),
      this.#prisma.collection.count(),
    ]);
    return toPage(rows, first, totalCount);
  }

  async collectionNameTaken(name: string, exceptId: string | null): Promise<boolean> {
    const row = await this.#prisma.collection.findUnique({ where: { name }, select: { id: true } });
    return row !== null && row.id !== exceptId;
  }

  createCollection(name: string): Promise<CollectionRecord> {
    return this.#prisma.collection.create({ data: { name }, select: COLLECTION });
  }

  renameCollection(id: string, name: string): Promise<CollectionRecord> {
    return this.#prisma.collection.update({ where: { id }, data: { name }, select: COLLECTION });
  }

  /** One grant per (collection, group): a new access level replaces the previous one. */
  async grant(collectionId: string, groupId: string, access: string): Promise<void> {
    await this.#prisma.collectionGrant.upsert({
      where: { collectionId_groupId: { collectionId, groupId } },
      create: { collectionId, groupId, access },
      update: { access },
    });
  }

  /** True when a grant existed. */
  async revokeGrant(collectionId: string, groupId: string): Promise<boolean> {
    const { count } = await this.#prisma.collectionGrant.deleteMany({
      where: { collectionId, groupId },
    });
    return count > 0;
  }

  grantsOfCollection(collectionId: string): Promise<GrantRecord[]> {
    return this.#prisma.collectionGrant.findMany({
      where: { collectionId },
      select: GRANT,
      orderBy: { groupId: 'asc' },
    });
  }

  grantsOfGroup(groupId: string): Promise<GrantRecord[]> {
    return this.#prisma.collectionGrant.findMany({
      where: { groupId },
      select: GRANT,
      orderBy: { collectionId: 'asc' },
    });
  }
}
