// The benchmark's upload client: the corpus sent to the pipeline's HTTP API the two ways docs/api.md
// describes, one PUT per file or multipart forms of several files, with a given number of requests
// in flight. A 500/503 (or a file the form answer says to send again) is sent again, as a careful
// client does; every repeat is counted.
import type { CorpusFile } from './factbook-files.ts';
import { mapLimit } from './stats.ts';

const UPLOAD_TIMEOUT_MS = 60_000;
const UPLOAD_ATTEMPTS = 5;

export interface UploadOutcome {
  /** Files never accepted. */
  errors: number;
  retries: number;
}

export interface UploadOptions {
  inFlight: number;
  /** Files per multipart form; 0 sends one PUT per file. */
  filesPerForm: number;
}

type Send = (files: CorpusFile[]) => Promise<{ retry: CorpusFile[]; failed: string[] }>;

/** Sends `files`, then those the answer says to send again, repeating on 500/503 or a network error. */
async function withRetries(send: Send, files: CorpusFile[], outcome: Outcome) {
  let pending = files;
  for (let attempt = 1; ; attempt++) {
    let problem: string;
    try {
      const { retry, failed } = await send(pending);
      outcome.errors.push(...failed);
      if (retry.length === 0) return;
      pending = retry;
      problem = `${retry.length} file(s) to send again`;
    } catch (error) {
      problem = (error as Error).message;
    }
    if (attempt >= UPLOAD_ATTEMPTS) {
      outcome.errors.push(...pending.map((file) => `${file.path}: ${problem}`));
      return;
    }
    outcome.retries++;
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
}

interface Outcome {
  errors: string[];
  retries: number;
}

function putFile(url: string, token: string, jobId: string): Send {
  return async ([file]) => {
    const response = await fetch(
      `${url}/ingest/jobs/${jobId}/files?path=${encodeURIComponent(file!.path)}`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}` },
        body: file!.bytes,
        signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
      },
    );
    const body = await response.text();
    if (response.status === 201) return { retry: [], failed: [] };
    if (response.status === 500 || response.status === 503) {
      throw new Error(`HTTP ${response.status}`);
    }
    return { retry: [], failed: [`${file!.path}: HTTP ${response.status} ${body.slice(0, 200)}`] };
  };
}

function postForm(url: string, token: string, jobId: string): Send {
  return async (files) => {
    const form = new FormData();
    for (const file of files) form.append('file', new Blob([file.bytes]), file.path);
    const response = await fetch(`${url}/ingest/jobs/${jobId}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status === 500 || response.status === 503) {
      throw new Error(`HTTP ${response.status}`);
    }
    if (response.status !== 200) {
      return {
        retry: [],
        failed: files.map((f) => `${f.path}: HTTP ${response.status} ${text.slice(0, 200)}`),
      };
    }
    const answer = JSON.parse(text) as {
      files: Array<{ path: string; error?: { code: string; message: string } }>;
    };
    const byPath = new Map(files.map((file) => [file.path, file]));
    const retry: CorpusFile[] = [];
    const failed: string[] = [];
    for (const { path, error } of answer.files) {
      if (!error) continue;
      if (error.code === 'UNAVAILABLE') retry.push(byPath.get(path)!);
      else failed.push(`${path}: ${error.code} ${error.message}`);
    }
    return { retry, failed };
  };
}

/**
 * Sends every file; counts files never accepted and repeats. Requests go to `urls` in turn: the
 * pipeline's processes, as node:cluster hands connections to them one after another.
 */
export async function uploadFiles(
  urls: readonly string[],
  token: string,
  jobId: string,
  files: CorpusFile[],
  options: UploadOptions,
): Promise<UploadOutcome> {
  const outcome: Outcome = { errors: [], retries: 0 };
  const size = Math.max(1, options.filesPerForm);
  const requests: CorpusFile[][] = [];
  for (let i = 0; i < files.length; i += size) requests.push(files.slice(i, i + size));
  const senders = urls.map((url) =>
    options.filesPerForm > 0 ? postForm(url, token, jobId) : putFile(url, token, jobId),
  );
  await mapLimit(requests, options.inFlight, (group, i) =>
    withRetries(senders[i % senders.length]!, group, outcome),
  );
  for (const error of outcome.errors.slice(0, 5)) console.error(`upload failed: ${error}`);
  return { errors: outcome.errors.length, retries: outcome.retries };
}
