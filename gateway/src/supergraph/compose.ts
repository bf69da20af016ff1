import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse, type GraphQLError } from 'graphql';

/** Subgraph names as they appear in the supergraph (join__Graph); the gateway maps them to URLs. */
export const SUBGRAPH_NAMES = ['accounts', 'documents', 'graph'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Where the committed supergraph lives: the gateway serves exactly this file. */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('../../supergraph.graphql', import.meta.url));

/** The local-development URLs recorded in the file; the running gateway replaces them from its env. */
const DEFAULT_URLS: Record<SubgraphName, string> = {
  accounts: 'http://127.0.0.1:4003/graphql',
  documents: 'http://127.0.0.1:4001/graphql',
  graph: 'http://127.0.0.1:4002/graphql',
};

export class CompositionError extends Error {
  readonly errors: readonly GraphQLError[];
  constructor(errors: readonly GraphQLError[]) {
    super(`supergraph composition failed:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
    this.name = 'CompositionError';
    this.errors = errors;
  }
}

async function readPackageFile(specifier: string): Promise<string> {
  return readFile(fileURLToPath(import.meta.resolve(specifier)), 'utf8');
}

/**
 * The three subgraph SDLs: accounts and documents ship theirs as schema.graphql; graph's is generated
 * by @neo4j/graphql, printed without a database.
 */
export async function loadSubgraphSdls(): Promise<Record<SubgraphName, string>> {
  const { printSubgraphSdl } = await import('@quarry/subgraph-graph');
  const [accounts, documents, graph] = await Promise.all([
    readPackageFile('@quarry/subgraph-accounts/schema.graphql'),
    readPackageFile('@quarry/subgraph-documents/schema.graphql'),
    printSubgraphSdl(),
  ]);
  return { accounts, documents, graph };
}

/** Composes SDLs into supergraph SDL, or throws CompositionError listing every problem. */
export function composeSupergraph(sdls: Record<SubgraphName, string>): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: DEFAULT_URLS[name],
      typeDefs: parse(sdls[name]),
    })),
  );
  if (result.errors) throw new CompositionError(result.errors);
  return `${result.supergraphSdl.trimEnd()}\n`;
}

export async function composeFromWorkspaces(): Promise<string> {
  return composeSupergraph(await loadSubgraphSdls());
}
