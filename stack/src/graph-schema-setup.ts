import neo4j from 'neo4j-driver';
import { ensureGraphSchema } from '@quarry/graph-store';
import { storeConnections } from './connections.ts';
import type { StackContext } from './services/index.ts';

/**
 * Creates the knowledge graph's constraints and indexes once, before the pipeline and the graph
 * subgraph start: a uniqueness constraint must exist before concurrent writers MERGE on its key
 * (see @quarry/graph-store). Idempotent; the pipeline also calls it when it starts.
 */
export async function setupGraphSchema(ctx: StackContext): Promise<void> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = storeConnections(ctx);
  const driver = neo4j.driver(NEO4J_URI, neo4j.auth.basic(NEO4J_USER, NEO4J_PASSWORD));
  try {
    await ensureGraphSchema(driver);
  } finally {
    await driver.close();
  }
}
