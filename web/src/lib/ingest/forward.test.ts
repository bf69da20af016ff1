import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { forwardOriginal, forwardUpload } from './forward.ts';

// A stand-in gateway on a free local port: each test installs the handler it needs.
let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
const server = createServer((req, res) => handler(req, res));
let gatewayUrl = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const encoder = new TextEncoder();

test('streams the body through chunk by chunk, with token, path and content-length', async () => {
  let firstChunkSeen: () => void = () => {};
  const firstChunkArrived = new Promise<void>((resolve) => (firstChunkSeen = resolve));
  let seen: { url: string; auth: string; length: string; body: string } | null = null;
  handler = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      firstChunkSeen();
    });
    req.on('end', () => {
      seen = {
        url: req.url ?? '',
        auth: req.headers.authorization ?? '',
        length: req.headers['content-length'] ?? '',
        body: Buffer.concat(chunks).toString(),
      };
      json(res, 201, { item: { id: 'i1', documentId: 'd1', duplicate: false } });
    });
  };
  // The second chunk is only produced once the gateway has the first: a forwarder that buffered
  // the whole body before sending would wait here forever (the test would time out).
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode('hello '));
      await firstChunkArrived;
      controller.enqueue(encoder.encode('world'));
      controller.close();
    },
  });
  const result = await forwardUpload({
    gatewayUrl,
    accessToken: 'tok',
    jobId: 'job_1',
    path: 'Ordner/ä b&c.txt',
    body,
    contentLength: '11',
    contentType: null,
  });
  assert.equal(result.status, 201);
  assert.deepEqual(result.body, { item: { id: 'i1', documentId: 'd1', duplicate: false } });
  assert.deepEqual(seen, {
    url: '/ingest/jobs/job_1/files?path=Ordner%2F%C3%A4%20b%26c.txt',
    auth: 'Bearer tok',
    length: '11',
    body: 'hello world',
  });
});

test('a multipart form is POSTed without a path, its content type (boundary) kept', async () => {
  let seen: { method: string; url: string; type: string; body: string } | null = null;
  handler = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        type: req.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString(),
      };
      json(res, 200, { files: [] });
    });
  };
  const form =
    '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nx\r\n--b--';
  const result = await forwardUpload({
    gatewayUrl,
    accessToken: 'tok',
    jobId: 'job_1',
    path: null,
    body: new Response(form).body,
    contentLength: String(form.length),
    contentType: 'multipart/form-data; boundary=b',
  });
  assert.equal(result.status, 200);
  assert.deepEqual(seen, {
    method: 'POST',
    url: '/ingest/jobs/job_1/files',
    type: 'multipart/form-data; boundary=b',
    body: form,
  });
});

test("the gateway's error status and JSON pass through", async () => {
  handler = (req, res) => {
    req.resume();
    json(res, 413, { error: { code: 'TOO_LARGE', message: 'the file is larger than the limit' } });
  };
  const result = await forwardUpload({
    gatewayUrl,
    accessToken: 't',
    jobId: 'j',
    path: 'a.bin',
    body: null,
    contentLength: null,
    contentType: null,
  });
  assert.equal(result.status, 413);
  assert.deepEqual(result.body, {
    error: { code: 'TOO_LARGE', message: 'the file is larger than the limit' },
  });
});

test('a reply without JSON becomes BAD_GATEWAY', async () => {
  handler = (req, res) => {
    req.resume();
    res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad Gateway</h1>');
  };
  const result = await forwardUpload({
    gatewayUrl,
    accessToken: 't',
    jobId: 'j',
    path: 'a.bin',
    body: null,
    contentLength: '0',
    contentType: null,
  });
  assert.equal(result.status, 502);
  assert.equal((result.body as { error: { code: string } }).error.code, 'BAD_GATEWAY');
});

test('a body shorter than its declared length is refused, not passed on truncated', async () => {
  handler = (req, res) => {
    req.resume();
    req.on('end', () => json(res, 201, { item: { id: 'i', documentId: 'd' } }));
  };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('only ten b'));
      controller.close();
    },
  });
  const result = await forwardUpload({
    gatewayUrl,
    accessToken: 't',
    jobId: 'j',
    path: 'a.bin',
    body,
    contentLength: '100',
    contentType: null,
  });
  assert.equal(result.status, 400);
  assert.equal((result.body as { error: { code: string } }).error.code, 'INCOMPLETE_UPLOAD');
});

test('an unreachable gateway is GATEWAY_UNREACHABLE', async () => {
  const result = await forwardUpload({
    gatewayUrl: 'http://127.0.0.1:1',
    accessToken: 't',
    jobId: 'j',
    path: 'a.bin',
    body: null,
    contentLength: null,
    contentType: null,
  });
  assert.equal(result.status, 502);
  assert.equal((result.body as { error: { code: string } }).error.code, 'GATEWAY_UNREACHABLE');
});

test('originals stream back with hardened headers', async () => {
  let seenUrl = '';
  handler = (req, res) => {
    seenUrl = req.url ?? '';
    res.writeHead(200, {
      'content-type': 'text/plain',
      'content-length': '13',
      'content-disposition': 'inline; filename="x.txt"',
      'set-cookie': 'leak=1',
    });
    res.end('hello, world\n');
  };
  const download = await forwardOriginal({
    gatewayUrl,
    accessToken: 't',
    documentId: 'abc',
    inline: false,
    method: 'GET',
  });
  assert.equal(seenUrl, '/originals/abc');
  assert.ok(download.ok);
  assert.equal(download.headers.get('content-disposition'), 'attachment; filename="x.txt"');
  assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(download.headers.get('content-security-policy'), 'sandbox');
  assert.equal(download.headers.get('content-length'), '13');
  assert.equal(download.headers.get('set-cookie'), null);
  assert.equal(await new Response(download.body).text(), 'hello, world\n');

  const preview = await forwardOriginal({
    gatewayUrl,
    accessToken: 't',
    documentId: 'abc',
    inline: true,
    method: 'GET',
  });
  assert.equal(seenUrl, '/originals/abc?inline=1');
  assert.ok(preview.ok);
  assert.equal(preview.headers.get('content-security-policy'), 'sandbox');
  assert.equal(preview.headers.get('content-disposition'), 'inline; filename="x.txt"');
  await preview.body?.cancel();
});

test('an HTML or SVG original is never shown inline, even when the gateway says so', async () => {
  for (const type of ['text/html; charset=utf-8', 'image/svg+xml']) {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': type, 'content-disposition': 'inline; filename="x"' });
      res.end('<script>alert(1)</script>');
    };
    const result = await forwardOriginal({
      gatewayUrl,
      accessToken: 't',
      documentId: 'abc',
      inline: true,
      method: 'GET',
    });
    assert.ok(result.ok);
    assert.equal(result.headers.get('content-disposition'), 'attachment; filename="x"', type);
    assert.equal(result.headers.get('content-security-policy'), 'sandbox', type);
    await result.body?.cancel();
  }
});

test("an inline PDF is not sandboxed (Chromium's viewer refuses to run sandboxed)", async () => {
  handler = (_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-disposition': 'inline; filename="a.pdf"',
    });
    res.end('%PDF-1.4');
  };
  const preview = await forwardOriginal({
    gatewayUrl,
    accessToken: 't',
    documentId: 'abc',
    inline: true,
    method: 'GET',
  });
  assert.ok(preview.ok);
  assert.equal(preview.headers.get('content-security-policy'), null);
  assert.equal(preview.headers.get('x-content-type-options'), 'nosniff');
  await preview.body?.cancel();
  const download = await forwardOriginal({
    gatewayUrl,
    accessToken: 't',
    documentId: 'abc',
    inline: false,
    method: 'GET',
  });
  assert.ok(download.ok);
  assert.equal(download.headers.get('content-security-policy'), 'sandbox');
  assert.equal(download.headers.get('content-disposition'), 'attachment; filename="a.pdf"');
  await download.body?.cancel();
});

test('a missing original is NOT_FOUND with the gateway message', async () => {
  handler = (_req, res) =>
    json(res, 404, { error: { code: 'NOT_FOUND', message: 'No such document.' } });
  const result = await forwardOriginal({
    gatewayUrl,
    accessToken: 't',
    documentId: 'nope',
    inline: false,
    method: 'GET',
  });
  assert.deepEqual(result, {
    ok: false,
    status: 404,
    body: { error: { code: 'NOT_FOUND', message: 'No such document.' } },
  });
});
