import type { IngestItem, PrismaClient } from '@quarry/prisma';
import { childDocumentIdFor } from '../ids.ts';
import type { StoredBlob } from '../storage/blob-store.ts';
import { createId } from './run-id.ts';
import type { FailureReason } from './statuses.ts';

export interface NewFile {
  jobId: string;
  collectionId: string;
  /** Relative path inside the upload or ingest folder, `/`-separated. */
  path: string;
  name: string;
  blob: StoredBlob;
  /** Ingest folder only: size and mtime, so an unchanged file is not read again. */
  fingerprint?: string;
}

export interface NewChild {
  parent: IngestItem;
  path: string;
  name: string;
  blob: StoredBlob;
}

/**
 * Records a file found inside another one. Looked up by parent and path first, so a parent cracked
 * twice (a retried job) never records its members twice.
 */
export async function registerChild(
  prisma: PrismaClient,
  child: NewChild,
): Promise<{ item: IngestItem; created: boolean }> {
  const existing = await prisma.ingestItem.findFirst({
    where: { parentItemId: child.parent.id, path: child.path },
  });
  if (existing) return { item: existing, created: false };
  const documentId = childDocumentIdFor(child.parent.documentId, child.path);
  const item = await prisma.ingestItem.create({
    data: {
      jobId: child.parent.jobId,
      collectionId: child.parent.collectionId,
      parentItemId: child.parent.id,
      documentId,
      lineageId: documentId,
      version: 1,
      depth: child.parent.depth + 1,
      name: child.name,
      path: child.path,
      sha256: child.blob.sha256,
      sizeBytes: child.blob.sizeBytes,
      runId: createId(),
    },
  });
  return { item, created: true };
}

/**
 * Records a file refused before it could be stored (too large): a failed item with its reason, so
 * the refusal shows in the ingest monitor like any other failure.
 */
export function registerRefused(
  prisma: PrismaClient,
  file: Omit<NewFile, 'blob'> & { sizeBytes: number; reason: FailureReason; message: string },
) {
  return prisma.ingestItem.create({
    data: {
      jobId: file.jobId,
      collectionId: file.collectionId,
      documentId: '',
      name: file.name,
      path: file.path,
      sha256: '',
      sizeBytes: file.sizeBytes,
      status: 'failed',
      reason: file.reason,
      message: file.message,
      finishedAt: new Date(),
    },
  });
}

/** Puts items back in the queue state with a fresh run id; returns those that may be queued. */
export async function startNewRuns(
  prisma: PrismaClient,
  itemIds: readonly string[],
): Promise<IngestItem[]> {
  const items = await prisma.ingestItem.findMany({
    // Only items that are waiting or failed: a running item is not restarted under its worker.
    where: { id: { in: [...itemIds] }, duplicate: false, status: { in: ['queued', 'failed'] } },
  });
  const queued: IngestItem[] = [];
  for (const item of items) {
    queued.push(
      await prisma.ingestItem.update({
        where: { id: item.id },
        data: {
          status: 'queued',
          reason: null,
          message: null,
          runId: createId(),
          chunksDone: 0,
          finishedAt: null,
        },
      }),
    );
  }
  return queued;
}
