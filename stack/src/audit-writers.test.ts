// Audit events are written in one place, @quarry/prisma's audit-log.ts (checked rows, append only).
// Once the accounts store, the documents ingest manager and the first-admin bootstrap each wrote
// their own rows, with their own idea of an outcome.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './env.ts';
import { sourceFiles, workspaceDirs } from './workspace-files.ts';

const THE_WRITER = 'prisma/src/audit-log.ts';
const WRITES_AUDIT_ROWS =
  /\bauditEvent\s*\.\s*(create|createMany|upsert)\b|INSERT\s+INTO\s+"?AuditEvent/i;
const isTest = (path: string) => /\.test\.tsx?$|\/testing\/|test-support\.ts$/.test(path);

test('only the audit-log module writes audit events (tests may set up rows)', () => {
  const writers = workspaceDirs()
    .flatMap(sourceFiles)
    .map((file) => relative(repoRoot, file))
    .filter((path) => path !== THE_WRITER && !isTest(path))
    .filter((path) => WRITES_AUDIT_ROWS.test(readFileSync(`${repoRoot}/${path}`, 'utf8')));
  assert.deepEqual(writers, []);
});

test('the pattern finds the writer itself (so an empty result means something)', () => {
  assert.ok(WRITES_AUDIT_ROWS.test(readFileSync(`${repoRoot}/${THE_WRITER}`, 'utf8')));
  assert.ok(WRITES_AUDIT_ROWS.test('await tx.auditEvent.create({ data })'));
  assert.ok(WRITES_AUDIT_ROWS.test('INSERT INTO "AuditEvent" (id) VALUES (1)'));
  assert.ok(!WRITES_AUDIT_ROWS.test('prisma.auditEvent.findMany()'));
});
