// Resolver types for this subgraph (npm run generate → generated/resolvers-types.ts, git-ignored).
// Mappers name the records the resolvers really return for each GraphQL type (rows as the stores
// read them from Prisma), so a schema change that the resolvers do not follow fails typecheck.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { resolverCodegenConfig } from '@quarry/service-kit/resolver-codegen';

const config: CodegenConfig = resolverCodegenConfig({
  User: '../src/accounts-store.ts#AccountUser',
  Collection: '../src/accounts-store.ts#CollectionRecord',
  AuditEvent: '../src/accounts-store.ts#AuditRecord',
  Group: '../src/groups/groups-store.ts#GroupRecord',
  CollectionGrant: '../src/groups/groups-store.ts#GrantRecord',
  ApiToken: '../src/identity/identity-store.ts#ApiTokenRecord',
  Session: '../src/identity/identity-store.ts#SessionRecord',
});

export default config;
