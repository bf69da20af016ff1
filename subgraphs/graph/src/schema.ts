import { Neo4jGraphQL } from '@neo4j/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createEntityAnswerer } from './answer-entity.ts';
import type { CurationAuditEvent, CurationResolvers } from './curation/contract.ts';
import { CURATION_MUTATIONS, createCurationResolvers } from './curation/index.ts';
import { validateInputs } from './input-limits.ts';
import { resolveMissingDocumentsAsEmpty } from './missing-documents.ts';
import { assertScopedSchema } from './policy/check-schema.ts';
import { scopeTypeDefs } from './policy/apply-policy.ts';
import { GraphPolicyError } from './policy/policy-error.ts';
import { typeDefs } from './type-defs.ts';

export interface GraphSchemaOptions {
  driver?: Driver;
  /** Where curation's audit events go (see app.ts); without it, a curation mutation fails. */
  audit?: (event: CurationAuditEvent) => Promise<void>;
  /** Type definitions other than the subgraph's own (policy tests). */
  source?: string;
}

function noAuditSink(): Promise<void> {
  return Promise.reject(new Error('the graph subgraph was started without an audit sink'));
}

/** Every allowed Mutation field needs its resolver, and curation may bring no other root field. */
function checkCurationResolvers(resolvers: CurationResolvers): void {
  const given = Object.keys(resolvers.Mutation);
  const allowed = Object.keys(CURATION_MUTATIONS);
  const problems = [
    ...allowed
      .filter((field) => !given.includes(field))
      .map((field) => `Mutation.${field} is in CURATION_MUTATIONS but has no resolver`),
    ...given
      .filter((field) => !allowed.includes(field))
      .map((field) => `Mutation.${field} has a resolver but is not in CURATION_MUTATIONS`),
  ];
  if (problems.length > 0) throw new GraphPolicyError(problems);
}

/**
 * Builds the executable subgraph schema from type definitions scoped by the policy layer (which
 * throws GraphPolicyError, stopping startup, for anything it cannot scope). Schema generation needs
 * no database: the driver is only used when a query runs, so the SDL can be printed offline (see
 * printSubgraphSdl). The only custom resolvers are curation's audited mutations; every read is
 * @neo4j/graphql's translation of the reviewed @cypher statements.
 */
export async function createGraphSchema(
  secret: string,
  options: GraphSchemaOptions = {},
): Promise<GraphQLSchema> {
  const { driver, audit = noAuditSink, source = typeDefs } = options;
  const scoped = scopeTypeDefs(source);
  // The curation resolvers answer through this schema, which exists only once they are passed in.
  const built: { schema?: GraphQLSchema } = {};
  const curation = createCurationResolvers({
    // Curation resolvers run only when a request runs, and a request needs a driver.
    driver: driver as Driver,
    audit,
    answerEntity: createEntityAnswerer(() => {
      if (!built.schema) throw new Error('the graph schema is not built yet');
      return built.schema;
    }),
  });
  checkCurationResolvers(curation);
  const hasMutations = scoped.mutationFields.length > 0;
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: scoped.document,
    ...(hasMutations ? { resolvers: { Mutation: curation.Mutation } } : {}),
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
  validateInputs(schema);
  built.schema = schema;
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
