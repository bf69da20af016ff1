import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import busboy from 'busboy';
import type { JobRecord, RegisteredItem } from '@quarry/prisma/ingest-records';
import { normaliseRelativePath } from '../ingest/paths.ts';
import type { StageContext } from '../stages/context.ts';
import { TooLargeError, type StoredBlob } from '../storage/blob-store.ts';
import { HttpError } from './respond.ts';
import { itemReply, refuseTooLarge } from './upload-job.ts';

/** Most files in one request: its answer lists every one of them. */
export const MAX_FILES_PER_FORM = 1_000;

type FileOutcome =
  | { path: string; item: ReturnType<typeof itemReply> }
  | { path: string; error: { code: string; message: string } };

export function isMultipart(req: IncomingMessage): boolean {
  return /^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '');
}

/**
 * Streams one part into storage. Busboy's own stream is never destroyed (the form would then
 * never finish): storage reads a pass-through, and when storage gives up the rest of the part is
 * drained. Called as the part arrives (its error handling must be in place at once); storage may
 * start reading later, once the parts before it are stored.
 */
function storePart(ctx: StageContext, part: Readable, after: Promise<unknown>) {
  const pass = new PassThrough();
  // A form cut short errors the part: storage then fails like an interrupted upload, finding the
  // error on the pass-through whenever it starts reading.
  pass.on('error', () => {});
  part.on('error', (error) => pass.destroy(error));
  part.pipe(pass);
  return after
    .then(() => ctx.blobs.putStream(pass, ctx.env.PIPELINE_MAX_FILE_BYTES))
    .catch((error: unknown) => {
      part.unpipe(pass);
      part.resume();
      throw error;
    });
}

function failure(path: string, error: HttpError): FileOutcome {
  return { path, error: { code: error.code, message: error.message } };
}

const sendAgain = () =>
  new HttpError(503, 'UNAVAILABLE', 'The file could not be stored; send it again.');

interface Stored {
  checked: { path: string; name: string };
  blob: StoredBlob;
}

/**
 * Records every stored file of the form at once, so they join one registration batch (one
 * transaction) and are queued in batch jobs together.
 */
function registerAll(
  ctx: StageContext,
  job: JobRecord,
  parts: Array<Stored | FileOutcome>,
): Promise<FileOutcome[]> {
  return Promise.all(
    parts.map((part) => {
      if (!('blob' in part)) return Promise.resolve(part);
      const { checked, blob } = part;
      const { path, name } = checked;
      return ctx.register({ jobId: job.id, collectionId: job.collectionId, path, name, blob }).then(
        (item: RegisteredItem): FileOutcome => ({ path, item: itemReply(item) }),
        (error: unknown) => {
          ctx.logger.error({ err: error, path }, 'recording an upload failed');
          return failure(path, sendAgain());
        },
      );
    }),
  );
}

/**
 * `POST /ingest/jobs/{jobId}/files` as multipart/form-data: every file part is one file, its
 * relative path given as the part's filename (`curl -F 'file=@a.txt;filename=dir/a.txt'`, or
 * `FormData.append('file', file, relativePath)`); other fields are ignored. Parts are stored one
 * after another as they stream in, and all of the form's files are recorded together (one
 * transaction) and queued in batches. Each file has its own outcome, as the single-file PUT would
 * answer it (a bad path or an oversized file fails alone, the too-large one recorded as a failed
 * item, a file that could not be stored or recorded says "send it again"); the request fails as a
 * whole only when the form itself is unreadable. Past MAX_FILES_PER_FORM files the rest is not
 * read, and the answer says so beside the outcomes of the files that were.
 */
export function receiveForm(
  ctx: StageContext,
  req: IncomingMessage,
  job: JobRecord,
): Promise<{ files: FileOutcome[]; error?: { code: string; message: string } }> {
  // Per part, in order: what was stored, or the part's outcome already (refused, not stored).
  const parts: Array<Promise<Stored | FileOutcome>> = [];
  let form: busboy.Busboy;
  try {
    form = busboy({
      headers: req.headers,
      // Keep the folders in the filename (busboy strips them by default); names are UTF-8.
      preservePath: true,
      defParamCharset: 'utf8',
      // A part over the size limit is cut one byte past it: storage then refuses it as too large.
      limits: { files: MAX_FILES_PER_FORM, fileSize: ctx.env.PIPELINE_MAX_FILE_BYTES + 1 },
    });
  } catch (error) {
    throw new HttpError(400, 'BAD_FORM', `The form cannot be read: ${(error as Error).message}.`);
  }
  return new Promise((resolve, reject) => {
    let tooMany = false;
    // Parts are consumed in order: busboy reads the next one when this one is drained.
    let previous: Promise<unknown> = Promise.resolve();
    form.on('file', (_field, part, info) => {
      const checked = normaliseRelativePath(info.filename ?? '');
      if ('error' in checked) {
        // Drained unread; a cut-short form is reported once, by the form's own error.
        part.on('error', () => {});
        part.resume();
        parts.push(
          Promise.resolve(
            failure(info.filename ?? '', new HttpError(400, 'BAD_PATH', checked.error)),
          ),
        );
        return;
      }
      const stored = storePart(ctx, part, previous);
      previous = stored.catch(() => {});
      parts.push(
        stored.then(
          (blob) => ({ checked, blob }),
          async (error: unknown): Promise<FileOutcome> => {
            if (!(error instanceof TooLargeError)) {
              ctx.logger.error({ err: error, path: checked.path }, 'storing an upload failed');
              return failure(checked.path, sendAgain());
            }
            const sizeBytes = ctx.env.PIPELINE_MAX_FILE_BYTES + 1;
            return refuseTooLarge(ctx, job, { ...checked, sizeBytes }).then(
              (refusal) => failure(checked.path, refusal),
              () => failure(checked.path, sendAgain()),
            );
          },
        ),
      );
    });
    form.on('filesLimit', () => {
      tooMany = true;
    });
    form.on('error', (error: Error) => {
      req.unpipe(form);
      req.resume();
      reject(new HttpError(400, 'BAD_FORM', `The form cannot be read: ${error.message}.`));
    });
    form.on('close', () => {
      void Promise.all(parts)
        .then((stored) => registerAll(ctx, job, stored))
        .then((files) =>
          resolve(
            tooMany
              ? {
                  files,
                  error: {
                    code: 'TOO_MANY_FILES',
                    message: `Only the first ${MAX_FILES_PER_FORM} files were read; send the rest in another request.`,
                  },
                }
              : { files },
          ),
        );
    });
    req.on('aborted', () => reject(new HttpError(400, 'ABORTED', 'The upload was interrupted.')));
    req.pipe(form);
  });
}
