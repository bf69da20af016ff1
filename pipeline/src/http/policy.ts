import { canWriteCollection, type Viewer } from '@quarry/auth';
import type { JobRecord } from '@quarry/prisma/ingest-records';
import { HttpError } from './respond.ts';

/**
 * Every authorization decision of the pipeline's HTTP routes, in one place (the documents
 * subgraph's policy.ts applies the same rules to GraphQL). Reading is the list of collections in
 * the verified token; writing takes canWriteCollection (readable, writable by grant, a role that
 * writes). Anything of a collection the caller cannot read does not exist for them: it is answered
 * exactly like something that is not there.
 */

/** Sources a client may send files to; 'folder' and 'rerun' jobs are filled by Quarry itself. */
const UPLOAD_SOURCES: ReadonlySet<string> = new Set(['upload', 'api']);

export function canRead(viewer: Viewer, collectionId: string): boolean {
  return viewer.collections.includes(collectionId);
}

export const canWrite = canWriteCollection;

/** The job files are sent to, once the caller may add files to it; otherwise the refusal. */
export function assertCanUploadTo(viewer: Viewer, job: JobRecord | null): JobRecord {
  if (!job || !canRead(viewer, job.collectionId)) {
    throw new HttpError(404, 'JOB_NOT_FOUND', 'No such ingest job.');
  }
  if (!canWrite(viewer, job.collectionId)) {
    throw new HttpError(403, 'FORBIDDEN', 'You may not add files to this collection.');
  }
  if (!UPLOAD_SOURCES.has(job.source)) {
    throw new HttpError(409, 'WRONG_JOB', `Files cannot be sent to a ${job.source} job.`);
  }
  return job;
}

/** A Prisma `where` for ingest items, limited to the collections the caller can read. */
export function readableItems<W extends object>(viewer: Viewer, where: W) {
  return { AND: [where, { collectionId: { in: [...new Set(viewer.collections)] } }] };
}

/** The items among `items` the caller may start again (their collection is writable). */
export function writableItemIds(
  viewer: Viewer,
  items: ReadonlyArray<{ id: string; collectionId: string }>,
): string[] {
  return items.filter((item) => canWrite(viewer, item.collectionId)).map((item) => item.id);
}
