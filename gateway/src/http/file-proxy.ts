import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { bearerToken, verifyAccessToken } from '@quarry/auth';
import { sendJson, type Logger } from '@quarry/service-kit';
import { forwardedFor } from '../auth/context.ts';

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

const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'content-length', 'range'];

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } });
}

/**
 * Streams file uploads and downloads between clients and the pipeline, which owns the originals.
 * The gateway authenticates first (a request without a valid token never reaches the pipeline),
 * and the pipeline checks the token again and decides access. Bodies are piped both ways with
 * back-pressure: a 200 MB upload never sits in the gateway's memory.
 */
export function fileProxy(options: {
  target: string;
  secret: string;
  methods: readonly string[];
  logger: Logger;
}) {
  const target = new URL(options.target);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!options.methods.includes(req.method ?? '')) {
      req.resume();
      return refuse(res, 405, 'METHOD_NOT_ALLOWED', `Use ${options.methods.join(' or ')}.`);
    }
    const token = bearerToken(req.headers.authorization);
    const viewer = token ? await verifyAccessToken(token, options.secret).catch(() => null) : null;
    if (!viewer) {
      req.resume();
      return refuse(res, 401, 'UNAUTHENTICATED', 'Send a valid bearer token.');
    }
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const chain = forwardedFor(req);
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
