import neo4j from 'neo4j-driver';

/**
 * Neo4j answers integers as Integer objects (64-bit); everything this model stores as an integer is
 * an offset, count or index far below 2^53, so plain numbers are exact and easier to use.
 */
export function plainValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  }
  return value;
}
