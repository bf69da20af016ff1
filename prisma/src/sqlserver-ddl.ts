/**
 * Translates the PostgreSQL migration SQL that Prisma's schema engine writes into SQL Server
 * (T-SQL) with Prisma's SQL Server conventions: schema [dbo], String → NVARCHAR(1000), named
 * default constraints `<table>_<column>_df`, the whole migration in one transaction. The WebAssembly
 * engine has no SQL Server connector, so this is how SQL Server migrations follow the schema
 * offline. Only the statement shapes Prisma emits for this schema's features are understood;
 * anything else stops the translation, asking for that migration to be written by hand.
 */

export class UntranslatableError extends Error {
  constructor(statement: string) {
    super(
      `cannot translate this PostgreSQL statement to SQL Server; write the SQL Server migration by hand:\n${statement}`,
    );
    this.name = 'UntranslatableError';
  }
}

interface Column {
  type: string;
  notNull: boolean;
}
/** `Table.column` → its PostgreSQL type and nullability in the target schema. */
export type ColumnTypes = Map<string, Column>;

const TYPES: [RegExp, string][] = [
  [/^TEXT$/, 'NVARCHAR(1000)'],
  [/^INTEGER$/, 'INT'],
  [/^BIGINT$/, 'BIGINT'],
  [/^BOOLEAN$/, 'BIT'],
  [/^TIMESTAMP\(3\)$/, 'DATETIME2'],
  [/^DOUBLE PRECISION$/, 'FLOAT'],
  [/^DECIMAL\(65,30\)$/, 'DECIMAL(32,16)'],
  [/^BYTEA$/, 'VARBINARY(MAX)'],
];

function sqlServerType(pgType: string, statement: string): string {
  const found = TYPES.find(([pattern]) => pattern.test(pgType));
  if (!found) throw new UntranslatableError(statement);
  return found[1];
}

function sqlServerDefault(value: string, statement: string): string {
  if (value === 'true') return '1';
  if (value === 'false') return '0';
  if (value === 'CURRENT_TIMESTAMP' || /^-?\d+(\.\d+)?$/.test(value)) return value;
  if (/^'(?:[^']|'')*'$/.test(value)) return `N${value}`;
  throw new UntranslatableError(statement);
}

const sqlString = (text: string) => `N'${text.replace(/'/g, "''")}'`;
const q = (name: string) => `[${name.replace(/]/g, ']]')}]`;
const table = (name: string) => `[dbo].${q(name)}`;
/** `"a", "b"` or `"a","b"` → `[a],[b]`. */
const columnList = (list: string) =>
  list
    .split(',')
    .map((c) => q(c.trim().replace(/^"|"$/g, '')))
    .join(',');

const COLUMN =
  /^"([^"]+)" ([A-Z]+(?: PRECISION)?(?:\(\d+(?:,\d+)?\))?)( NOT NULL)?(?: DEFAULT (.+))?$/;

function columnDefinition(tableName: string, text: string, statement: string): string {
  const m = COLUMN.exec(text.trim());
  if (!m) throw new UntranslatableError(statement);
  const [, name = '', pgType = '', notNull, fallback] = m;
  const parts = [q(name), sqlServerType(pgType.trim(), statement), notNull ? 'NOT NULL' : 'NULL'];
  if (fallback !== undefined) {
    parts.push(
      `CONSTRAINT ${q(`${tableName}_${name}_df`)} DEFAULT ${sqlServerDefault(fallback, statement)}`,
    );
  }
  return parts.join(' ');
}

/** Reads every column of every CREATE TABLE in a PostgreSQL script (the target schema's types). */
export function columnTypes(createScript: string): ColumnTypes {
  const types: ColumnTypes = new Map();
  for (const m of createScript.matchAll(/CREATE TABLE "([^"]+)" \(\n([\s\S]*?)\n\);/g)) {
    for (const line of (m[2] ?? '').split('\n')) {
      const c = COLUMN.exec(line.trim().replace(/,$/, ''));
      if (c) types.set(`${m[1]}.${c[1]}`, { type: c[2] ?? '', notNull: c[3] !== undefined });
    }
  }
  return types;
}

function createTable(statement: string): string {
  const m = /^CREATE TABLE "([^"]+)" \(\n([\s\S]*)\n\);$/.exec(statement);
  if (!m) throw new UntranslatableError(statement);
  const name = m[1] ?? '';
  const lines = (m[2] ?? '')
    .split('\n')
    .map((l) => l.trim().replace(/,$/, ''))
    .filter((l) => l !== '');
  const body = lines.map((line) => {
    const pk = /^CONSTRAINT "([^"]+)" PRIMARY KEY \((.+)\)$/.exec(line);
    if (pk)
      return `CONSTRAINT ${q(pk[1] ?? '')} PRIMARY KEY CLUSTERED (${columnList(pk[2] ?? '')})`;
    return columnDefinition(name, line, statement);
  });
  return `CREATE TABLE ${table(name)} (\n    ${body.join(',\n    ')}\n);`;
}

function alterColumn(
  tableName: string,
  clause: string,
  types: ColumnTypes,
  statement: string,
): string[] {
  const alter = `ALTER TABLE ${table(tableName)}`;
  let m = /^ADD COLUMN\s+(.+)$/.exec(clause);
  if (m) return [`${alter} ADD ${columnDefinition(tableName, m[1] ?? '', statement)};`];
  m = /^DROP COLUMN "([^"]+)"$/.exec(clause);
  if (m) {
    const column = m[1] ?? '';
    // PostgreSQL drops the column's indexes with it (the engine re-creates those still wanted
    // afterwards); SQL Server refuses, so they are dropped first, and so is the default.
    return [
      `SET @sql = N'';`,
      `SELECT @sql += N'DROP INDEX ' + QUOTENAME(i.[name]) + N' ON ${table(tableName)};' FROM sys.indexes i JOIN sys.index_columns c ON c.[object_id] = i.[object_id] AND c.index_id = i.index_id WHERE i.[object_id] = OBJECT_ID(${sqlString(`dbo.${tableName}`)}) AND COL_NAME(c.[object_id], c.column_id) = ${sqlString(column)} AND i.is_primary_key = 0;`,
      'EXEC(@sql);',
      `${alter} DROP CONSTRAINT IF EXISTS ${q(`${tableName}_${column}_df`)};`,
      `${alter} DROP COLUMN ${q(column)};`,
    ];
  }
  m =
    /^ALTER COLUMN "([^"]+)" (SET DEFAULT (.+)|DROP DEFAULT|SET NOT NULL|DROP NOT NULL|SET DATA TYPE (.+))$/.exec(
      clause,
    );
  if (!m) throw new UntranslatableError(statement);
  const [, column = '', action = '', newDefault, newType] = m;
  const constraint = q(`${tableName}_${column}_df`);
  if (action === 'DROP DEFAULT') return [`${alter} DROP CONSTRAINT ${constraint};`];
  if (newDefault !== undefined) {
    return [
      `${alter} DROP CONSTRAINT IF EXISTS ${constraint};`,
      `${alter} ADD CONSTRAINT ${constraint} DEFAULT ${sqlServerDefault(newDefault, statement)} FOR ${q(column)};`,
    ];
  }
  // SQL Server restates type and nullability together: both come from the target schema.
  const target = types.get(`${tableName}.${column}`);
  if (!target) throw new UntranslatableError(statement);
  const type = sqlServerType(newType?.replace(/ USING .*$/, '') ?? target.type, statement);
  return [`${alter} ALTER COLUMN ${q(column)} ${type} ${target.notNull ? 'NOT NULL' : 'NULL'};`];
}

function translateStatement(statement: string, types: ColumnTypes): string[] {
  if (/^CREATE SCHEMA IF NOT EXISTS "public";$/.test(statement)) return [];
  if (statement.startsWith('CREATE TABLE ')) return [createTable(statement)];
  let m = /^CREATE (UNIQUE )?INDEX "([^"]+)" ON "([^"]+)"\((.+)\);$/.exec(statement);
  if (m) {
    return [
      `CREATE ${m[1] ?? ''}NONCLUSTERED INDEX ${q(m[2] ?? '')} ON ${table(m[3] ?? '')}(${columnList(m[4] ?? '')});`,
    ];
  }
  m = /^DROP INDEX "([^"]+)";$/.exec(statement);
  if (m) {
    // T-SQL names the table in DROP INDEX; PostgreSQL's statement does not, so look it up.
    const name = sqlString(m[1] ?? '');
    return [
      `SELECT @sql = N'DROP INDEX ' + QUOTENAME([name]) + N' ON [dbo].' + QUOTENAME(OBJECT_NAME([object_id])) FROM sys.indexes WHERE [name] = ${name};`,
      'EXEC(@sql);',
    ];
  }
  m =
    /^ALTER TABLE "([^"]+)" ADD CONSTRAINT "([^"]+)" FOREIGN KEY \((.+)\) REFERENCES "([^"]+)"\((.+)\) ON DELETE (CASCADE|RESTRICT|SET NULL|SET DEFAULT|NO ACTION) ON UPDATE (CASCADE|RESTRICT|SET NULL|SET DEFAULT|NO ACTION);$/.exec(
      statement,
    );
  if (m) {
    // SQL Server has no RESTRICT; NO ACTION also refuses the change (checked at statement end).
    const action = (a = '') => (a === 'RESTRICT' ? 'NO ACTION' : a);
    return [
      `ALTER TABLE ${table(m[1] ?? '')} ADD CONSTRAINT ${q(m[2] ?? '')} FOREIGN KEY (${columnList(m[3] ?? '')}) REFERENCES ${table(m[4] ?? '')}(${columnList(m[5] ?? '')}) ON DELETE ${action(m[6])} ON UPDATE ${action(m[7])};`,
    ];
  }
  m = /^ALTER TABLE "([^"]+)" DROP CONSTRAINT "([^"]+)";$/.exec(statement);
  if (m) return [`ALTER TABLE ${table(m[1] ?? '')} DROP CONSTRAINT ${q(m[2] ?? '')};`];
  m = /^DROP TABLE "([^"]+)";$/.exec(statement);
  if (m) return [`DROP TABLE ${table(m[1] ?? '')};`];
  m = /^ALTER TABLE "([^"]+)" ([\s\S]+);$/.exec(statement);
  if (m) {
    const name = m[1] ?? '';
    return (m[2] ?? '')
      .split(/,\n/)
      .flatMap((clause) => alterColumn(name, clause.trim(), types, statement));
  }
  throw new UntranslatableError(statement);
}

/**
 * `migrationSql`: a PostgreSQL migration from the engine (`-- Comment` headed blocks);
 * `targetCreateScript`: the engine's full PostgreSQL script for the target schema (column types).
 */
export function toSqlServer(migrationSql: string, targetCreateScript: string): string {
  const types = columnTypes(targetCreateScript);
  const blocks = migrationSql
    .split(/\n\s*\n(?=-- )/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  const out: string[] = [];
  for (const block of blocks) {
    const [comment, ...rest] = block.split('\n');
    const statement = rest.join('\n').trim();
    if (!comment?.startsWith('-- ') || statement === '') throw new UntranslatableError(block);
    const translated = translateStatement(statement, types);
    if (translated.length > 0) out.push(`${comment}\n${translated.join('\n')}`);
  }
  return [
    'BEGIN TRY',
    '',
    'BEGIN TRAN;',
    '',
    // Dynamic statements (index look-ups) share one variable: a batch may declare a name once.
    ...(out.some((block) => block.includes('@sql')) ? ['DECLARE @sql NVARCHAR(MAX);', ''] : []),
    out.join('\n\n'),
    '',
    'COMMIT TRAN;',
    '',
    'END TRY',
    'BEGIN CATCH',
    '',
    'IF @@TRANCOUNT > 0',
    'BEGIN',
    '    ROLLBACK TRAN;',
    'END;',
    'THROW',
    '',
    'END CATCH',
    '',
  ].join('\n');
}
