import type { Client } from '@elastic/elasticsearch';
import {
  deleteDocumentKnowledge,
  writeDocumentKnowledge,
  type GraphDriver,
} from '@quarry/graph-store';
import type { DocumentKnowledge } from '@quarry/knowledge';
import type { KnowledgeSource } from './source.ts';
import { entitySummary, withKnowledgeSkills } from './summary.ts';

export interface KnowledgeStores {
  graph: GraphDriver;
  elasticsearch: Client;
  index: string;
}

const statusOf = (error: unknown) => (error as { meta?: { statusCode?: number } }).meta?.statusCode;

/**
 * Stores a document's knowledge: ONE graph write (which replaces the document's whole contribution
 * in one transaction) and ONE partial update of the search document (entity summary, quality and
 * the knowledge skills that ran). The update is conditional on the version that was read: a
 * document re-indexed meanwhile refuses it (409) and the job runs again on the new text. A document
 * deleted meanwhile (404) takes its graph contribution with it. Returns false then. Only the latest
 * version of a file feeds the graph: a superseded version removes its contribution instead, and the
 * latest one removes the older versions' (they stay searchable with their own summary).
 */
export async function storeKnowledge(
  stores: KnowledgeStores,
  source: KnowledgeSource,
  knowledge: DocumentKnowledge,
  /** the older versions of the same file (ingest records: exact, unlike a search right after indexing) */
  olderVersions: readonly string[],
): Promise<boolean> {
  if (source.isLatest) {
    await writeDocumentKnowledge(stores.graph, knowledge, {
      title: source.title,
      date: source.authoredAt,
    });
    for (const older of olderVersions) {
      await deleteDocumentKnowledge(stores.graph, older);
    }
  } else {
    await deleteDocumentKnowledge(stores.graph, source.documentId);
  }
  try {
    await stores.elasticsearch.update({
      index: stores.index,
      id: source.documentId,
      if_seq_no: source.seqNo,
      if_primary_term: source.primaryTerm,
      doc: {
        ...entitySummary(knowledge),
        skills: withKnowledgeSkills(source.skills, knowledge.skills),
      },
    });
    return true;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    await deleteDocumentKnowledge(stores.graph, source.documentId);
    return false;
  }
}
