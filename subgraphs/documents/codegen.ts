// Resolver types for this subgraph (npm run generate → generated/resolvers-types.ts, git-ignored).
// Mappers name what the resolvers really return for each GraphQL type, so a field the schema adds
// or changes must be resolved from those records or typecheck fails.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { resolverCodegenConfig } from '@quarry/service-kit/resolver-codegen';

const config: CodegenConfig = resolverCodegenConfig({
  Document: '../src/store/document-record.ts#DocumentRecord',
  DocumentVersion: '../src/store/document-record.ts#DocumentRecord',
  IngestJob: '@quarry/prisma/ingest-records#JobRecord',
  IngestItem: '@quarry/prisma/ingest-records#ItemRecord',
  IngestOverview: '../src/ingest/ingest-stats.ts#SearchStageProgress',
  Passage: '../src/passages/passage-store.ts#PassageRecord',
});

export default config;
