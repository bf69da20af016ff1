import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { isInputObjectType, parse, print } from 'graphql';
import { createGraphSchema, printSubgraphSdl } from './schema.ts';
import { SCHEMA_PATH, schemaFileText } from './schema-file.ts';

test('the schema is generated without a database', async () => {
  const schema = await createGraphSchema('a-unit-test-secret-that-is-long-enough');
  assert.ok(schema.getQueryType()?.getFields().entities);
  assert.equal(schema.getMutationType(), undefined);
});

test('Document is a federation entity with entities and no root query fields', async () => {
  const sdl = await printSubgraphSdl();
  assert.match(sdl, /type Document\s+@key\(fields: "id"\)/);
  const query = /type Query \{([^}]*)\}/.exec(sdl)?.[1] ?? '';
  assert.doesNotMatch(query, /\bdocuments/i);
  assert.match(sdl, /entities\(.*\): \[Entity!\]!/);
});

test('no filter reaches across a relationship into a scoped type', async () => {
  const schema = await createGraphSchema('a-unit-test-secret-that-is-long-enough');
  const documentWhere = schema.getType('DocumentWhere');
  assert.ok(isInputObjectType(documentWhere));
  assert.deepEqual(
    Object.keys(documentWhere.getFields()).filter((name) => name.startsWith('entities')),
    [],
  );
});

test('schema.graphql is up to date', async () => {
  const committed = await readFile(SCHEMA_PATH, 'utf8');
  assert.equal(
    print(parse(committed)),
    print(parse(await schemaFileText())),
    'schema.graphql is stale: run npm run print-sdl -w @quarry/subgraph-graph',
  );
});
