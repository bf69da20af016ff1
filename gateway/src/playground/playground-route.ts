import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sendJson, type RequestHandler } from '@quarry/service-kit';

/** Where `npm run build` writes the bundled GraphiQL (playground/build.ts). */
export const PLAYGROUND_DIR = fileURLToPath(new URL('../../dist/playground/', import.meta.url));

/**
 * Only this origin, no inline script or style, no framing. GraphiQL's CSS carries its fonts and
 * icons as data: URLs, hence the two exceptions.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const FILES = {
  '/playground': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/playground/playground.js': { file: 'playground.js', type: 'text/javascript; charset=utf-8' },
  '/playground/playground.css': { file: 'playground.css', type: 'text/css; charset=utf-8' },
} as const;

/**
 * GET /playground and its two assets. The page is public (it holds no data, and says that a token
 * and the ADMIN or DEVELOPER role are needed); the API calls it makes carry the token the developer
 * pastes, /graphql refuses them without one, and introspection (schema and docs) without the role.
 */
export function playgroundRoutes(dir = PLAYGROUND_DIR): Record<string, RequestHandler> {
  const cache = new Map<string, Buffer>();
  const route =
    (file: string, type: string): RequestHandler =>
    async (req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendJson(res, 405, { error: 'method not allowed' });
      }
      let body = cache.get(file);
      if (!body) {
        try {
          body = await readFile(`${dir}${file}`);
        } catch {
          return sendJson(res, 404, {
            error: 'the playground is not built: npm run build -w @quarry/gateway',
          });
        }
        cache.set(file, body);
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        'content-security-policy': PLAYGROUND_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
  return Object.fromEntries(
    Object.entries(FILES).map(([path, { file, type }]) => [path, route(file, type)]),
  );
}
