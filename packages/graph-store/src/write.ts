import type { DocumentKnowledge } from '@quarry/knowledge';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDriver } from './graph-driver.ts';
import { assertConsistentKnowledge } from './knowledge-check.ts';
import { contributionRows, type DocumentFacts } from './rows.ts';
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
 * Idempotent: writing the same knowledge twice leaves the graph as one write does.
 *
 * Round trips: the removal of the old contribution, then all writes pipelined (Bolt sends them
 * without waiting for each answer), then the commit.
 */
export async function writeDocumentKnowledge(
  driver: GraphDriver,
  knowledge: DocumentKnowledge,
  document: DocumentFacts,
): Promise<void> {
  assertConsistentKnowledge(knowledge);
  const rows = contributionRows(knowledge, document);
  const scope: Scope = {
    documentId: knowledge.documentId,
    collectionId: knowledge.collectionId,
    seenAt: rows.document.date,
  };
  const current = new Set(rows.entities.map((entity) => entity.key));
  await inWriteTransaction(driver, async (tx) => {
    const previousKeys = await removeContribution(tx, scope);
    await Promise.all([
      tx.run(UPSERT_DOCUMENT, { ...scope, document: rows.document }),
      ...batches(rows.entities).map((batch) => tx.run(WRITE_ENTITIES, { ...scope, rows: batch })),
      ...batches(rows.mentions).map((batch) => tx.run(WRITE_MENTIONS, { ...scope, rows: batch })),
      ...batches(rows.triples).map((batch) => tx.run(WRITE_TRIPLES, { ...scope, rows: batch })),
      ...batches(rows.cooccurrences).map((batch) =>
        tx.run(WRITE_COOCCURRENCES, { ...scope, rows: batch }),
      ),
      tx.run(REMOVE_ORPHANS, { orphanCandidates: previousKeys.filter((key) => !current.has(key)) }),
    ]);
  });
}

/** Removes everything the document contributed, its Document node included, in one transaction. */
export async function deleteDocumentKnowledge(
  driver: GraphDriver,
  documentId: string,
): Promise<void> {
  await inWriteTransaction(driver, async (tx) => {
    const previousKeys = await removeContribution(tx, {
      documentId,
      collectionId: '',
      seenAt: null,
    });
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

async function inWriteTransaction(
  driver: GraphDriver,
  work: (tx: ManagedTransaction) => Promise<void>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session();
    try {
      // executeWrite itself retries on transient errors (deadlocks between documents that share
      // entities). Every attempt starts from a removal, so a retry is as good as a first try.
      await session.executeWrite(work);
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== ENTITY_DELETED_CONCURRENTLY || attempt >= ATTEMPTS) throw error;
    } finally {
      await session.close();
    }
  }
}

async function removeContribution(tx: ManagedTransaction, scope: Scope): Promise<string[]> {
  const result = await tx.run(REMOVE_CONTRIBUTION, scope);
  return result.records[0]?.get('previousKeys') as string[];
}
