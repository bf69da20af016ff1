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

const SHARED = [
  '@node',
  '@query(read: false, aggregate: false)',
  '@mutation(operations: [])',
  '@subscription(events: [])',
];

describe("the graph subgraph's own type definitions", () => {
  test('Entity and the result rows are shared nodes: no root fields, no writes', () => {
    for (const name of [
      'Entity',
      'EntityMention',
      'Triple',
      'TripleArgument',
      'CoOccurrence',
      'EntityHit',
    ]) {
      assert.deepEqual(directivesOf(objectType(typeDefs, name)), SHARED, name);
    }
  });

  test('Document is unscoped without root fields', () => {
    const document = objectType(typeDefs, 'Document');
    assert.deepEqual(directivesOf(document), ['@key(fields: "id")', ...SHARED]);
  });

  test('the type definitions themselves carry no authorization (the policy owns it)', () => {
    assert.doesNotMatch(typeDefs, /@(authorization|authentication|query|mutation|subscription)\b/);
  });

  test('every @cypher field is reviewed; every Query field is one', () => {
    const scoped = scopeTypeDefs(typeDefs);
    assert.deepEqual(scoped.scopedTypes, []);
    assert.deepEqual(
      [...scoped.scopedRootFields].sort(),
      Object.keys(graphPolicy.scopedCypher)
        .filter((field) => field.startsWith('Query.'))
        .map((field) => field.slice('Query.'.length))
        .sort(),
    );
  });
});

describe('shared node types', () => {
  const policy: ScopingPolicy = {
    ...graphPolicy,
    shared: { Thing: { reason: 'test', fields: ['key'] } },
    scopedCypher: { 'Thing.count': 'test' },
  };

  test('store only their listed fields; anything else is reviewed @cypher', () => {
    const thing = objectType(
      `${CLAIMS} type Thing @node { key: ID!, count: Int @cypher(statement: "MATCH (x) WHERE x.c IN $collections RETURN count(x) AS n", columnName: "n") }`,
      'Thing',
      policy,
    );
    assert.deepEqual(directivesOf(thing), SHARED);
    assert.match(
      refusal(`type Thing @node { key: ID!, secret: String }`, policy).message,
      /Thing\.secret: Thing is shared, so it may only store key/,
    );
  });

  test('have no relationships and no root fields', () => {
    const error = refusal(
      `type Thing @node @query(read: true) { key: ID!, others: [Thing!]! @relationship(type: "R", direction: OUT) }`,
      policy,
    );
    assert.match(error.message, /Thing\.others: Thing is shared, so it has no relationships/);
    assert.match(error.message, /Thing is shared: the policy gives it no root query fields/);
  });
});

describe('mutations and federation references', () => {
  test('only the mutations the policy lists, as plain custom resolvers', () => {
    const policy: ScopingPolicy = { ...graphPolicy, mutations: { renameThing: 'test' } };
    const scoped = scopeTypeDefs(`type Mutation { renameThing(key: ID!): Boolean }`, policy);
    assert.deepEqual(scoped.mutationFields, ['renameThing']);
    const error = refusal(
      `type Mutation { renameThing(key: ID!): Boolean, wipe: Boolean @cypher(statement: "MATCH (n) DETACH DELETE n", columnName: "x") }`,
      policy,
    );
    assert.match(error.message, /Mutation\.wipe is not an allowed mutation/);
  });

  test('a plain type may be a reference another subgraph resolves, never resolvable here', () => {
    const source = (resolvable: string) =>
      `type Passage @key(fields: "documentId start"${resolvable}) { documentId: ID!, start: Int! }`;
    assert.doesNotThrow(() => scopeTypeDefs(source(', resolvable: false')));
    assert.match(refusal(source('')).message, /Passage uses @key without resolvable: false/);
  });
});

describe('new types are scoped by default', () => {
  // Without the subgraph's own shared types, which have the same names.
  const plain: ScopingPolicy = { ...graphPolicy, shared: {} };
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
    assert.ok(directivesOf(objectType(source, 'Triple', plain)).includes(COLLECTION_FILTER));
    assert.ok(directivesOf(objectType(source, 'Entity', plain)).includes(COLLECTION_FILTER));
  });

  test('relationships into scoped types cannot be used as filters', () => {
    assert.ok(
      directivesOf(objectType(source, 'Entity', plain), 'neighbours').includes(NO_FILTER_ACROSS),
    );
    assert.ok(
      directivesOf(objectType(source, 'Triple', plain), 'subject').includes(NO_FILTER_ACROSS),
    );
  });

  test('relationship properties get no rule of their own (edges are read through scoped nodes)', () => {
    assert.deepEqual(directivesOf(objectType(source, 'Role', plain)), ['@relationshipProperties']);
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

  test('@cypher fields unless reviewed and scoped by $collections', () => {
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
      /A\.n: its @cypher statement must filter by \$collections/,
    );
    // a parameter whose name only starts the same is not the scope
    assert.match(
      refusal(field('MATCH (x) WHERE x.c IN $collectionsOfEveryone RETURN count(x) AS n'), reviewed)
        .message,
      /must filter by \$collections/,
    );
    const scoped = objectType(
      field('MATCH (x) WHERE x.collectionId IN $collections RETURN count(x) AS n'),
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
    assert.match(error.message, /Mutation\.wipe is not an allowed mutation/);
    assert.match(error.message, /type Subscription: mutations and subscriptions stay disabled/);
  });

  test('a reviewed @cypher root field is accepted and reported as scoped', () => {
    const policy: ScopingPolicy = {
      ...graphPolicy,
      scopedCypher: { 'Query.total': 'own collections' },
    };
    const scoped = scopeTypeDefs(
      `type Query { total: Int @cypher(statement: "MATCH (e:Entity) WHERE e.collectionId IN $collections RETURN count(e) AS n", columnName: "n") }`,
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
    assert.match(error.message, /Document\.title: Document is unscoped, so it may only have id,/);
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
