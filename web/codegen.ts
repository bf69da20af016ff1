// Typed documents for every operation the web app sends (npm run generate → generated/graphql/,
// git-ignored). The schema is the gateway's committed supergraph, read by its path: web may not
// depend on @quarry/gateway (the gateway devDepends on web for its operation tests), and
// web/turbo.json names the file as an input of this task so a supergraph change regenerates.
// A selection the supergraph no longer has fails generate; a changed result type fails typecheck
// at every caller.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../gateway/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/**/*.test.ts'],
  // Node runs the operation modules untranspiled (the gateway's tests import them): explicit
  // extensions, type-only imports.
  importExtension: '.ts',
  generates: {
    'generated/graphql/': {
      preset: 'client',
      presetConfig: {
        // Fragments only share selections here; their fields belong to the operation's result type.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // erasableSyntaxOnly (ADR 0004): GraphQL enums become string unions, not TS enums.
        enumsAsTypes: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
