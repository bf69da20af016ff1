/**
 * Rebuilds the documents that mention an entity after a new rule about it, one document at a
 * time inside the curation's transaction: read what the graph stores, write it again through the
 * writer's own path, which applies the rules (the new one is visible in the same transaction). A
 * rebuilt document is therefore exactly what a re-ingest of it writes.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { replaceContribution } from '../write.ts';
import { readStoredKnowledge } from './stored-knowledge.ts';

export const DOCUMENTS_MENTIONING = `
MATCH (d:Document)-[:MENTIONS]->(:Entity {key: $key})
RETURN d.id AS id ORDER BY id`;

export const COUNT_DOCUMENTS_MENTIONING = `
MATCH (:Document)-[r:MENTIONS]->(:Entity {key: $key})
RETURN count(r) AS documents`;

/** Answers how many documents were rebuilt. */
export async function rebuildDocumentsMentioning(
  tx: ManagedTransaction,
  key: string,
): Promise<number> {
  const result = await tx.run(DOCUMENTS_MENTIONING, { key });
  const ids = result.records.map((record) => record.get('id') as string);
  for (const id of ids) {
    const stored = await readStoredKnowledge(tx, id);
    if (stored !== null) await replaceContribution(tx, stored.knowledge, stored.facts);
  }
  return ids.length;
}

export async function countDocumentsMentioning(
  tx: ManagedTransaction,
  key: string,
): Promise<number> {
  const result = await tx.run(COUNT_DOCUMENTS_MENTIONING, { key });
  const count: unknown = result.records[0]?.get('documents');
  return neo4j.isInt(count) ? count.toNumber() : Number(count ?? 0);
}
