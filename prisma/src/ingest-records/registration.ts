import { Prisma, type PrismaClient, type SourceFile } from '../../generated/sqlite/client.ts';
import { retryWhenBusy } from '../busy.ts';
import { createId, createItemId } from './ids.ts';
import { documentIdFor, lineageIdFor } from './identity.ts';
import type { StoredOriginal } from './items.ts';

export interface NewFile {
  jobId: string;
  collectionId: string;
  /** Relative path inside the upload or ingest folder, `/`-separated. */
  path: string;
  name: string;
  blob: StoredOriginal;
  /** Ingest folder only: size and mtime, so an unchanged file is not read again. */
  fingerprint?: string;
}

/** What registration tells the caller about the item it recorded. */
export interface RegisteredItem {
  id: string;
  runId: string;
  jobId: string;
  documentId: string;
  lineageId: string;
  version: number;
  /** A duplicate is done at once when its original is; otherwise it waits for its outcome. */
  status: 'queued' | 'done';
  duplicate: boolean;
  name: string;
  path: string;
  sizeBytes: number;
  sha256: string;
}

type SourceState = Pick<SourceFile, 'documentId' | 'lineageId' | 'version' | 'fingerprint'>;

const sourceData = ({ documentId, lineageId, version, fingerprint }: SourceState) => ({
  documentId,
  lineageId,
  version,
  fingerprint,
});

const sourceKey = (collectionId: string, path: string) => `${collectionId}\u0000${path}`;

/**
 * Records uploaded or scanned files. The same bytes already in the collection make a duplicate
 * item (nothing to queue: done at once when the original is, otherwise waiting for the original's
 * outcome, which status-changes.ts hands on); a different file at a known path becomes the next version
 * of that path's lineage. One transaction for the whole batch, so two uploads of the same path
 * cannot both be version 2: the files are decided one after another, in order, each seeing the
 * ones before it, exactly as if each had its own transaction - but with a handful of statements
 * and one commit for the batch instead of five statements and a commit per file.
 */
export function registerFiles(
  prisma: PrismaClient,
  files: readonly NewFile[],
): Promise<RegisteredItem[]> {
  // Several replicas register files at once: a transaction that lost the race runs again.
  return retryWhenBusy(() => prisma.$transaction((tx) => registerInTransaction(tx, files)));
}

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

async function registerInTransaction(tx: Tx, files: readonly NewFile[]) {
  const documentIds = files.map((file) => documentIdFor(file.collectionId, file.blob.sha256));
  // The first (oldest) live item of each document, as the one-file transaction looked it up.
  const known = new Map<string, { lineageId: string; version: number; done: boolean }>();
  const knownRows = await tx.ingestItem.findMany({
    where: {
      documentId: { in: [...new Set(documentIds)] },
      status: { not: 'failed' },
      duplicate: false,
    },
    orderBy: { createdAt: 'asc' },
    select: { documentId: true, lineageId: true, version: true, status: true },
  });
  for (const { status, ...row } of knownRows) {
    if (!known.has(row.documentId)) known.set(row.documentId, { ...row, done: status === 'done' });
  }

  const sources = new Map<string, SourceState>();
  const existingSources = new Set<string>();
  // Asked as two lists (much cheaper for Prisma than one condition per file); a row that pairs a
  // collection with another collection's path is dropped here.
  const wanted = new Set(files.map(({ collectionId, path }) => sourceKey(collectionId, path)));
  const sourceRows = await tx.sourceFile.findMany({
    where: {
      collectionId: { in: [...new Set(files.map((file) => file.collectionId))] },
      path: { in: [...new Set(files.map((file) => file.path))] },
    },
  });
  for (const row of sourceRows) {
    const key = sourceKey(row.collectionId, row.path);
    if (!wanted.has(key)) continue;
    sources.set(key, row);
    existingSources.add(key);
  }
  const lineageOf = (file: NewFile) =>
    sources.get(sourceKey(file.collectionId, file.path))?.lineageId ??
    lineageIdFor(file.collectionId, file.path);
  const newest = new Map<string, number>();
  const versionRows = await tx.ingestItem.groupBy({
    by: ['lineageId'],
    where: { lineageId: { in: [...new Set(files.map(lineageOf))] }, duplicate: false },
    _max: { version: true },
  });
  for (const row of versionRows) newest.set(row.lineageId, row._max.version ?? 0);

  const touched = new Set<string>();
  const items: Array<RegisteredItem & { collectionId: string; replacesDocumentId: string | null }> =
    [];
  files.forEach((file, i) => {
    const documentId = documentIds[i]!;
    const key = sourceKey(file.collectionId, file.path);
    const source = sources.get(key);
    const base = {
      id: createItemId(),
      jobId: file.jobId,
      collectionId: file.collectionId,
      documentId,
      name: file.name,
      path: file.path,
      sha256: file.blob.sha256,
      sizeBytes: file.blob.sizeBytes,
    };
    const found = known.get(documentId);
    if (found) {
      const { done, ...seen } = found;
      if (!source) {
        sources.set(key, { documentId, ...seen, fingerprint: file.fingerprint ?? '' });
        touched.add(key);
      } else if (file.fingerprint) {
        sources.set(key, { ...source, fingerprint: file.fingerprint });
        touched.add(key);
      }
      items.push({
        ...base,
        ...seen,
        runId: '',
        status: done ? 'done' : 'queued',
        duplicate: true,
        replacesDocumentId: null,
      });
      return;
    }
    const lineageId = source?.lineageId ?? lineageIdFor(file.collectionId, file.path);
    const version = (newest.get(lineageId) ?? 0) + 1;
    newest.set(lineageId, version);
    sources.set(key, { documentId, lineageId, version, fingerprint: file.fingerprint ?? '' });
    touched.add(key);
    known.set(documentId, { lineageId, version, done: false });
    items.push({
      ...base,
      lineageId,
      version,
      runId: createId(),
      status: 'queued',
      duplicate: false,
      replacesDocumentId: source && source.documentId !== documentId ? source.documentId : null,
    });
  });

  const finishedAt = new Date();
  const creates = [...touched].filter((key) => !existingSources.has(key));
  if (creates.length > 0) await insertSources(tx, creates, sources);
  for (const key of [...touched].filter((k) => existingSources.has(k))) {
    const [collectionId, path] = key.split('\u0000') as [string, string];
    await tx.sourceFile.update({
      where: { collectionId_path: { collectionId, path } },
      data: sourceData(sources.get(key)!),
    });
  }
  await insertItems(tx, items, finishedAt);
  return items.map(({ collectionId: _c, replacesDocumentId: _r, ...item }) => item);
}

/** New source paths in one INSERT (plain SQL, as insertItems below and for the same reason). */
function insertSources(tx: Tx, keys: string[], sources: Map<string, SourceState>) {
  const at = new Date();
  const rows = keys.map((key) => {
    const [collectionId, path] = key.split('\u0000') as [string, string];
    const { documentId, lineageId, version, fingerprint } = sources.get(key)!;
    return Prisma.sql`(${collectionId}, ${path}, ${documentId}, ${lineageId}, ${version}, ${fingerprint}, ${at})`;
  });
  return tx.$executeRaw`INSERT INTO "SourceFile" ("collectionId", "path", "documentId", "lineageId", "version", "fingerprint", "updatedAt") VALUES ${Prisma.join(rows)}`;
}

/**
 * The new items in one INSERT. Plain SQL (SQLite, PostgreSQL and SQL Server all read it) because
 * Prisma's createMany costs about 0.2 ms of CPU per row, several times the database's own work, and
 * this runs for every file that arrives. Columns left out take their schema defaults; timestamps
 * go in as Dates, which the driver adapter writes exactly as Prisma's own queries do.
 */
function insertItems(
  tx: Tx,
  items: Array<RegisteredItem & { collectionId: string; replacesDocumentId: string | null }>,
  finishedAt: Date,
) {
  const at = new Date();
  const rows = items.map(
    (item) =>
      Prisma.sql`(${item.id}, ${item.jobId}, ${item.collectionId}, ${item.documentId}, ${item.lineageId}, ${item.version}, ${item.replacesDocumentId}, ${item.runId}, ${item.name}, ${item.path}, ${item.sha256}, ${item.sizeBytes}, ${item.status}, ${item.duplicate}, ${item.status === 'done' ? finishedAt : null}, ${at}, ${at})`,
  );
  return tx.$executeRaw`INSERT INTO "IngestItem" ("id", "jobId", "collectionId", "documentId", "lineageId", "version", "replacesDocumentId", "runId", "name", "path", "sha256", "sizeBytes", "status", "duplicate", "finishedAt", "createdAt", "updatedAt") VALUES ${Prisma.join(rows)}`;
}
