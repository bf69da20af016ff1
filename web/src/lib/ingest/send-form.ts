// Browser side of a multipart form of several files (groups.ts decides which): one request, each
// file's progress bar fed from the form's progress. XMLHttpRequest for its upload progress events.
import { formUploadUrl } from './paths.ts';
import { interpretFormReply, type UploadOutcome } from './upload-result.ts';

export interface FormFile {
  path: string;
  file: Blob;
}

/** POSTs the files as one form; never rejects (every ending is one outcome per file, in order). */
export function sendForm(
  jobId: string,
  files: readonly FormFile[],
  onProgress: (loaded: number, total: number) => void,
  signal: AbortSignal,
): Promise<UploadOutcome[]> {
  const all = (outcome: UploadOutcome) => files.map(() => outcome);
  const cancelled: UploadOutcome = {
    kind: 'error',
    code: 'CANCELLED',
    message: 'Cancelled.',
    retryable: true,
  };
  const paths = files.map((f) => f.path);
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve(all(cancelled));
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const finish = (outcomes: UploadOutcome[]) => {
      signal.removeEventListener('abort', onAbort);
      resolve(outcomes);
    };
    const failed = () => finish(interpretFormReply({ status: 0, body: '' }, paths));
    xhr.open('POST', formUploadUrl(jobId));
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total);
    xhr.onload = () =>
      finish(
        interpretFormReply(
          { status: xhr.status, body: xhr.responseText, finalUrl: xhr.responseURL },
          paths,
        ),
      );
    xhr.onerror = failed;
    xhr.ontimeout = failed;
    xhr.onabort = () => finish(all(cancelled));
    signal.addEventListener('abort', onAbort, { once: true });
    const form = new FormData();
    // The part's filename carries the relative path (folders included): the pipeline reads it so.
    for (const { path, file } of files) form.append('file', file, path);
    xhr.send(form);
  });
}
