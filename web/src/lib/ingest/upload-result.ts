// What one file's PUT, or each file of a multipart form, came to, read from the reply of
// /api/ingest/jobs/<id>/files (which passes the gateway's status and JSON through). Pure, so every
// odd reply is covered by unit tests.

export interface UploadedItem {
  id: string;
  documentId: string;
  status: string;
  duplicate: boolean;
  version: number;
  name: string;
  path: string;
}

export type UploadOutcome =
  | { kind: 'queued'; item: UploadedItem }
  /** The same bytes are already a document of the collection: stored once, not processed again. */
  | { kind: 'duplicate'; item: UploadedItem }
  | {
      kind: 'error';
      code: string;
      message: string;
      /** Worth sending again as is (network trouble, storage briefly unavailable). */
      retryable: boolean;
    };

const RETRYABLE_CODES = new Set([
  'NETWORK',
  'ABORTED',
  'INCOMPLETE_UPLOAD',
  'STORAGE_UNAVAILABLE',
  'UNAVAILABLE',
  'GATEWAY_UNREACHABLE',
  'BAD_GATEWAY',
  'INTERNAL',
  'INTERNAL_SERVER_ERROR',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function readItem(value: unknown): UploadedItem | null {
  if (!isRecord(value)) return null;
  const { id, documentId, status, duplicate, version, name, path } = value;
  if (typeof id !== 'string' || typeof documentId !== 'string') return null;
  return {
    id,
    documentId,
    status: typeof status === 'string' ? status : 'QUEUED',
    duplicate: duplicate === true,
    version: typeof version === 'number' ? version : 1,
    name: typeof name === 'string' ? name : '',
    path: typeof path === 'string' ? path : '',
  };
}

function error(code: string, message: string): UploadOutcome {
  return { kind: 'error', code, message, retryable: RETRYABLE_CODES.has(code) };
}

export interface UploadReply {
  /** HTTP status; 0 when the request never got an answer (network error, server gone). */
  status: number;
  body: string;
  /** Where the request ended up after redirects (XMLHttpRequest.responseURL). */
  finalUrl?: string;
}

/** Interprets one upload reply. */
export function interpretUploadReply(reply: UploadReply): UploadOutcome {
  if (reply.status === 0)
    return error('NETWORK', 'The connection failed before the server answered.');
  // An expired session sends page requests to the sign-in page; an upload must say so plainly.
  if (reply.finalUrl && new URL(reply.finalUrl, 'http://x').pathname === '/login')
    return error('UNAUTHENTICATED', 'Your session has expired. Sign in again and resend.');
  const body = parseJson(reply.body);
  if (reply.status >= 200 && reply.status < 300) {
    const item = isRecord(body) ? readItem(body.item) : null;
    if (!item)
      return error('BAD_GATEWAY', `The server accepted the file but sent an unreadable reply.`);
    return item.duplicate ? { kind: 'duplicate', item } : { kind: 'queued', item };
  }
  const detail = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code =
    detail && typeof detail.code === 'string' && detail.code
      ? detail.code
      : reply.status === 413
        ? 'TOO_LARGE'
        : reply.status === 401
          ? 'UNAUTHENTICATED'
          : reply.status >= 500
            ? 'BAD_GATEWAY'
            : `HTTP_${reply.status}`;
  const message =
    detail && typeof detail.message === 'string' && detail.message
      ? detail.message
      : `The server answered HTTP ${reply.status}.`;
  return error(code, message);
}

/**
 * Interprets the reply to a multipart form of files: one outcome per path, in the order given. A
 * reply that is not the form's answer (an error for the whole request) is every file's outcome;
 * a file the answer does not mention (past the pipeline's file limit) gets the answer's own error.
 */
export function interpretFormReply(reply: UploadReply, paths: readonly string[]): UploadOutcome[] {
  const body = reply.status === 200 ? parseJson(reply.body) : null;
  const files = isRecord(body) && Array.isArray(body.files) ? body.files : null;
  if (!files) {
    const whole =
      reply.status === 200
        ? error('BAD_GATEWAY', 'The server accepted the files but sent an unreadable reply.')
        : interpretUploadReply(reply);
    return paths.map(() => whole);
  }
  const byPath = new Map<string, UploadOutcome>();
  for (const file of files) {
    if (!isRecord(file) || typeof file.path !== 'string') continue;
    const item = readItem(file.item);
    const detail = isRecord(file.error) ? file.error : null;
    byPath.set(
      file.path,
      item
        ? item.duplicate
          ? { kind: 'duplicate', item }
          : { kind: 'queued', item }
        : error(
            typeof detail?.code === 'string' ? detail.code : 'BAD_GATEWAY',
            typeof detail?.message === 'string' ? detail.message : 'The file was not recorded.',
          ),
    );
  }
  const rest = isRecord(body) && isRecord(body.error) ? body.error : null;
  const missing = error(
    typeof rest?.code === 'string' ? rest.code : 'BAD_GATEWAY',
    typeof rest?.message === 'string' ? rest.message : 'The server did not answer for this file.',
  );
  return paths.map((path) => byPath.get(path) ?? missing);
}
