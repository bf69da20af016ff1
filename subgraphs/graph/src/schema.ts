import { Neo4jGraphQL } from '@neo4j/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { typeDefs } from './type-defs.ts';

type ResolveReference = (reference: { id: string }, context: unknown, info: unknown) => unknown;
interface SubgraphExtensions {
  apollo?: { subgraph?: { resolveReference?: ResolveReference } };
}

/**
 * A Document exists in the documents subgraph before the pipeline has written any entity for it, so
 * it may have no node here yet. @neo4j/graphql resolves such a reference to null, which would null out
 * `Document.entities: [Entity!]!` and with it the whole document in the gateway's answer; answer
 * "no entities" instead.
 */
function resolveMissingDocumentsAsEmpty(schema: GraphQLSchema): void {
  const type = schema.getType('Document');
  if (!isObjectType(type)) throw new Error('the generated graph schema has no Document type');
  const extensions = type.extensions as SubgraphExtensions;
  const original = extensions.apollo?.subgraph?.resolveReference;
  if (!original) throw new Error('@neo4j/graphql generated no reference resolver for Document');
  const emptyConnection = {
    edges: [],
    totalCount: 0,
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
  extensions.apollo!.subgraph!.resolveReference = async (reference, context, info) =>
    (await original(reference, context, info)) ?? {
      __typename: 'Document',
      id: reference.id,
      entities: [],
      entitiesConnection: emptyConnection,
    };
}

/**
 * Builds the executable subgraph schema. Schema generation needs no database: the driver is only
 * used when a query runs, so the SDL can be printed offline (see printSubgraphSdl).
 */
export async function createGraphSchema(secret: string, driver?: Driver): Promise<GraphQLSchema> {
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs,
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
