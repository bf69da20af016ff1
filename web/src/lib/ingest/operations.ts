import 'server-only';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { runOperation } from '../gateway/run-operation.ts';
import type { GraphqlResult } from '../gateway/errors.ts';
import {
  CREATE_JOB,
  ITEMS_PAGE_SIZE,
  JOB,
  JOBS,
  JOBS_PAGE_SIZE,
  RETRY_FAILED,
  RETRY_ITEMS,
  UPLOAD_SETUP,
} from '../operations/ingest.ts';
import type { KnowledgeStatus } from './knowledge.ts';
import type { IngestStatus } from './status.ts';

// The fixed GraphQL operations of the ingest pages and routes, run on the server with the
// viewer's token. The browser's only GraphQL is the live status poll (components/ingest), sent
// through the same-origin /api/graphql route.

export { ITEMS_PAGE_SIZE, JOBS_PAGE_SIZE };

type UploadSetup = ResultOf<typeof UPLOAD_SETUP>;
export type CollectionRef = UploadSetup['collections'][number];
export type SkillInfo = UploadSetup['skills'][number];
export type IngestItemRow = NonNullable<
  ResultOf<typeof JOB>['ingestJob']
>['items']['nodes'][number];

/** The upload page: where files can go, which skills exist, and what the pipeline is doing. */
export function fetchUploadSetup() {
  return runOperation(UPLOAD_SETUP);
}

export function fetchJobs(after: string | null) {
  return runOperation(JOBS, { first: JOBS_PAGE_SIZE, after });
}

export function fetchJob(
  id: string,
  filter: { status: IngestStatus | null; knowledge: KnowledgeStatus | null },
  after: string | null,
) {
  return runOperation(JOB, {
    id,
    status: filter.status,
    knowledgeStatus: filter.knowledge,
    first: ITEMS_PAGE_SIZE,
    after,
  });
}

export function createUploadJob(input: {
  collectionId: string;
  label: string | null;
  skills: string[];
}) {
  return runOperation(CREATE_JOB, { input: { ...input, source: 'upload' } });
}

export async function retryItems(ids: string[]): Promise<GraphqlResult<{ queued: number }>> {
  const result = await runOperation(RETRY_ITEMS, { ids });
  return result.ok ? { ok: true, data: { queued: result.data.retryIngestItems } } : result;
}

export async function retryFailed(jobId: string): Promise<GraphqlResult<{ queued: number }>> {
  const result = await runOperation(RETRY_FAILED, { jobId });
  return result.ok ? { ok: true, data: { queued: result.data.retryFailedItems } } : result;
}
