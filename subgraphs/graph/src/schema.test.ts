import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { parse, print } from 'graphql';
import { CURATION_MUTATIONS } from './curation/index.ts';
import { graphPolicy } from './policy/scoping-policy.ts';
import { createGraphSchema, printSubgraphSdl } from './schema.ts';
import { SCHEMA_PATH, schemaFileText } from './schema-file.ts';

test('the schema is generated without a database; its mutations are the curation ones', async () => {
  const schema = await createGraphSchema('a-unit-test-secret-that-is-long-enough');
  assert.ok(schema.getQueryType()?.getFields().neighbourhood);
  assert.deepEqual(
    Object.keys(schema.getMutationType()?.getFields() ?? {}).sort(),
    Object.keys(CURATION_MUTATIONS).sort(),
  );
});

test('Document is a federation entity with entities and no root query fields', async () => {
  const sdl = await printSubgraphSdl();
  assert.match(sdl, /type Document\s+@key\(fields: "id"\)/);
  const query = /type Query \{([^}]*)\}/.exec(sdl)?.[1] ?? '';
  assert.doesNotMatch(query, /\bdocuments/i);
  assert.match(sdl, /entities\(.*\): \[Entity!\]!/);
});

test('the root fields are the reviewed statements and federation, nothing generated', async () => {
  const schema = await createGraphSchema('a-unit-test-secret-that-is-long-enough');
  const reviewed = Object.keys(graphPolicy.scopedCypher)
    .filter((field) => field.startsWith('Query.'))
    .map((field) => field.slice('Query.'.length));
  assert.deepEqual(
    Object.keys(schema.getQueryType()?.getFields() ?? {}).sort(),
    [...reviewed, '_entities', '_service'].sort(),
  );
});

test('Passage is a reference the documents subgraph resolves', async () => {
  assert.match(
    await printSubgraphSdl(),
    /type Passage\s+@key\(fields: "documentId start end", resolvable: false\)/,
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
