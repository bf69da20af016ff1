import type { DocumentKnowledge } from '@quarry/knowledge';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDriver } from './graph-driver.ts';
import { assertConsistentKnowledge } from './knowledge-check.ts';
import { isCuratedKey } from './curation/curated-key.ts';
import { applySplitRules, type SplitRule } from './curation/split-rules.ts';
import { contributionRows, type DocumentFacts, type EntityRow } from './rows.ts';
import {
  DELETE_DOCUMENT,
  REMOVE_CONTRIBUTION,
  REMOVE_ORPHANS,
  UPSERT_DOCUMENT,
  WRITE_COOCCURRENCES,
  WRITE_ENTITIES,
  WRITE_MENTIONS,
  WRITE_TRIPLES,
} from './write-statements.ts';

/**
 * Rows per UNWIND statement: a document with 10,000 mentions is two mention statements, about 1 MB
 * of parameters each, which Neo4j's 512 MB dev heap takes comfortably.
 */
export const BATCH_SIZE = 5_000;

export function batches<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

interface Scope {
  documentId: string;
  collectionId: string;
  seenAt: string | null;
}

/**
 * Replaces everything the document contributed to the graph with this knowledge, in ONE transaction:
 * readers see the old contribution or the new one, never a mix, and a failure leaves the old one.
 * Idempotent: writing the same knowledge twice leaves the graph as one write does. Analysts'
 * split rules for its entities are applied first (curation/split-rules.ts), so curation survives
 * every re-ingest and re-run.
 *
 * Round trips: the removal of the old contribution (which also reads the rules), then all writes
 * pipelined (Bolt sends them without waiting for each answer), then the commit.
 */
export async function writeDocumentKnowledge(
  driver: GraphDriver,
  knowledge: DocumentKnowledge,
  document: DocumentFacts,
): Promise<void> {
  assertConsistentKnowledge(knowledge);
  await inWriteTransaction(driver, (tx) => replaceContribution(tx, knowledge, document));
}

/**
 * The body of writeDocumentKnowledge inside a transaction the caller runs; curation rebuilds the
 * documents a new rule touches with it, so they end up exactly as a re-ingest would write them.
 */
export async function replaceContribution(
  tx: ManagedTransaction,
  knowledge: DocumentKnowledge,
  document: DocumentFacts,
): Promise<void> {
  const keys = [...new Set(knowledge.entities.map((entity) => entity.key))].sort();
  const removed = await removeContribution(
    tx,
    { documentId: knowledge.documentId, collectionId: knowledge.collectionId, seenAt: null },
    keys,
  );
  const curated = applySplitRules(knowledge, removed.rules);
  const rows = contributionRows(curated, document);
  const scope: Scope = {
    documentId: knowledge.documentId,
    collectionId: knowledge.collectionId,
    seenAt: rows.document.date,
  };
  const entities = rows.entities.map(keepCuratedNode);
  const current = new Set(entities.map((entity) => entity.key));
  await Promise.all([
    tx.run(UPSERT_DOCUMENT, { ...scope, document: rows.document }),
    ...batches(entities).map((batch) => tx.run(WRITE_ENTITIES, { ...scope, rows: batch })),
    ...batches(rows.mentions).map((batch) => tx.run(WRITE_MENTIONS, { ...scope, rows: batch })),
    ...batches(rows.triples).map((batch) => tx.run(WRITE_TRIPLES, { ...scope, rows: batch })),
    ...batches(rows.cooccurrences).map((batch) =>
      tx.run(WRITE_COOCCURRENCES, { ...scope, rows: batch }),
    ),
    tx.run(REMOVE_ORPHANS, {
      orphanCandidates: removed.previousKeys.filter((key) => !current.has(key)),
    }),
  ]);
}

/**
 * A curated entity (a split's new entity) has no name in its key: the analyst's curation set its
 * node's properties, which a document must not overwrite with the key.
 */
function keepCuratedNode(row: EntityRow): EntityRow {
  return isCuratedKey(row.key) ? { ...row, entity: {} as EntityRow['entity'] } : row;
}

/** Removes everything the document contributed, its Document node included, in one transaction. */
export async function deleteDocumentKnowledge(
  driver: GraphDriver,
  documentId: string,
): Promise<void> {
  await inWriteTransaction(driver, async (tx) => {
    const { previousKeys } = await removeContribution(
      tx,
      { documentId, collectionId: '', seenAt: null },
      [],
    );
    await Promise.all([
      tx.run(DELETE_DOCUMENT, { documentId }),
      tx.run(REMOVE_ORPHANS, { orphanCandidates: previousKeys }),
    ]);
  });
}

/**
 * A concurrent writer deleted an entity this transaction had already found (the other document
 * was its last mention): Neo4j reports the node as not found. Starting over MERGEs it afresh.
 */
const ENTITY_DELETED_CONCURRENTLY = 'Neo.ClientError.Statement.EntityNotFound';
const ATTEMPTS = 5;

export async function inWriteTransaction<T>(
  driver: GraphDriver,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session();
    try {
      // executeWrite itself retries on transient errors (deadlocks between documents that share
      // entities). Every attempt starts from a removal, so a retry is as good as a first try.
      return await session.executeWrite(work);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== ENTITY_DELETED_CONCURRENTLY || attempt >= ATTEMPTS) throw error;
    } finally {
      await session.close();
    }
  }
}

interface Removed {
  /** the entities the old version mentioned (orphan candidates) */
  previousKeys: string[];
  /** the split rules for the keys about to be written */
  rules: SplitRule[];
}

async function removeContribution(
  tx: ManagedTransaction,
  scope: Scope,
  keys: readonly string[],
): Promise<Removed> {
  const result = await tx.run(REMOVE_CONTRIBUTION, { ...scope, keys });
  const record = result.records[0];
  return {
    previousKeys: (record?.get('previousKeys') as string[] | undefined) ?? [],
    rules: (record?.get('rules') as SplitRule[] | undefined) ?? [],
  };
}
