// The ingest pages' and routes' GraphQL operations. Pure text: lib/ingest/operations.ts sends
// them, and the limits test (./fit-gateway-limits.test.ts) checks them.

export const JOBS_PAGE_SIZE = 20;
export const ITEMS_PAGE_SIZE = 50;

const COUNTS = 'counts { total queued cracking enriching indexing done failed }';

export const UPLOAD_SETUP = `query IngestUploadSetup {
  collections { id name }
  skills { name version description default }
  ingestOverview { ${COUNTS} throughputPerMinute etaSeconds }
}`;

const JOB_FIELDS = `id collectionId source label skills createdAt ${COUNTS} throughputPerMinute etaSeconds`;

// Collection names come from the accounts subgraph's list rather than through each job's
// `collection` reference, so one collection the viewer lost access to cannot fail the whole list.
export const JOBS = `query IngestJobs($first: Int, $after: String) {
  collections { id name }
  ingestOverview { ${COUNTS} throughputPerMinute etaSeconds }
  ingestJobs(first: $first, after: $after) {
    nodes { ${JOB_FIELDS} }
    totalCount endCursor hasNextPage
  }
}`;

export const JOB = `query IngestJob($id: ID!, $status: IngestStatus, $first: Int, $after: String) {
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

export const JOB_STATUS = `query IngestJobStatus($id: ID!) {
  ingestJob(id: $id) { id ${COUNTS} throughputPerMinute etaSeconds }
}`;

export const CREATE_JOB = `mutation CreateIngestJob($input: CreateIngestJobInput!) {
  createIngestJob(input: $input) { id collectionId label skills }
}`;

export const RETRY_ITEMS = `mutation RetryIngestItems($ids: [ID!]!) { retryIngestItems(ids: $ids) }`;

export const RETRY_FAILED = `mutation RetryFailedItems($jobId: ID!) { retryFailedItems(jobId: $jobId) }`;
