import type { Client } from '@elastic/elasticsearch';
import type { CrackPool } from '@quarry/crackers';
import type { PrismaClient } from '@quarry/prisma';
import type { Logger } from '@quarry/service-kit';
import type { PipelineEnv } from '../env.ts';
import type { Registrar } from '../ingest/registrar.ts';
import type { KnowledgeStage } from '../knowledge/worker.ts';
import type { StatusWriter } from '../ingest/status-writes.ts';
import type { PipelineQueue } from '../queue.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import type { DerivedStore } from '../storage/derived-store.ts';
import type { IndexWriter } from './index-writer.ts';

/** Everything a stage needs; built once per process in app.ts. */
export interface StageContext {
  env: PipelineEnv;
  prisma: PrismaClient;
  blobs: BlobStore;
  derived: DerivedStore;
  elasticsearch: Client;
  queue: PipelineQueue;
  logger: Logger;
  /** New files recorded and queued, group-committed (ingest/registrar.ts). */
  register: Registrar;
  /** Item status changes, group-committed (ingest/status-writes.ts). */
  status: StatusWriter;
  /** Documents into the search index, group-committed into bulk requests (index-writer.ts). */
  indexer: IndexWriter;
  /** Cracking off the main thread, under PIPELINE_CRACK_TIMEOUT_MS and PIPELINE_CRACK_MEMORY_MB. */
  cracker: CrackPool;
  /** The knowledge stage's queue: documents go there once they are searchable. */
  knowledge: KnowledgeStage;
}
