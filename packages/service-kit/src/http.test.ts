import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogger } from './logger.ts';
import { sendJson, serve } from './http.ts';

test('exact routes win, then the longest matching prefix route, else 404', async () => {
  const server = await serve({
    name: 'routes-test',
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('routes-test', 'silent'),
    readiness: {},
    routes: {
      '/files/special': async (_req, res) => sendJson(res, 200, { route: 'exact' }),
      '/files/*': async (_req, res) => sendJson(res, 200, { route: 'files' }),
      '/files/deep/*': async (_req, res) => sendJson(res, 200, { route: 'deep' }),
    },
  });
  try {
    const route = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      return response.status === 404 ? 404 : ((await response.json()) as { route: string }).route;
    };
    assert.equal(await route('/files/special'), 'exact');
    assert.equal(await route('/files/a/b'), 'files');
    assert.equal(await route('/files/deep/x'), 'deep');
    assert.equal(await route('/filesystem'), 404);
    assert.equal(await route('/files'), 404);
  } finally {
    await server.close();
  }
});
