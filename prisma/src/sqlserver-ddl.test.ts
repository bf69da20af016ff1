import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSqlServer, UntranslatableError } from './sqlserver-ddl.ts';

const TARGET = `-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "label" TEXT,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
`;

const body = (sql: string) =>
  sql
    .split('\n')
    .filter(
      (line) => line.startsWith('CREATE') || line.startsWith('ALTER') || line.startsWith('    ['),
    )
    .join('\n');

test('a created table gets SQL Server types, named defaults and a clustered primary key', () => {
  const sql = toSqlServer(TARGET, TARGET);
  assert.equal(
    body(sql),
    [
      'CREATE TABLE [dbo].[Item] (',
      '    [id] NVARCHAR(1000) NOT NULL,',
      '    [size] BIGINT NOT NULL,',
      '    [label] NVARCHAR(1000) NULL,',
      '    [done] BIT NOT NULL CONSTRAINT [Item_done_df] DEFAULT 0,',
      '    [at] DATETIME2 NOT NULL CONSTRAINT [Item_at_df] DEFAULT CURRENT_TIMESTAMP,',
    ].join('\n'),
  );
  assert.match(sql, /CONSTRAINT \[Item_pkey\] PRIMARY KEY CLUSTERED \(\[id\]\)/);
  assert.match(sql, /^BEGIN TRY\n\nBEGIN TRAN;/);
  assert.match(sql, /ROLLBACK TRAN;\nEND;\nTHROW\n\nEND CATCH\n$/);
});

test('indexes, foreign keys and column changes keep their names; RESTRICT becomes NO ACTION', () => {
  const migration = [
    '-- CreateIndex\nCREATE UNIQUE INDEX "Item_label_key" ON "Item"("label", "id");',
    '-- AddForeignKey\nALTER TABLE "Item" ADD CONSTRAINT "Item_x_fkey" FOREIGN KEY ("label") REFERENCES "Other"("id") ON DELETE RESTRICT ON UPDATE CASCADE;',
    '-- AlterTable\nALTER TABLE "Item" ALTER COLUMN "size" SET DATA TYPE BIGINT,\nALTER COLUMN "label" DROP DEFAULT;',
  ].join('\n\n');
  const sql = toSqlServer(migration, TARGET);
  assert.match(
    sql,
    /CREATE UNIQUE NONCLUSTERED INDEX \[Item_label_key\] ON \[dbo\]\.\[Item\]\(\[label\],\[id\]\);/,
  );
  assert.match(
    sql,
    /FOREIGN KEY \(\[label\]\) REFERENCES \[dbo\]\.\[Other\]\(\[id\]\) ON DELETE NO ACTION ON UPDATE CASCADE;/,
  );
  assert.match(sql, /ALTER TABLE \[dbo\]\.\[Item\] ALTER COLUMN \[size\] BIGINT NOT NULL;/);
  assert.match(sql, /ALTER TABLE \[dbo\]\.\[Item\] DROP CONSTRAINT \[Item_label_df\];/);
});

test('a dropped column loses its indexes and default first; a dropped index is looked up', () => {
  const migration =
    '-- DropIndex\nDROP INDEX "Item_label_key";\n\n-- AlterTable\nALTER TABLE "Item" DROP COLUMN "label";';
  const sql = toSqlServer(migration, TARGET);
  assert.match(sql, /DECLARE @sql NVARCHAR\(MAX\);/);
  assert.match(sql, /FROM sys\.indexes WHERE \[name\] = N'Item_label_key';\nEXEC\(@sql\);/);
  const drop = sql.indexOf('DROP COLUMN [label]');
  assert.ok(sql.indexOf("COL_NAME(c.[object_id], c.column_id) = N'label'") < drop);
  assert.ok(sql.indexOf('DROP CONSTRAINT IF EXISTS [Item_label_df]') < drop);
});

test('statements it does not know stop the translation', () => {
  assert.throws(
    () => toSqlServer('-- CreateEnum\nCREATE TYPE "Role" AS ENUM (\'a\');', TARGET),
    UntranslatableError,
  );
  assert.throws(
    () => toSqlServer('-- AlterTable\nALTER TABLE "Item" ADD COLUMN "tags" TEXT[];', TARGET),
    UntranslatableError,
  );
});
