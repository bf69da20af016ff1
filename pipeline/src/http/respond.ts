import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerToken, verifyAccessToken, type Viewer } from '@quarry/auth';
import { sendJson } from '@quarry/service-kit';

/** Error replies of the pipeline's HTTP API: a stable code for programs, a message for people. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, { error: { code: error.code, message: error.message } });
}

/** Every route authenticates the caller again (the gateway did too: defense in depth). */
export async function authenticate(req: IncomingMessage, secret: string): Promise<Viewer> {
  const token = bearerToken(req.headers.authorization);
  if (!token) throw new HttpError(401, 'UNAUTHENTICATED', 'Send a valid bearer token.');
  try {
    return await verifyAccessToken(token, secret);
  } catch {
    throw new HttpError(401, 'UNAUTHENTICATED', 'The bearer token is invalid or expired.');
  }
}

/** Wraps a handler so HttpErrors become JSON replies and the rest propagate to the server's 500. */
export function route(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      // An upload refused early must not keep streaming into the void.
      if (!req.readableEnded) req.resume();
      sendError(res, error);
    }
  };
}

export function requireMethod(req: IncomingMessage, ...methods: string[]): void {
  if (!methods.includes(req.method ?? '')) {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', `Use ${methods.join(' or ')}.`);
  }
}
