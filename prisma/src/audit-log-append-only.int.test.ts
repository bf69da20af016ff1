import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createPrismaClient, type PrismaClient } from './client.ts';
import { migrate } from './migrate.ts';
import { testDatabases, testProviders } from './testing.ts';

// The audit log is append-only where it is stored: on a database migrated like production, every
// way of changing or removing an event is refused by the database itself (triggers of the
// audit_log_append_only migration), whoever asks. Writing new events still works.
const databases = testDatabases();
after(() => databases.dropAll());

/**
 * The trigger's own message. On SQLite, Prisma's libsql adapter reports a trigger's RAISE(ABORT)
 * (SQLITE_CONSTRAINT_TRIGGER) as a foreign key violation (P2003) and keeps the message only in
 * `meta.driverAdapterError.cause.originalMessage`, so the whole error is searched.
 */
function REFUSED(error: unknown): boolean {
  return /AuditEvent is append-only/.test(`${String(error)} ${JSON.stringify(error)}`);
}

for (const { provider, skip } of testProviders()) {
  describe(provider, { skip }, () => {
    let prisma: PrismaClient;
    before(async () => {
      const { url } = await databases.create(provider);
      await migrate(url);
      prisma = createPrismaClient(url);
    });
    after(() => prisma?.$disconnect());

    async function event(action: string, actorId: string | null = null) {
      return prisma.auditEvent.create({
        data: { action, target: 'user:x', outcome: 'success', actorId },
      });
    }

    test('events are written, and updating one is refused (Prisma and raw SQL)', async () => {
      const written = await event('user.create');
      await assert.rejects(
        prisma.auditEvent.update({ where: { id: written.id }, data: { outcome: 'failure' } }),
        REFUSED,
      );
      await assert.rejects(prisma.auditEvent.updateMany({ data: { details: '{}' } }), REFUSED);
      await assert.rejects(
        prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "outcome" = 'failure'`),
        REFUSED,
      );
      assert.deepEqual(await prisma.auditEvent.findUnique({ where: { id: written.id } }), written);
    });

    test('deleting events is refused, one or all', async () => {
      const written = await event('login');
      await assert.rejects(prisma.auditEvent.delete({ where: { id: written.id } }), REFUSED);
      await assert.rejects(prisma.auditEvent.deleteMany(), REFUSED);
      await assert.rejects(prisma.$executeRawUnsafe('DELETE FROM "AuditEvent"'), REFUSED);
      assert.deepEqual(await prisma.auditEvent.findUnique({ where: { id: written.id } }), written);
    });

    if (provider === 'postgresql') {
      test('TRUNCATE is refused too', async () => {
        const before = await prisma.auditEvent.count();
        await assert.rejects(prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"'), REFUSED);
        assert.equal(await prisma.auditEvent.count(), before);
      });
    }

    test('deleting a user leaves their events as written (no foreign key to touch them)', async () => {
      const user = await prisma.user.create({
        data: { email: `gone-${Date.now()}@example.org`, name: 'Gone', passwordHash: 'x' },
      });
      const written = await event('user.update', user.id);
      await prisma.user.delete({ where: { id: user.id } });
      assert.deepEqual(await prisma.auditEvent.findUnique({ where: { id: written.id } }), written);
    });
  });
}
