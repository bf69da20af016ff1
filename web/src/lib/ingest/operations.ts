import 'server-only';
import { gatewayGraphql, type GraphqlResult } from '../gateway/graphql.ts';
import type { IngestCounts, IngestStatus } from './status.ts';

// The fixed GraphQL operations of the ingest pages and routes. The browser never sends a query:
// it calls a page or a narrow route, and the server runs one of these with the viewer's token.

const COUNTS = 'counts { total queued cracking enriching indexing done failed }';

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

const UPLOAD_SETUP = `query IngestUploadSetup {
  collections { id name }
  skills { name version description default }
  ingestOverview { ${COUNTS} throughputPerMinute etaSeconds }
}`;

/** The upload page: where files can go, which skills exist, and what the pipeline is doing. */
export function fetchUploadSetup(
  token: string,
): Promise<
  GraphqlResult<{ collections: CollectionRef[]; skills: SkillInfo[]; ingestOverview: IngestRates }>
> {
  return gatewayGraphql(token, UPLOAD_SETUP);
}

const JOB_FIELDS = `id collectionId source label skills createdAt ${COUNTS} throughputPerMinute etaSeconds`;

// Collection names come from the accounts subgraph's list rather than through each job's
// `collection` reference, so one collection the viewer lost access to cannot fail the whole list.
const JOBS = `query IngestJobs($first: Int, $after: String) {
  collections { id name }
  ingestOverview { ${COUNTS} throughputPerMinute etaSeconds }
  ingestJobs(first: $first, after: $after) {
    nodes { ${JOB_FIELDS} }
    totalCount endCursor hasNextPage
  }
}`;

export const JOBS_PAGE_SIZE = 20;

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

const JOB = `query IngestJob($id: ID!, $status: IngestStatus, $first: Int, $after: String) {
  collections { id name }
  ingestJob(id: $id) {
    ${JOB_FIELDS}
    items(status: $status, first: $first, after: $after) {
      nodes {
        id parentItemId name path sizeBytes mediaType status reason message duplicate
        documentId version attempts chunksTotal chunksDone updatedAt
      }
      totalCount endCursor hasNextPage
    }
  }
}`;

export const ITEMS_PAGE_SIZE = 50;

export type IngestJobDetail = IngestJobSummary & { items: Page<IngestItemRow> };

export function fetchJob(
  token: string,
  id: string,
  status: IngestStatus | null,
  after: string | null,
): Promise<GraphqlResult<{ collections: CollectionRef[]; ingestJob: IngestJobDetail | null }>> {
  return gatewayGraphql(token, JOB, { id, status, first: ITEMS_PAGE_SIZE, after });
}

const JOB_STATUS = `query IngestJobStatus($id: ID!) {
  ingestJob(id: $id) { id ${COUNTS} throughputPerMinute etaSeconds }
}`;

export type IngestJobStatus = IngestRates & { id: string };

/** The polling route's operation: counts and rates only, cheap enough to run every two seconds. */
export function fetchJobStatus(
  token: string,
  id: string,
): Promise<GraphqlResult<{ ingestJob: IngestJobStatus | null }>> {
  return gatewayGraphql(token, JOB_STATUS, { id });
}

const CREATE_JOB = `mutation CreateIngestJob($input: CreateIngestJobInput!) {
  createIngestJob(input: $input) { id collectionId label skills }
}`;

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

const RETRY_ITEMS = `mutation RetryIngestItems($ids: [ID!]!) { retryIngestItems(ids: $ids) }`;
const RETRY_FAILED = `mutation RetryFailedItems($jobId: ID!) { retryFailedItems(jobId: $jobId) }`;

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
