import assert from 'node:assert/strict';
import { test } from 'node:test';
import { providerOf, schemaFor } from './providers.ts';
import { sqlServerConfig } from './migrate-sqlserver.ts';

test('the DATABASE_URL scheme picks the provider', () => {
  assert.equal(providerOf('file:./quarry.db'), 'sqlite');
  assert.equal(providerOf('postgresql://u:p@127.0.0.1:5432/quarry'), 'postgresql');
  assert.equal(providerOf('postgres://u@db/quarry'), 'postgresql');
  assert.equal(providerOf('sqlserver://db:1433;database=quarry'), 'sqlserver');
  assert.throws(() => providerOf('mysql://db/quarry'), /DATABASE_URL must be/);
});

test('a provider variant of schema.prisma changes only the datasource provider', () => {
  const source =
    'generator client {\n  provider = "prisma-client"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n';
  assert.equal(schemaFor('postgresql', source), source.replace('"sqlite"', '"postgresql"'));
  assert.throws(() => schemaFor('sqlserver', 'datasource db {}'), /provider = "sqlite"/);
});

test("Prisma's SQL Server URL becomes an mssql configuration with one connection", () => {
  assert.deepEqual(
    sqlServerConfig(
      'sqlserver://db.example:1433;database=quarry;user=sa;password={p;w};trustServerCertificate=true',
    ),
    {
      server: 'db.example',
      port: 1433,
      database: 'quarry',
      user: 'sa',
      password: 'p;w',
      options: { encrypt: true, trustServerCertificate: true },
      pool: { min: 1, max: 1 },
    },
  );
});
