import neo4j, { type Driver } from 'neo4j-driver';

/**
 * The tests' Neo4j connection, from the environment: the dev stack's Neo4j
 * (`set -a; . .quarry/dev/stack.env; set +a` before running them).
 */
export function testDriver(): Driver {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  if (!NEO4J_URI || !NEO4J_USER || !NEO4J_PASSWORD) {
    throw new Error('NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD must be set (the stack.env file)');
  }
  return neo4j.driver(NEO4J_URI, neo4j.auth.basic(NEO4J_USER, NEO4J_PASSWORD));
}
