import type { IncomingMessage } from 'node:http';
import type { Viewer } from '@quarry/auth';
import { requireBearerViewer } from '@quarry/service-kit';
import { BatchLoader } from './batch-loader.ts';
import type { IngestManager } from './ingest/ingest-manager.ts';
import type { IngestCounts, RecentActivity } from './ingest/ingest-stats.ts';
import type { IngestStore } from './ingest/ingest-store.ts';
import type { KnowledgeCounts, KnowledgeStatus } from './ingest/knowledge-stats.ts';
import { PassageLoader } from './passages/passage-loader.ts';
import { readableCollections } from './policy.ts';
import type { DocumentRecord } from './store/document-record.ts';
import type { DocumentsStore } from './store/documents-store.ts';

export interface Services {
  documents: DocumentsStore;
  ingest: IngestStore;
  manager: IngestManager;
}

export interface Context extends Services {
  viewer: Viewer;
  /** The verified bearer token: the pipeline is called on the caller's behalf with it. */
  token: string;
  ip: string | null;
  /** Per request, so nothing is shared between viewers. */
  loaders: {
    document: BatchLoader<string, DocumentRecord>;
    jobCounts: BatchLoader<string, IngestCounts>;
    jobFinishedRecently: BatchLoader<string, RecentActivity>;
    jobKnowledgeCounts: BatchLoader<string, KnowledgeCounts>;
    jobKnowledgeFinishedRecently: BatchLoader<string, RecentActivity>;
    /** Document id → the stored knowledge status of its latest item in the knowledge stage. */
    documentKnowledgeStatus: BatchLoader<string, KnowledgeStatus>;
    /** Passages (federation references), one search per distinct document. */
    passage: PassageLoader;
  };
}

/** The caller's address for the audit log (the gateway forwards X-Forwarded-For). */
function clientIp(req: IncomingMessage): string | null {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || null;
}

/**
 * Authenticates every request again even behind the gateway (defense in depth): no valid bearer
 * token, no context, and Apollo answers UNAUTHENTICATED with HTTP 401.
 */
export function createContext(secret: string, services: Services) {
  return async (req: IncomingMessage): Promise<Context> => {
    const { viewer, token } = await requireBearerViewer(req.headers.authorization, secret);
    const readable = readableCollections(viewer);
    return {
      ...services,
      viewer,
      token,
      ip: clientIp(req),
      loaders: {
        document: new BatchLoader((ids) => services.documents.findByIds(ids, readable)),
        jobCounts: new BatchLoader((ids) => services.ingest.countsByJob(viewer, ids)),
        jobFinishedRecently: new BatchLoader((ids) =>
          services.ingest.finishedRecentlyByJob(viewer, ids),
        ),
        jobKnowledgeCounts: new BatchLoader((ids) =>
          services.ingest.knowledgeCountsByJob(viewer, ids),
        ),
        jobKnowledgeFinishedRecently: new BatchLoader((ids) =>
          services.ingest.knowledgeFinishedRecentlyByJob(viewer, ids),
        ),
        documentKnowledgeStatus: new BatchLoader((ids) =>
          services.ingest.latestKnowledgeStatus(viewer, ids),
        ),
        passage: new PassageLoader(services.documents.client, services.documents.index, readable),
      },
    };
  };
}
