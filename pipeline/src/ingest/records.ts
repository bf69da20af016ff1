import { retryWhenBusy, type IngestItem, type PrismaClient } from '@quarry/prisma';
import { childDocumentIdFor, documentIdFor, lineageIdFor } from '../ids.ts';
import type { StoredBlob } from '../storage/blob-store.ts';
import { createId } from './run-id.ts';
import type { FailureReason, ItemStatus } from './statuses.ts';

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

/**
 * Records an uploaded or scanned file. The same bytes already in the collection make a duplicate
 * item (done at once, nothing queued); a different file at a known path becomes the next version of
 * that path's lineage. One transaction, so two uploads of the same path cannot both be version 2.
 */
export async function registerFile(prisma: PrismaClient, file: NewFile): Promise<IngestItem> {
  const documentId = documentIdFor(file.collectionId, file.blob.sha256);
  // Several replicas register files at once: a transaction that lost the race runs again.
  return retryWhenBusy(() => registerInTransaction(prisma, file, documentId));
}

function registerInTransaction(prisma: PrismaClient, file: NewFile, documentId: string) {
  return prisma.$transaction(async (tx) => {
    const known = await tx.ingestItem.findFirst({
      where: { documentId, status: { not: 'failed' }, duplicate: false },
      orderBy: { createdAt: 'asc' },
    });
    const source = await tx.sourceFile.findUnique({
      where: { collectionId_path: { collectionId: file.collectionId, path: file.path } },
    });
    const base = {
      jobId: file.jobId,
      collectionId: file.collectionId,
      documentId,
      name: file.name,
      path: file.path,
      sha256: file.blob.sha256,
      sizeBytes: file.blob.sizeBytes,
    };
    if (known) {
      if (!source) {
        await tx.sourceFile.create({
          data: {
            collectionId: file.collectionId,
            path: file.path,
            documentId,
            lineageId: known.lineageId,
            version: known.version,
            fingerprint: file.fingerprint ?? '',
          },
        });
      } else if (file.fingerprint) {
        await tx.sourceFile.update({
          where: { collectionId_path: { collectionId: file.collectionId, path: file.path } },
          data: { fingerprint: file.fingerprint },
        });
      }
      return tx.ingestItem.create({
        data: {
          ...base,
          lineageId: known.lineageId,
          version: known.version,
          duplicate: true,
          status: 'done',
          finishedAt: new Date(),
        },
      });
    }
    const lineageId = source?.lineageId ?? lineageIdFor(file.collectionId, file.path);
    const latest = await tx.ingestItem.aggregate({
      _max: { version: true },
      where: { lineageId, duplicate: false },
    });
    const version = (latest._max.version ?? 0) + 1;
    const replacesDocumentId =
      source && source.documentId !== documentId ? source.documentId : null;
    await tx.sourceFile.upsert({
      where: { collectionId_path: { collectionId: file.collectionId, path: file.path } },
      create: {
        collectionId: file.collectionId,
        path: file.path,
        documentId,
        lineageId,
        version,
        fingerprint: file.fingerprint ?? '',
      },
      update: { documentId, lineageId, version, fingerprint: file.fingerprint ?? '' },
    });
    return tx.ingestItem.create({
      data: { ...base, lineageId, version, replacesDocumentId, runId: createId() },
    });
  });
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

/**
 * Moves an item of the given run to a working status. Guarded by run id and by the status it must
 * not leave: a late or repeated job of an old run can never rewind a finished item.
 */
export async function markStatus(
  prisma: PrismaClient,
  itemId: string,
  runId: string,
  status: Exclude<ItemStatus, 'failed' | 'done'>,
  extra: { chunksTotal?: number; mediaType?: string } = {},
): Promise<void> {
  await prisma.ingestItem.updateMany({
    where: { id: itemId, runId, status: { notIn: ['done', 'failed'] } },
    data: {
      status,
      ...(status === 'cracking' ? { startedAt: new Date(), attempts: { increment: 1 } } : {}),
      ...(extra.chunksTotal !== undefined ? { chunksTotal: extra.chunksTotal, chunksDone: 0 } : {}),
      ...(extra.mediaType ? { mediaType: extra.mediaType } : {}),
    },
  });
}

export async function markChunksDone(
  prisma: PrismaClient,
  itemId: string,
  runId: string,
  chunksDone: number,
): Promise<void> {
  await prisma.ingestItem.updateMany({
    where: { id: itemId, runId, status: 'enriching' },
    data: { chunksDone },
  });
}

export async function markDone(
  prisma: PrismaClient,
  itemId: string,
  runId: string,
  extra: { chunks?: number; mediaType?: string } = {},
): Promise<void> {
  await prisma.ingestItem.updateMany({
    where: { id: itemId, runId },
    data: {
      status: 'done',
      reason: null,
      message: null,
      finishedAt: new Date(),
      ...(extra.chunks !== undefined
        ? { chunksTotal: extra.chunks, chunksDone: extra.chunks }
        : {}),
      ...(extra.mediaType ? { mediaType: extra.mediaType } : {}),
    },
  });
}

export async function markFailed(
  prisma: PrismaClient,
  itemId: string,
  runId: string,
  reason: FailureReason,
  message: string,
): Promise<void> {
  // Matches nothing when the item is gone or a newer run owns it: nothing to report on then.
  await prisma.ingestItem.updateMany({
    where: { id: itemId, runId },
    data: { status: 'failed', reason, message: message.slice(0, 2_000), finishedAt: new Date() },
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
