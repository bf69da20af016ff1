// The ingest pages' and routes' GraphQL operations, as typed documents: lib/ingest/operations.ts
// and the live status panel send them, and the gateway's limits test checks them.
import { graphql } from '#graphql';

export const JOBS_PAGE_SIZE = 20;
export const ITEMS_PAGE_SIZE = 50;

export const INGEST_COUNTS = graphql(`
  fragment IngestCountsFields on IngestCounts {
    total
    queued
    cracking
    enriching
    indexing
    done
    failed
  }
`);

export const KNOWLEDGE_PROGRESS = graphql(`
  fragment KnowledgeProgressFields on KnowledgeProgress {
    counts {
      total
      queued
      running
      waiting
      done
      failed
    }
    throughputPerMinute
    etaSeconds
  }
`);

export const JOB_SUMMARY = graphql(`
  fragment IngestJobSummaryFields on IngestJob {
    id
    collectionId
    source
    label
    skills
    createdAt
    counts {
      ...IngestCountsFields
    }
    throughputPerMinute
    etaSeconds
    knowledge {
      ...KnowledgeProgressFields
    }
  }
`);

export const UPLOAD_SETUP = graphql(`
  query IngestUploadSetup {
    collections {
      id
      name
    }
    skills {
      name
      version
      description
      default
      stage
    }
    ingestOverview {
      counts {
        ...IngestCountsFields
      }
      throughputPerMinute
      etaSeconds
    }
  }
`);

// Collection names come from the accounts subgraph's list rather than through each job's
// `collection` reference, so one collection the viewer lost access to cannot fail the whole list.
export const JOBS = graphql(`
  query IngestJobs($first: Int, $after: String) {
    collections {
      id
      name
    }
    ingestOverview {
      counts {
        ...IngestCountsFields
      }
      throughputPerMinute
      etaSeconds
      knowledge {
        ...KnowledgeProgressFields
      }
    }
    ingestJobs(first: $first, after: $after) {
      nodes {
        ...IngestJobSummaryFields
      }
      totalCount
      endCursor
      hasNextPage
    }
  }
`);

export const JOB = graphql(`
  query IngestJob(
    $id: ID!
    $status: IngestStatus
    $knowledgeStatus: KnowledgeStatus
    $first: Int
    $after: String
  ) {
    collections {
      id
      name
    }
    ingestJob(id: $id) {
      ...IngestJobSummaryFields
      items(status: $status, knowledgeStatus: $knowledgeStatus, first: $first, after: $after) {
        nodes {
          id
          parentItemId
          name
          path
          sizeBytes
          mediaType
          status
          reason
          message
          retryable
          duplicate
          documentId
          version
          attempts
          chunksTotal
          chunksDone
          updatedAt
          knowledgeStatus
          knowledgeQuality
          knowledgeMessage
        }
        totalCount
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The live status panel's poll: counts and rates only, cheap enough to run every two seconds. */
export const JOB_STATUS = graphql(`
  query IngestJobStatus($id: ID!) {
    ingestJob(id: $id) {
      id
      counts {
        ...IngestCountsFields
      }
      throughputPerMinute
      etaSeconds
    }
  }
`);

export const CREATE_JOB = graphql(`
  mutation CreateIngestJob($input: CreateIngestJobInput!) {
    createIngestJob(input: $input) {
      id
      collectionId
      label
      skills
    }
  }
`);

export const RETRY_ITEMS = graphql(`
  mutation RetryIngestItems($ids: [ID!]!) {
    retryIngestItems(ids: $ids)
  }
`);

export const RETRY_FAILED = graphql(`
  mutation RetryFailedItems($jobId: ID!) {
    retryFailedItems(jobId: $jobId)
  }
`);
