import type { Client } from '@elastic/elasticsearch';
import type { PrismaClient } from '@quarry/prisma';
import type { Logger } from '@quarry/service-kit';
import type { PipelineEnv } from '../env.ts';
import type { PipelineQueue } from '../queue.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import type { DerivedStore } from '../storage/derived-store.ts';

/** Everything a stage needs; built once per process in app.ts. */
export interface StageContext {
  env: PipelineEnv;
  prisma: PrismaClient;
  blobs: BlobStore;
  derived: DerivedStore;
  elasticsearch: Client;
  queue: PipelineQueue;
  logger: Logger;
}
