// The GraphQL Code Generator settings every subgraph's codegen.ts uses for its resolver types
// (npm run generate → generated/resolvers-types.ts, git-ignored): one place, so the subgraphs
// cannot drift apart. Plain data: the subgraph checks it against CodegenConfig.

/**
 * Resolver types for the subgraph in the current folder, from its schema.graphql. `mappers` name
 * the records the resolvers really return for each GraphQL type (`'../src/x.ts#Record'`), so a
 * schema change the resolvers do not follow fails typecheck.
 */
export function resolverCodegenConfig(mappers: Record<string, string> = {}) {
  return {
    schema: 'schema.graphql',
    generates: {
      'generated/resolvers-types.ts': {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useTypeImports: true,
          // erasableSyntaxOnly (ADR 0004): GraphQL enums become string unions, not TS enums.
          enumsAsTypes: true,
          contextType: '../src/context.ts#Context',
          mappers,
        },
      },
    },
  };
}
