import type { Job } from 'bullmq';
import type { Logger } from '@quarry/service-kit';

/**
 * The pipeline's stages, one queue job each:
 *   crack  – sniff and extract one file (or, for a skills re-run, reload what was extracted), record
 *            the files inside it, split the text into chunks and start the flow below;
 *   batch  – the crack stage for several small files at once (ingest/enqueue.ts decides): one queue
 *            job, one item lookup and one bulk index request for all of them instead of one each;
 *   enrich – run the job's skills on one chunk (chunks of one document run in parallel);
 *   index  – the flow's parent: runs once every chunk is enriched, writes the document to
 *            Elasticsearch in one request and marks the item done;
 *   knowledge – on its own queue (`<PIPELINE_QUEUE>-knowledge`, knowledge/): once the document is
 *            searchable, the knowledge skills (entities, triples) on the whole document, into the
 *            graph and the document's entity summary.
 * Job ids derive from the item and its run id, so a resumed job never duplicates work.
 */
export interface CrackJob {
  itemId: string;
  runId: string;
}

/** Small files registered together; each is still its own item with its own outcome. */
export interface BatchJob {
  items: CrackJob[];
}

export interface EnrichJob {
  itemId: string;
  runId: string;
  documentId: string;
  seq: number;
  start: number;
  end: number;
  byteStart: number;
  byteEnd: number;
  skills: string[];
}

export interface IndexJob {
  itemId: string;
  runId: string;
}

/** One item's knowledge stage for one run. */
export interface KnowledgeJob {
  itemId: string;
  runId: string;
  /** How often it has waited for the NLP service so far (its backoff grows with it). */
  waits?: number;
}

/** The knowledge stage's own queue, beside the pipeline's: its backlog never delays search. */
export function knowledgeQueueName(pipelineQueue: string): string {
  return `${pipelineQueue}-knowledge`;
}

export const jobIds = {
  crack: (itemId: string, runId: string) => `crack.${itemId}.${runId}`,
  /** Named by its first item's run: the same registration never queues its batch twice. */
  batch: (first: CrackJob) => `batch.${first.itemId}.${first.runId}`,
  /** An item of a batch that met an unexpected error, retried alone with the usual backoff. */
  retry: (itemId: string, runId: string) => `retry.${itemId}.${runId}`,
  enrich: (itemId: string, runId: string, seq: number) => `enrich.${itemId}.${runId}.${seq}`,
  index: (itemId: string, runId: string) => `index.${itemId}.${runId}`,
  knowledge: (itemId: string, runId: string) => `knowledge.${itemId}.${runId}`,
};

export type StageHandler = (job: Job<unknown>, logger: Logger) => Promise<unknown>;

/** Routes a job to its stage by name; a job nobody handles fails with a clear reason. */
export function jobRouter(stages: Record<string, StageHandler>, logger: Logger) {
  return async (job: Job): Promise<unknown> => {
    const stage = stages[job.name];
    if (!stage) throw new Error(`no pipeline stage handles jobs named "${job.name}"`);
    return stage(job, logger.child({ jobId: job.id, stage: job.name }));
  };
}
