// The benchmark's upload client: the corpus sent to the pipeline's HTTP API the two ways docs/api.md
// describes, one PUT per file or multipart forms of several files, with a given number of requests
// in flight. A 500/503 (or a file the form answer says to send again) is sent again, as a careful
// client does; every repeat is counted.
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
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

const agent = new Agent({ keepAlive: true });

/**
 * One request with a body already in memory. node:http rather than fetch, which copies every body
 * it is given: the client should allocate next to nothing while the pipeline is timed.
 */
function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: Uint8Array,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, agent, headers: { ...headers, 'content-length': String(body.byteLength) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(UPLOAD_TIMEOUT_MS, () => req.destroy(new Error('upload timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

function putFile(url: string, token: string, jobId: string): Send {
  return async ([file]) => {
    const response = await send(
      `${url}/ingest/jobs/${jobId}/files?path=${encodeURIComponent(file!.path)}`,
      'PUT',
      { authorization: `Bearer ${token}` },
      file!.bytes,
    );
    const body = response.text;
    if (response.status === 201) return { retry: [], failed: [] };
    if (response.status === 500 || response.status === 503) {
      throw new Error(`HTTP ${response.status}`);
    }
    return { retry: [], failed: [`${file!.path}: HTTP ${response.status} ${body.slice(0, 200)}`] };
  };
}

const CRLF = Buffer.from('\r\n');

/**
 * The multipart/form-data body of `files`, one part per file named by its path, built as one
 * buffer: a browser encodes its form on its own machine, so the benchmark's client should cost the
 * machine under test as little as it can (FormData and fetch's encoder took about 0.35 ms of CPU
 * per file here, as much as a tenth of the pipeline's own work).
 */
function multipartBody(files: CorpusFile[]): { body: Buffer; boundary: string } {
  const boundary = `quarry-bench-${randomUUID()}`;
  const parts: Uint8Array[] = [];
  for (const file of files) {
    const name = file.path.replace(/["\r\n\\]/g, '_');
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      file.bytes,
      CRLF,
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), boundary };
}

/** Multipart bodies built before the timed run, by the files they carry (repeats are built then). */
type Forms = Map<CorpusFile[], ReturnType<typeof multipartBody>>;

function postForm(url: string, token: string, jobId: string, forms: Forms): Send {
  return async (files) => {
    const { body, boundary } = forms.get(files) ?? multipartBody(files);
    const response = await send(
      `${url}/ingest/jobs/${jobId}/files`,
      'POST',
      {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body,
    );
    const text = response.text;
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

export interface PreparedUploads {
  /** The files of each request, in the order they are sent. */
  requests: CorpusFile[][];
  forms: Forms;
}

/** Groups the files into requests and builds the forms' bodies (before the clock starts). */
export function prepareUploads(files: CorpusFile[], options: UploadOptions): PreparedUploads {
  const size = Math.max(1, options.filesPerForm);
  const requests: CorpusFile[][] = [];
  for (let i = 0; i < files.length; i += size) requests.push(files.slice(i, i + size));
  const forms: Forms = new Map();
  if (options.filesPerForm > 0)
    for (const group of requests) forms.set(group, multipartBody(group));
  return { requests, forms };
}

/**
 * Sends every prepared request; counts files never accepted and repeats. Requests go to `urls` in
 * turn: the pipeline's processes, as node:cluster hands connections to them one after another.
 */
export async function uploadFiles(
  urls: readonly string[],
  token: string,
  jobId: string,
  { requests, forms }: PreparedUploads,
  options: UploadOptions,
): Promise<UploadOutcome> {
  const outcome: Outcome = { errors: [], retries: 0 };
  const senders = urls.map((url) =>
    options.filesPerForm > 0 ? postForm(url, token, jobId, forms) : putFile(url, token, jobId),
  );
  await mapLimit(requests, options.inFlight, (group, i) =>
    withRetries(senders[i % senders.length]!, group, outcome),
  );
  for (const error of outcome.errors.slice(0, 5)) console.error(`upload failed: ${error}`);
  return { errors: outcome.errors.length, retries: outcome.retries };
}
