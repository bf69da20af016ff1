import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { checkReadiness, type ReadinessCheck } from './health.ts';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface ServeOptions {
  name: string;
  host: string;
  port: number;
  logger: Logger;
  /** Dependencies that must answer before /readyz says ready (stores, other services). */
  readiness: Record<string, ReadinessCheck>;
  /**
   * Extra routes by exact path, e.g. { '/graphql': handler }, or by prefix when the key ends in
   * `/*` (e.g. { '/originals/*': handler }); the longest matching prefix wins.
   */
  routes?: Record<string, RequestHandler>;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export class PayloadTooLargeError extends Error {}

/** Reads a request body up to `limit` bytes; larger bodies are refused without being buffered. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLargeError(`request body over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function prefixRoute(
  routes: Record<string, RequestHandler>,
  path: string,
): RequestHandler | undefined {
  let best: string | undefined;
  for (const key of Object.keys(routes)) {
    if (!key.endsWith('/*')) continue;
    const prefix = key.slice(0, -1);
    if (path.startsWith(prefix) && (!best || key.length > best.length)) best = key;
  }
  return best ? routes[best] : undefined;
}

/**
 * Starts the service's HTTP server: /healthz (the process is alive), /readyz (its dependencies
 * answer), plus the service's own routes. Unknown paths get 404, handler failures a logged 500.
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const { logger } = options;
  const routes: Record<string, RequestHandler> = {
    '/healthz': async (_req, res) => sendJson(res, 200, { status: 'alive', service: options.name }),
    '/readyz': async (_req, res) => {
      const report = await checkReadiness(options.readiness);
      sendJson(res, report.ready ? 200 : 503, { service: options.name, ...report });
    },
    ...options.routes,
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    const handler = routes[path] ?? prefixRoute(routes, path);
    if (!handler) return sendJson(res, 404, { error: 'not found' });
    handler(req, res).catch((error: unknown) => {
      if (error instanceof PayloadTooLargeError)
        return sendJson(res, 413, { error: error.message });
      logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`${options.name}: port ${options.port} on ${options.host} is already in use`)
          : error,
      );
    });
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${options.host}:${address.port}`;
  logger.info({ url }, `${options.name} listening`);
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Runs `stop` once on SIGTERM/SIGINT, then exits; a second signal exits at once. */
export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => handle('SIGTERM'));
  process.once('SIGINT', () => handle('SIGINT'));
}
