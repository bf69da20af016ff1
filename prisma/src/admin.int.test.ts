import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ensureAdmin, SAMPLE_COLLECTION } from './admin.ts';
import { createPrismaClient, type PrismaClient } from './client.ts';
import { migrate } from './migrate.ts';
import { verifyPassword } from './password.ts';
import { testDatabases, testProviders } from './testing.ts';

const databases = testDatabases();
after(() => databases.dropAll());

for (const { provider, skip } of testProviders()) {
  describe(provider, { skip }, () => {
    let prisma: PrismaClient;
    before(async () => {
      const { url } = await databases.create(provider);
      await migrate(url);
      prisma = createPrismaClient(url);
    });
    after(() => prisma.$disconnect());

    test('a user written through Prisma Client reads back with roles and collections', async () => {
      const collection = await prisma.collection.create({ data: { name: `c-${Date.now()}` } });
      const created = await prisma.user.create({
        data: {
          email: 'reader@example.org',
          name: 'Reader',
          passwordHash: 'not-a-real-hash',
          roles: { create: [{ role: 'analyst' }, { role: 'viewer' }] },
          memberships: { create: [{ collectionId: collection.id }] },
        },
      });
      const read = await prisma.user.findUnique({
        where: { email: 'reader@example.org' },
        include: { roles: { orderBy: { role: 'asc' } }, memberships: true },
      });
      assert.ok(read);
      assert.equal(read.id, created.id);
      assert.equal(read.active, true);
      assert.ok(read.createdAt instanceof Date);
      assert.deepEqual(
        read.roles.map((r) => r.role),
        ['analyst', 'viewer'],
      );
      assert.deepEqual(
        read.memberships.map((m) => m.collectionId),
        [collection.id],
      );
    });

    test('ensureAdmin creates the first admin once, with a generated password it returns', async () => {
      const first = await ensureAdmin(prisma, { email: ' Admin@Example.org ', name: 'Admin' });
      assert.equal(first.created, true);
      assert.equal(first.adminEmail, 'admin@example.org');
      assert.ok(first.generatedPassword && first.generatedPassword.length >= 20);

      const admin = await prisma.user.findUniqueOrThrow({
        where: { email: 'admin@example.org' },
        include: { roles: true, memberships: { include: { collection: true } } },
      });
      assert.deepEqual(
        admin.roles.map((r) => r.role),
        ['admin'],
      );
      assert.deepEqual(
        admin.memberships.map((m) => m.collection.name),
        [SAMPLE_COLLECTION],
      );
      assert.match(admin.passwordHash, /^\$2[aby]\$12\$/);
      assert.equal(await verifyPassword(first.generatedPassword, admin.passwordHash), true);

      const second = await ensureAdmin(prisma, {
        email: 'other@example.org',
        name: 'Other',
        password: 'a-long-enough-password',
      });
      assert.deepEqual(second, {
        created: false,
        adminEmail: 'admin@example.org',
        generatedPassword: null,
      });
      assert.equal(await prisma.user.count({ where: { email: 'other@example.org' } }), 0);
      assert.equal(await prisma.auditEvent.count({ where: { action: 'admin.bootstrap' } }), 1);
    });
  });
}
