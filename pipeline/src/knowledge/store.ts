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
 * The other versions of the document's file (same lineage, older): their graph contribution goes
 * when a newer version's arrives, so the graph counts each file once, as it is now. Older versions
 * stay searchable with their own entity summary.
 */
async function olderVersions(stores: KnowledgeStores, source: KnowledgeSource): Promise<string[]> {
  if (!source.lineageId) return [];
  const found = await stores.elasticsearch.search({
    index: stores.index,
    size: 1_000,
    _source: false,
    query: {
      bool: {
        filter: [{ term: { lineageId: source.lineageId } }],
        must_not: [{ ids: { values: [source.documentId] } }],
      },
    },
  });
  return found.hits.hits.map((hit) => hit._id).filter((id): id is string => Boolean(id));
}

/**
 * Stores a document's knowledge: ONE graph write (which replaces the document's whole contribution
 * in one transaction) and ONE partial update of the search document (entity summary, quality and
 * the knowledge skills that ran). The update is conditional on the version that was read: a
 * document re-indexed meanwhile refuses it (409) and the job runs again on the new text. A document
 * deleted meanwhile (404) takes its graph contribution with it. Returns false then. Only the latest
 * version of a file feeds the graph: a superseded version removes its contribution instead, and the
 * latest one removes the older versions'.
 */
export async function storeKnowledge(
  stores: KnowledgeStores,
  source: KnowledgeSource,
  knowledge: DocumentKnowledge,
): Promise<boolean> {
  if (source.isLatest) {
    await writeDocumentKnowledge(stores.graph, knowledge, {
      title: source.title,
      date: source.authoredAt,
    });
    for (const older of await olderVersions(stores, source)) {
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
