import 'server-only';
import { gatewayGraphql, type GraphqlResult } from '../gateway/graphql.ts';
import {
  CREATE_JOB,
  ITEMS_PAGE_SIZE,
  JOB,
  JOB_STATUS,
  JOBS,
  JOBS_PAGE_SIZE,
  RETRY_FAILED,
  RETRY_ITEMS,
  UPLOAD_SETUP,
} from '../operations/ingest.ts';
import type { IngestCounts, IngestStatus } from './status.ts';

// The fixed GraphQL operations of the ingest pages and routes. The browser never sends a query:
// it calls a page or a narrow route, and the server runs one of these with the viewer's token.

export { ITEMS_PAGE_SIZE, JOBS_PAGE_SIZE };

export interface CollectionRef {
  id: string;
  name: string;
}

export interface SkillInfo {
  name: string;
  version: string;
  description: string;
  default: boolean;
}

export interface IngestRates {
  counts: IngestCounts;
  throughputPerMinute: number;
  etaSeconds: number | null;
}

export interface IngestJobSummary extends IngestRates {
  id: string;
  collectionId: string;
  source: string;
  label: string;
  skills: string[];
  createdAt: string;
}

export interface IngestItemRow {
  id: string;
  parentItemId: string | null;
  name: string;
  path: string;
  sizeBytes: number;
  mediaType: string | null;
  status: IngestStatus;
  reason: string | null;
  message: string | null;
  duplicate: boolean;
  documentId: string;
  version: number;
  attempts: number;
  chunksTotal: number;
  chunksDone: number;
  updatedAt: string;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The upload page: where files can go, which skills exist, and what the pipeline is doing. */
export function fetchUploadSetup(
  token: string,
): Promise<
  GraphqlResult<{ collections: CollectionRef[]; skills: SkillInfo[]; ingestOverview: IngestRates }>
> {
  return gatewayGraphql(token, UPLOAD_SETUP);
}

export function fetchJobs(
  token: string,
  after: string | null,
): Promise<
  GraphqlResult<{
    collections: CollectionRef[];
    ingestOverview: IngestRates;
    ingestJobs: Page<IngestJobSummary>;
  }>
> {
  return gatewayGraphql(token, JOBS, { first: JOBS_PAGE_SIZE, after });
}

export type IngestJobDetail = IngestJobSummary & { items: Page<IngestItemRow> };

export function fetchJob(
  token: string,
  id: string,
  status: IngestStatus | null,
  after: string | null,
): Promise<GraphqlResult<{ collections: CollectionRef[]; ingestJob: IngestJobDetail | null }>> {
  return gatewayGraphql(token, JOB, { id, status, first: ITEMS_PAGE_SIZE, after });
}

export type IngestJobStatus = IngestRates & { id: string };

/** The polling route's operation: counts and rates only, cheap enough to run every two seconds. */
export function fetchJobStatus(
  token: string,
  id: string,
): Promise<GraphqlResult<{ ingestJob: IngestJobStatus | null }>> {
  return gatewayGraphql(token, JOB_STATUS, { id });
}

export function createUploadJob(
  token: string,
  input: { collectionId: string; label: string | null; skills: string[] },
): Promise<
  GraphqlResult<{
    createIngestJob: { id: string; collectionId: string; label: string; skills: string[] };
  }>
> {
  return gatewayGraphql(token, CREATE_JOB, { input: { ...input, source: 'upload' } });
}

export async function retryItems(
  token: string,
  ids: string[],
): Promise<GraphqlResult<{ queued: number }>> {
  const result = await gatewayGraphql<{ retryIngestItems: number }>(token, RETRY_ITEMS, { ids });
  return result.ok ? { ok: true, data: { queued: result.data.retryIngestItems } } : result;
}

export async function retryFailed(
  token: string,
  jobId: string,
): Promise<GraphqlResult<{ queued: number }>> {
  const result = await gatewayGraphql<{ retryFailedItems: number }>(token, RETRY_FAILED, {
    jobId,
  });
  return result.ok ? { ok: true, data: { queued: result.data.retryFailedItems } } : result;
}
