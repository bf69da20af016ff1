import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checksumOf } from './migrations-dir.ts';
import { generatePassword } from './password.ts';
import { normalizeEmail, rolesFromRows } from './roles.ts';

test('migration checksums are the lower-case hex SHA-256 of the file, as Prisma computes them', () => {
  assert.equal(
    checksumOf('abc'),
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
});

test('unknown role strings from the database are dropped', () => {
  assert.deepEqual(rolesFromRows([{ role: 'admin' }, { role: 'root' }, { role: 'viewer' }]), [
    'admin',
    'viewer',
  ]);
});

test('emails compare case- and whitespace-insensitively', () => {
  assert.equal(normalizeEmail('  Ada@Example.ORG '), 'ada@example.org');
});

test('generated passwords are long, URL-safe and different each time', () => {
  const a = generatePassword();
  assert.match(a, /^[A-Za-z0-9_-]{24}$/);
  assert.notEqual(a, generatePassword());
});
