// Resolver types for this subgraph (npm run generate → generated/resolvers-types.ts, git-ignored).
// Mappers name what the resolvers really return for each GraphQL type, so a field the schema adds
// or changes must be resolved from those records or typecheck fails.
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
        mappers: {
          Document: '../src/store/document-record.ts#DocumentRecord',
          DocumentVersion: '../src/store/document-record.ts#DocumentRecord',
          IngestJob: '@quarry/prisma/ingest-records#JobRecord',
          IngestItem: '@quarry/prisma/ingest-records#ItemRecord',
        },
      },
    },
  },
};

export default config;
