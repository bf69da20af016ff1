// Test support other workspaces use (`@quarry/subgraph-accounts/testing`): the audit case table
// and a real OIDC issuer for single sign-on tests.
export * from './audit-cases.ts';
export * from './oidc-issuer.ts';
