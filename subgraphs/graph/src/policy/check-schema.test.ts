import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSchema } from 'graphql';
import { createGraphSchema } from '../schema.ts';
import { assertScopedSchema } from './check-schema.ts';
import { GraphPolicyError } from './policy-error.ts';

const SECRET = 'a-unit-test-secret-that-is-long-enough';
const scoped = { scopedTypes: ['Entity'], scopedRootFields: ['reviewed'] };
const TYPES = `
  type Entity { id: ID! }
  type Document { id: ID! }
  type EntityEdge { node: Entity! }
  type EntitiesConnection { edges: [EntityEdge!]!, totalCount: Int! }
  type DocumentEdge { node: Document! }
  type DocumentsConnection { edges: [DocumentEdge!]! }`;

test('root fields returning scoped nodes or their connections pass', () => {
  const schema = buildSchema(`${TYPES}
    type Query { entities: [Entity!]!, entitiesConnection: EntitiesConnection!, reviewed: Int, _service: String }`);
  assert.doesNotThrow(() => assertScopedSchema(schema, scoped));
});

test('a root field returning anything else, mutations and subscriptions are refused', () => {
  const schema = buildSchema(`${TYPES}
    type Query { documents: [Document!]!, documentsConnection: DocumentsConnection!, node(id: ID!): Entity, count: Int }
    type Mutation { wipe: Boolean }
    type Subscription { changes: String }`);
  assert.throws(
    () => assertScopedSchema(schema, scoped),
    (error: unknown) => {
      assert.ok(error instanceof GraphPolicyError);
      assert.deepEqual(error.problems, [
        'the generated schema has mutation wipe',
        'the generated schema has subscriptions',
        'root field Query.documents (Document) is not a scoped node type',
        'root field Query.documentsConnection (DocumentsConnection) is not a scoped node type',
        'root field Query.count (Int) is not a scoped node type',
      ]);
      return true;
    },
  );
});

test('createGraphSchema stops with the policy error (the service does not start)', async () => {
  await assert.rejects(
    createGraphSchema(SECRET, { source: 'type Place @node { id: ID!, name: String! }' }),
    (error: unknown) =>
      error instanceof GraphPolicyError &&
      /Place is a @node without collectionId/.test(error.message),
  );
});

test('a new scoped type builds and passes the generated-schema check', async () => {
  const schema = await createGraphSchema(SECRET, {
    source: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
     type JwtPayload @jwt { collections: [String!]! }
     type Document @key(fields: "id") @node { id: ID! }
     type Claim @node { id: ID!, collectionId: ID!, predicate: String!, documents: [Document!]! @relationship(type: "IN", direction: OUT) }`,
  });
  assert.ok(schema.getQueryType()?.getFields().claims);
  assert.equal(schema.getMutationType(), undefined);
});
