// Browser side of one file's upload. XMLHttpRequest rather than fetch: only XHR reports upload
// progress (fetch has no upload progress events).
import { uploadUrl } from './paths.ts';
import { interpretUploadReply, type UploadOutcome } from './upload-result.ts';

/** PUTs one file to our upload route; never rejects (every ending is an outcome). */
export function sendFile(
  jobId: string,
  path: string,
  file: Blob,
  onProgress: (loaded: number) => void,
  signal: AbortSignal,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve({ kind: 'error', code: 'CANCELLED', message: 'Cancelled.', retryable: true });
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const finish = (outcome: UploadOutcome) => {
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    xhr.open('PUT', uploadUrl(jobId, path));
    // The pipeline sniffs the real type from the bytes; the browser's guess adds nothing.
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () =>
      finish(
        interpretUploadReply({
          status: xhr.status,
          body: xhr.responseText,
          finalUrl: xhr.responseURL,
        }),
      );
    xhr.onerror = () => finish(interpretUploadReply({ status: 0, body: '' }));
    xhr.ontimeout = () => finish(interpretUploadReply({ status: 0, body: '' }));
    xhr.onabort = () =>
      finish({ kind: 'error', code: 'CANCELLED', message: 'Cancelled.', retryable: true });
    signal.addEventListener('abort', onAbort, { once: true });
    xhr.send(file);
  });
}
