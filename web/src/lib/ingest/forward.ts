// Server-side forwarding of uploads and originals to the gateway. No Next.js or env imports: the
// caller passes the gateway URL and token, so unit tests drive these against a local HTTP server.
import { errorBody, type ErrorBody } from './http-errors.ts';

export interface ForwardUploadInput {
  gatewayUrl: string;
  accessToken: string;
  jobId: string;
  /**
   * The relative path exactly as the browser sent it (decoded; re-encoded here) for one file's
   * raw bytes (PUT); null for a multipart form of files named by their parts (POST).
   */
  path: string | null;
  /** The request body, passed on chunk by chunk: a file is never held in memory. */
  body: ReadableStream<Uint8Array> | null;
  /** Kept when the browser declared it, so the gateway can refuse a too-large file up front. */
  contentLength: string | null;
  contentType: string | null;
  /** Aborts the upstream request when the browser goes away (cancel, closed tab). */
  signal?: AbortSignal;
}

export interface ForwardResult {
  status: number;
  body: unknown;
}

function message(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

function causeCode(error: unknown): string | null {
  const cause = error instanceof Error ? error.cause : null;
  return typeof cause === 'object' &&
    cause !== null &&
    'code' in cause &&
    typeof cause.code === 'string'
    ? cause.code
    : null;
}

/**
 * `PUT <gateway>/ingest/jobs/<jobId>/files?path=…` (one file) or `POST …/files` (a multipart form),
 * streaming; answers the gateway's status and JSON.
 */
export async function forwardUpload(input: ForwardUploadInput): Promise<ForwardResult> {
  const files = `${input.gatewayUrl}/ingest/jobs/${encodeURIComponent(input.jobId)}/files`;
  const url = input.path === null ? files : `${files}?path=${encodeURIComponent(input.path)}`;
  const headers: Record<string, string> = {
    authorization: `Bearer ${input.accessToken}`,
    accept: 'application/json',
    'content-type': input.contentType || 'application/octet-stream',
  };
  if (input.contentLength && /^\d+$/.test(input.contentLength))
    headers['content-length'] = input.contentLength;
  let response: Response;
  try {
    response = await fetch(url, {
      method: input.path === null ? 'POST' : 'PUT',
      headers,
      // An empty file still makes a request (the server reports it as empty).
      body: input.body ?? new Uint8Array(0),
      // Required by Node's fetch for a streamed request body: send while reading, no buffering.
      duplex: 'half',
      cache: 'no-store',
      redirect: 'manual',
      signal: input.signal ?? null,
    } as RequestInit & { duplex: 'half' });
  } catch (error) {
    if (input.signal?.aborted)
      return { status: 499, body: errorBody('ABORTED', 'The upload was cancelled.') };
    // Fewer bytes arrived than the browser declared: never pass on a silently truncated file.
    if (causeCode(error) === 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH')
      return {
        status: 400,
        body: errorBody('INCOMPLETE_UPLOAD', 'The file did not arrive in full; send it again.'),
      };
    return {
      status: 502,
      body: errorBody(
        'GATEWAY_UNREACHABLE',
        `The upload could not be passed on: ${message(error)}`,
      ),
    };
  }
  const text = await response.text().catch(() => '');
  let json: unknown = null;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    json = null;
  }
  if (json === null || typeof json !== 'object') {
    return {
      status: 502,
      body: errorBody('BAD_GATEWAY', `The gateway answered HTTP ${response.status} without JSON.`),
    };
  }
  return { status: response.status, body: json };
}

/** Media types a browser may show inline (the pipeline's own list); anything else downloads. */
const PREVIEWABLE = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
]);

/**
 * Response headers of an original that the browser gets (everything else stays behind).
 * content-length is kept here, but Next.js 16 drops it from every route-handler response
 * (send-response.ts, FORBIDDEN_HEADERS), so downloads reach the browser chunked.
 */
const PASSED_HEADERS = [
  'content-type',
  'content-disposition',
  'content-length',
  'last-modified',
  'etag',
];

export interface ForwardOriginalInput {
  gatewayUrl: string;
  accessToken: string;
  documentId: string;
  inline: boolean;
  method: 'GET' | 'HEAD';
  signal?: AbortSignal;
}

export type ForwardOriginalResult =
  | { ok: true; status: number; headers: Headers; body: ReadableStream<Uint8Array> | null }
  | { ok: false; status: number; body: ErrorBody };

/**
 * `GET <gateway>/originals/<id>[?inline=1]`, streaming the bytes back. The reply is hardened
 * whatever the gateway said: nosniff (a mislabelled file is never reinterpreted), inline only for
 * previewable types, and a CSP sandbox so crafted HTML/SVG cannot run script in Quarry's origin.
 */
export async function forwardOriginal(input: ForwardOriginalInput): Promise<ForwardOriginalResult> {
  const url = `${input.gatewayUrl}/originals/${encodeURIComponent(input.documentId)}${input.inline ? '?inline=1' : ''}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: input.method,
      headers: { authorization: `Bearer ${input.accessToken}` },
      cache: 'no-store',
      redirect: 'manual',
      signal: input.signal ?? null,
    });
  } catch (error) {
    return {
      ok: false,
      status: 502,
      body: errorBody(
        'GATEWAY_UNREACHABLE',
        `The original could not be fetched: ${message(error)}`,
      ),
    };
  }
  if (response.status !== 200) {
    const text = await response.text().catch(() => '');
    let code = response.status === 404 ? 'NOT_FOUND' : 'BAD_GATEWAY';
    let detail =
      response.status === 404
        ? 'No such document.'
        : `The gateway answered HTTP ${response.status}.`;
    try {
      const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
      if (typeof parsed.error?.code === 'string') code = parsed.error.code;
      if (typeof parsed.error?.message === 'string') detail = parsed.error.message;
    } catch {
      // Not JSON: keep the generic description.
    }
    const status = response.status >= 400 && response.status < 500 ? response.status : 502;
    return { ok: false, status, body: errorBody(code, detail) };
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (!headers.has('content-type')) headers.set('content-type', 'application/octet-stream');
  const mediaType = (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  // Inline only when asked for and for types a browser shows without running anything of ours;
  // everything else is a download whatever the gateway said.
  const inline = input.inline && PREVIEWABLE.has(mediaType);
  const disposition = headers.get('content-disposition') ?? 'attachment';
  headers.set(
    'content-disposition',
    inline ? disposition : disposition.replace(/^\s*inline\b/i, 'attachment'),
  );
  headers.set('x-content-type-options', 'nosniff');
  headers.set('cache-control', 'private, no-store');
  // A sandboxed response can never script Quarry's origin. The one exception is an inline PDF:
  // Chromium refuses to start its PDF viewer under a CSP sandbox (no token re-enables it), and a
  // PDF served as application/pdf with nosniff is rendered by the browser's isolated viewer, never
  // as a page of our origin.
  if (!(inline && mediaType === 'application/pdf'))
    headers.set('content-security-policy', 'sandbox');
  return { ok: true, status: 200, headers, body: response.body };
}
