import { Neo4jGraphQL } from '@neo4j/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { resolveMissingDocumentsAsEmpty } from './missing-documents.ts';
import { assertScopedSchema } from './policy/check-schema.ts';
import { scopeTypeDefs } from './policy/apply-policy.ts';
import { typeDefs } from './type-defs.ts';

/**
 * Builds the executable subgraph schema from type definitions scoped by the policy layer (which
 * throws GraphPolicyError, stopping startup, for anything it cannot scope). Schema generation needs
 * no database: the driver is only used when a query runs, so the SDL can be printed offline (see
 * printSubgraphSdl). No custom resolvers are passed: they would run outside the filtered Cypher.
 */
export async function createGraphSchema(
  secret: string,
  driver?: Driver,
  source: string = typeDefs,
): Promise<GraphQLSchema> {
  const scoped = scopeTypeDefs(source);
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: scoped.document,
    ...(driver ? { driver } : {}),
    features: { authorization: { key: secret } },
  });
  let schema: GraphQLSchema;
  try {
    schema = await neo4jGraphQL.getSubgraphSchema();
  } catch (error) {
    // @apollo/subgraph 2.15 dropped the `{ typeDefs, resolvers }` argument that @neo4j/graphql 7 passes.
    if (error instanceof TypeError && error.message.includes('definitions is not iterable')) {
      throw new Error(
        '@neo4j/graphql needs @apollo/subgraph 2.14 (pinned exactly in each subgraph package.json)',
        { cause: error },
      );
    }
    throw error;
  }
  assertScopedSchema(schema, scoped);
  resolveMissingDocumentsAsEmpty(schema);
  return schema;
}

/**
 * The subgraph SDL for composing the supergraph without a running service or database. (Asking the
 * schema for `_service { sdl }` would not do: @neo4j/graphql wraps every root field with a database
 * version check, even that one.)
 */
export async function printSubgraphSdl(): Promise<string> {
  // Any 32+ character key: it only matters when a request is verified, never for the SDL.
  return printSubgraphSchema(await createGraphSchema('sdl-only-key-never-used-to-verify-tokens'));
}
