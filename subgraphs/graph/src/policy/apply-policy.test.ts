import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Kind, print, type ObjectTypeDefinitionNode } from 'graphql';
import { typeDefs } from '../type-defs.ts';
import { scopeTypeDefs } from './apply-policy.ts';
import { GraphPolicyError } from './policy-error.ts';
import { graphPolicy, type ScopingPolicy } from './scoping-policy.ts';

const CLAIMS = 'type JwtPayload @jwt { collections: [String!]! }';

function objectType(
  source: string,
  name: string,
  policy?: ScopingPolicy,
): ObjectTypeDefinitionNode {
  const type = scopeTypeDefs(source, policy).document.definitions.find(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name,
  );
  assert.ok(type, `no type ${name}`);
  return type;
}

/** The directives on a type, or on one of its fields, printed. */
function directivesOf(type: ObjectTypeDefinitionNode, field?: string): string[] {
  const node = field ? type.fields?.find((f) => f.name.value === field) : type;
  assert.ok(node, `no field ${field}`);
  return (node.directives ?? []).map((d) => print(d));
}

function refusal(source: string, policy?: ScopingPolicy): GraphPolicyError {
  try {
    scopeTypeDefs(source, policy);
  } catch (error) {
    assert.ok(error instanceof GraphPolicyError, String(error));
    return error;
  }
  assert.fail('the policy accepted type definitions it should refuse');
}

const COLLECTION_FILTER =
  '@authorization(filter: [{where: {node: {collectionId: {in: "$jwt.collections"}}}}])';
const NO_FILTER_ACROSS = '@filterable(byValue: false, byAggregate: false)';

describe("the graph subgraph's own type definitions", () => {
  test('Entity is filtered by the viewer collections, with writes off', () => {
    const entity = objectType(typeDefs, 'Entity');
    assert.deepEqual(directivesOf(entity), [
      '@node',
      COLLECTION_FILTER,
      '@mutation(operations: [])',
      '@subscription(events: [])',
    ]);
  });

  test('Document is unscoped without root fields, and cannot be filtered by its entities', () => {
    const document = objectType(typeDefs, 'Document');
    assert.deepEqual(directivesOf(document), [
      '@key(fields: "id")',
      '@node',
      '@query(read: false, aggregate: false)',
      '@mutation(operations: [])',
      '@subscription(events: [])',
    ]);
    assert.ok(directivesOf(document, 'entities').includes(NO_FILTER_ACROSS));
    // Entity.documents points at an unscoped type: filtering by document id stays available.
    assert.ok(
      !directivesOf(objectType(typeDefs, 'Entity'), 'documents').includes(NO_FILTER_ACROSS),
    );
  });

  test('the type definitions themselves carry no authorization (the policy owns it)', () => {
    assert.doesNotMatch(typeDefs, /@(authorization|authentication|query|mutation|subscription)\b/);
  });

  test('scopedTypes lists Entity only', () => {
    assert.deepEqual(scopeTypeDefs(typeDefs).scopedTypes, ['Entity']);
  });
});

describe('new types are scoped by default', () => {
  const source = `${CLAIMS}
    type Triple @node {
      id: ID!
      collectionId: ID!
      predicate: String!
      subject: Entity! @relationship(type: "SUBJECT", direction: OUT, properties: "Role")
    }
    type Entity @node {
      id: ID!
      collectionId: ID!
      neighbours: [Entity!]! @relationship(type: "CO_OCCURS", direction: OUT)
    }
    type Role @relationshipProperties { weight: Int! }`;

  test('every @node with collectionId gets the collection filter', () => {
    assert.ok(directivesOf(objectType(source, 'Triple')).includes(COLLECTION_FILTER));
    assert.ok(directivesOf(objectType(source, 'Entity')).includes(COLLECTION_FILTER));
  });

  test('relationships into scoped types cannot be used as filters', () => {
    assert.ok(directivesOf(objectType(source, 'Entity'), 'neighbours').includes(NO_FILTER_ACROSS));
    assert.ok(directivesOf(objectType(source, 'Triple'), 'subject').includes(NO_FILTER_ACROSS));
  });

  test('relationship properties get no rule of their own (edges are read through scoped nodes)', () => {
    assert.deepEqual(directivesOf(objectType(source, 'Role')), ['@relationshipProperties']);
  });
});

describe('the policy refuses to build what it cannot scope', () => {
  test('a @node without collectionId that is not declared unscoped', () => {
    const error = refusal(`type Place @node { id: ID!, name: String! }`);
    assert.match(error.message, /Place is a @node without collectionId: ID!/);
    assert.match(error.message, /scoping-policy\.ts/);
  });

  test('collectionId that is optional or not an ID', () => {
    assert.match(
      refusal(`type A @node { id: ID!, collectionId: ID }`).message,
      /A\.collectionId must be ID!/,
    );
    assert.match(refusal(`type A @node { id: ID!, collectionId: String! }`).message, /must be ID!/);
  });

  test('hand-written authorization directives', () => {
    const error = refusal(
      `type A @node @authorization(filter: [{ where: { node: { id: { eq: "x" } } } }]) { id: ID!, collectionId: ID! }
       type B @node @authentication { id: ID!, collectionId: ID! }`,
    );
    assert.match(
      error.message,
      /A uses @authorization: the policy module adds authorization itself/,
    );
    assert.match(error.message, /B uses @authentication/);
  });

  test('@cypher fields unless reviewed and scoped by $jwt.collections', () => {
    const field = (statement: string) =>
      `${CLAIMS} type A @node { id: ID!, collectionId: ID!, n: Int @cypher(statement: "${statement}", columnName: "n") }`;
    assert.match(
      refusal(field('RETURN 1 AS n')).message,
      /A\.n uses @cypher, which bypasses the generated filters/,
    );
    const reviewed: ScopingPolicy = {
      ...graphPolicy,
      scopedCypher: { 'A.n': 'counts own collection' },
    };
    assert.match(
      refusal(field('MATCH (x) RETURN count(x) AS n'), reviewed).message,
      /A\.n: its @cypher statement must filter by \$jwt\.collections/,
    );
    const scoped = objectType(
      field('MATCH (x) WHERE x.collectionId IN $jwt.collections RETURN count(x) AS n'),
      'A',
      reviewed,
    );
    assert.ok(directivesOf(scoped).includes(COLLECTION_FILTER));
  });

  test('custom root fields and writes', () => {
    const error = refusal(
      `type Query { secret: String }
       type Mutation { wipe: Boolean }
       type Subscription { changes: String }`,
    );
    assert.match(error.message, /Query\.secret needs a custom resolver/);
    assert.match(error.message, /type Mutation: mutations and subscriptions stay disabled/);
    assert.match(error.message, /type Subscription: mutations and subscriptions stay disabled/);
  });

  test('a reviewed @cypher root field is accepted and reported as scoped', () => {
    const policy: ScopingPolicy = {
      ...graphPolicy,
      scopedCypher: { 'Query.total': 'own collections' },
    };
    const scoped = scopeTypeDefs(
      `type Query { total: Int @cypher(statement: "MATCH (e:Entity) WHERE e.collectionId IN $jwt.collections RETURN count(e) AS n", columnName: "n") }`,
      policy,
    );
    assert.deepEqual(scoped.scopedRootFields, ['total']);
  });

  test('escape hatches and unreviewed directives', () => {
    const error = refusal(
      `type A @node @fulltext(indexes: [{ indexName: "f", fields: ["name"] }]) @mutation(operations: [CREATE]) {
         id: ID! @relayId
         collectionId: ID!
         name: String!
         upper: String @customResolver(requires: "name")
         stamp: String @populatedBy(callback: "now")
         odd: String @somethingNew
       }`,
    );
    assert.match(error.message, /A uses @fulltext: it generates root query fields/);
    assert.match(error.message, /A uses @mutation: mutations and subscriptions stay disabled/);
    assert.match(error.message, /A\.id uses @relayId/);
    assert.match(error.message, /A\.upper uses @customResolver: a custom resolver runs outside/);
    assert.match(error.message, /A\.stamp uses @populatedBy/);
    assert.match(error.message, /A\.odd uses @somethingNew: not reviewed by the graph policy/);
    assert.equal(error.problems.length, 6, 'every problem is listed at once');
  });

  test('an unscoped type with more than its declared fields, or with root fields', () => {
    const error = refusal(`type Document @node @query(read: true) { id: ID!, title: String! }`);
    assert.match(error.message, /Document\.title: Document is unscoped, so it may only have id/);
    assert.match(error.message, /Document is unscoped: the policy gives it no root query fields/);
  });

  test('a type both scoped and declared unscoped', () => {
    assert.match(
      refusal(`type Document @node { id: ID!, collectionId: ID! }`).message,
      /Document has collectionId but is also declared unscoped/,
    );
  });

  test('@filterable on a relationship into a scoped type', () => {
    assert.match(
      refusal(
        `type A @node { id: ID!, collectionId: ID!, b: [A!]! @relationship(type: "R", direction: OUT) @filterable(byValue: true) }`,
      ).message,
      /A\.b: @filterable is set by the policy/,
    );
  });

  test('interfaces, unions and type extensions', () => {
    const error = refusal(
      `interface Named { name: String! }
       union Thing = A
       type A @node { id: ID!, collectionId: ID! }
       extend type A { extra: String }`,
    );
    assert.match(error.message, /InterfaceTypeDefinition Named is not supported/);
    assert.match(error.message, /UnionTypeDefinition Thing is not supported/);
    assert.match(error.message, /ObjectTypeExtension A is not supported/);
  });

  test('schema-level switches other than @link', () => {
    assert.match(
      refusal(`extend schema @query(read: true) type A @node { id: ID!, collectionId: ID! }`)
        .message,
      /extend schema uses @query/,
    );
  });
});
