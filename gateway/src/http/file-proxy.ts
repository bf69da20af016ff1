import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { BlockList } from 'node:net';
import { sendJson, type Logger } from '@quarry/service-kit';
import { isReadOnly, type AccountsClient, type Resolved } from '../auth/accounts-client.ts';
import { callerFromRequest } from '../auth/context.ts';
import { forwardedFor } from '../auth/trusted-proxies.ts';

/** Hop-by-hop headers (RFC 9110 §7.6.1) are never forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

/** Authorization is not among them: the pipeline gets the internal token instead. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'content-length', 'range'];
/** Methods that change data: refused for READ-only API tokens. */
const WRITE_METHODS = new Set(['PUT', 'POST']);

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } });
}

/** The caller, or null once the refusal (401, or 503 when accounts cannot answer) was sent. */
async function authenticate(
  req: IncomingMessage,
  res: ServerResponse,
  accounts: AccountsClient,
): Promise<Resolved | null> {
  try {
    const caller = await callerFromRequest(req, accounts);
    if (caller) return caller;
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    if (code === 'AUTH_UNAVAILABLE') {
      refuse(res, 503, code, 'Sign-in could not be checked just now; try again.');
      return null;
    }
  }
  refuse(res, 401, 'UNAUTHENTICATED', 'Send a valid bearer token.');
  return null;
}

/**
 * Streams file uploads and downloads between clients and the pipeline, which owns the originals.
 * The gateway authenticates first (a request without a valid credential never reaches the
 * pipeline) and forwards the internal access token it minted; the pipeline checks that token again
 * and decides access. READ-only API tokens cannot upload. Bodies are piped both ways with
 * back-pressure: a 200 MB upload never sits in the gateway's memory.
 */
export function fileProxy(options: {
  target: string;
  accounts: AccountsClient;
  trusted: BlockList;
  methods: readonly string[];
  logger: Logger;
}) {
  const target = new URL(options.target);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!options.methods.includes(req.method ?? '')) {
      req.resume();
      return refuse(res, 405, 'METHOD_NOT_ALLOWED', `Use ${options.methods.join(' or ')}.`);
    }
    const caller = await authenticate(req, res, options.accounts);
    if (!caller) {
      req.resume();
      return;
    }
    const chain = forwardedFor(req, options.trusted);
    if (WRITE_METHODS.has(req.method ?? '') && isReadOnly(caller.scopes)) {
      req.resume();
      const path = new URL(req.url ?? '/', 'http://local').pathname;
      await options.accounts.auditDenied(caller, chain, `upload:${path}`.slice(0, 300), {
        reason: 'read-only-token',
        method: req.method,
      });
      return refuse(
        res,
        403,
        'FORBIDDEN',
        'This API token may only read (scope READ): no uploads.',
      );
    }
    const headers: Record<string, string> = { authorization: caller.authorization };
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    if (chain) headers['x-forwarded-for'] = chain;

    await new Promise<void>((resolve) => {
      const upstream = request(
        {
          protocol: target.protocol,
          hostname: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers,
        },
        (answer) => {
          const out: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(answer.headers)) {
            if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
          }
          res.writeHead(answer.statusCode ?? 502, out);
          answer.pipe(res);
          answer.on('end', resolve);
          answer.on('error', () => {
            res.destroy();
            resolve();
          });
        },
      );
      upstream.on('error', (error) => {
        options.logger.warn({ err: error.message, path: req.url }, 'pipeline unreachable');
        if (!res.headersSent) {
          refuse(res, 503, 'PIPELINE_UNAVAILABLE', 'File storage is not reachable; try again.');
        } else {
          res.destroy();
        }
        resolve();
      });
      // A client that gives up mid-upload cancels the pipeline request too.
      req.on('aborted', () => upstream.destroy());
      req.pipe(upstream);
    });
  };
}
