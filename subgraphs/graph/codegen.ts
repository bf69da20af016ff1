// Resolver types for this subgraph (npm run generate → generated/resolvers-types.ts, git-ignored),
// from the SDL @neo4j/graphql generates (schema.graphql; its unit test fails when it is stale).
// @neo4j/graphql writes and types its own resolvers; these types are for the ones written here
// (the Document reference resolver in missing-documents.ts).
import type { CodegenConfig } from '@graphql-codegen/cli';
import { resolverCodegenConfig } from '@quarry/service-kit/resolver-codegen';

const config: CodegenConfig = resolverCodegenConfig();

export default config;
