import type { IngestItem, PrismaClient } from '../../generated/sqlite/client.ts';
import { createId } from './ids.ts';
import { childDocumentIdFor } from './identity.ts';
import { checkedJob, type JobRecord } from './rows.ts';
import type { FailureReason } from './statuses.ts';

/** A stored original: what the blob store answers for the bytes it kept. */
export interface StoredOriginal {
  sha256: string;
  sizeBytes: number;
}

export interface NewChild {
  parent: IngestItem;
  path: string;
  name: string;
  blob: StoredOriginal;
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

export interface RefusedFile {
  jobId: string;
  collectionId: string;
  path: string;
  name: string;
  sizeBytes: number;
  reason: FailureReason;
  message: string;
  /**
   * Ingest folder only: the file's size and mtime, remembered for its path so the same oversized
   * file is not refused again on every scan.
   */
  fingerprint?: string;
}

/**
 * Records a file refused before it could be stored (too large): a failed item with its reason, so
 * the refusal shows in the ingest monitor like any other failure. With no stored bytes it has no
 * document id and can never be retried (retry.ts).
 */
export async function registerRefused(prisma: PrismaClient, file: RefusedFile) {
  const item = await prisma.ingestItem.create({
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
  const { collectionId, path, fingerprint } = file;
  if (fingerprint !== undefined) {
    await prisma.sourceFile.upsert({
      where: { collectionId_path: { collectionId, path } },
      create: { collectionId, path, documentId: '', lineageId: '', version: 0, fingerprint },
      update: { fingerprint },
    });
  }
  return item;
}

/** An indexed document a skills re-run starts from. */
export interface RerunDocument {
  id: string;
  lineageId: string;
  version: number;
  fileName: string;
  sourcePath: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
}

/** Rows per INSERT when a re-run records its items. */
const INSERT_BATCH = 500;

/** One waiting item per document of a re-run job; returns their ids. */
export async function createRerunItems(
  prisma: PrismaClient,
  job: JobRecord,
  documents: readonly RerunDocument[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < documents.length; i += INSERT_BATCH) {
    const created = await prisma.ingestItem.createManyAndReturn({
      data: documents.slice(i, i + INSERT_BATCH).map((doc) => ({
        jobId: job.id,
        collectionId: job.collectionId,
        documentId: doc.id,
        lineageId: doc.lineageId,
        version: doc.version,
        name: doc.fileName,
        path: doc.sourcePath,
        sha256: doc.sha256,
        sizeBytes: doc.sizeBytes,
        mediaType: doc.mediaType,
        status: 'queued',
      })),
      select: { id: true },
    });
    ids.push(...created.map((item) => item.id));
  }
  return ids;
}

export type ItemWithJob = IngestItem & { job: JobRecord };

/** Items by id with their job (checked once per job), for the pipeline's stages. */
export async function findItemsWithJob(
  prisma: PrismaClient,
  ids: readonly string[],
): Promise<ItemWithJob[]> {
  const rows = await prisma.ingestItem.findMany({
    where: { id: { in: [...ids] } },
    include: { job: true },
  });
  const jobs = new Map<string, JobRecord>();
  return rows.map(({ job, ...item }) => {
    let checked = jobs.get(job.id);
    if (!checked) jobs.set(job.id, (checked = checkedJob(job)));
    return { ...item, job: checked };
  });
}
