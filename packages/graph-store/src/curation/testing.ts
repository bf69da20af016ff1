/**
 * Helpers of the curation integration tests (not tests themselves): what "the graph reads the
 * same" means, and a re-ingest of the test's documents.
 */
import type { DocumentKnowledge } from '@quarry/knowledge';
import type { Driver } from 'neo4j-driver';
import { readScopedCooccurrences, readScopedEntity } from '../scoped-reads.ts';
import { dumpGraph } from '../testing/graph-dump.ts';
import type { TestRun } from '../testing/test-run.ts';
import { writeDocumentKnowledge } from '../write.ts';

/** What readers get for these entities: each as an entity page and its co-occurrences. */
export async function readAnswers(
  driver: Driver,
  keys: readonly string[],
  collections: readonly string[],
): Promise<unknown> {
  const answers: Record<string, unknown> = {};
  for (const key of keys) {
    answers[key] = {
      entity: await readScopedEntity(driver, key, collections),
      cooccurring: await readScopedCooccurrences(driver, key, collections),
    };
  }
  return answers;
}

/** Everything stored around the run's documents and entities (nodes, every edge, properties). */
export const dumpRun = (driver: Driver, run: TestRun) =>
  dumpGraph(driver, run.documentIds(), run.keys());

/** What a re-run of the knowledge stage does: write each document's extraction again. */
export async function reingest(driver: Driver, documents: readonly DocumentKnowledge[]) {
  for (const knowledge of documents) {
    await writeDocumentKnowledge(driver, knowledge, {
      title: `title of ${knowledge.documentId}`,
      date: '2024-05-01',
    });
  }
}
