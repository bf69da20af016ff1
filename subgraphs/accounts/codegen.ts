// Resolver types for this subgraph (npm run generate → generated/resolvers-types.ts, git-ignored).
// Mappers name the records the resolvers really return for each GraphQL type (rows as the stores
// read them from Prisma), so a schema change that the resolvers do not follow fails typecheck.
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
          User: '../src/accounts-store.ts#AccountUser',
          Collection: '../src/accounts-store.ts#CollectionRecord',
          AuditEvent: '../src/accounts-store.ts#AuditRecord',
          Group: '../src/groups/groups-store.ts#GroupRecord',
          CollectionGrant: '../src/groups/groups-store.ts#GrantRecord',
          ApiToken: '../src/identity/identity-store.ts#ApiTokenRecord',
          Session: '../src/identity/identity-store.ts#SessionRecord',
        },
      },
    },
  },
};

export default config;
