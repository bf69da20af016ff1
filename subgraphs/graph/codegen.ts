// Resolver types for this subgraph (npm run generate → generated/resolvers-types.ts, git-ignored),
// from the SDL @neo4j/graphql generates (schema.graphql; its unit test fails when it is stale).
// @neo4j/graphql writes and types its own resolvers; these types are for the ones written here
// (the Document reference resolver in missing-documents.ts).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
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
      },
    },
  },
};

export default config;
