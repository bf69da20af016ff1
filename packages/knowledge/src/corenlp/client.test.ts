import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createNlpClient } from './client.ts';
import { NlpUnavailableError } from './types.ts';

/** A stand-in for the CoreNLP server: one sentence per request, one token per word. */
const served: string[] = [];
let inFlight = 0;
let peak = 0;
let status = 200;
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    void sleep(20).then(() => {
      inFlight -= 1;
      served.push(body.trim().split(/\s+/u)[0] ?? '');
      if (status !== 200) {
        response.writeHead(status).end('busy');
        return;
      }
      const tokens = [...body.matchAll(/\S+/gu)].map((m, i) => ({
        index: i + 1,
        word: m[0],
        pos: 'NN',
        ner: 'O',
        characterOffsetBegin: m.index,
        characterOffsetEnd: m.index + m[0].length,
      }));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ sentences: [{ index: 0, tokens, entitymentions: [] }] }));
    });
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };
after(() => server.close());

const client = () =>
  createNlpClient({
    url: `http://127.0.0.1:${port}`,
    user: 'u',
    password: 'p',
    maxConcurrent: 2,
    maxSentenceTokens: 10,
  });

test('a huge document goes piece by piece, so a small one is not queued behind all its pieces', async () => {
  served.length = 0;
  peak = 0;
  const nlp = client();
  const huge = Array.from({ length: 60 }, (_, i) => `big${i}`).join(' ');
  const [big, small] = await Promise.all([
    nlp.analyse(huge, 'en'),
    nlp.analyse('small text', 'en'),
  ]);
  assert.equal(big.sentences.length, 6);
  assert.equal(big.cappedSentences, 6);
  assert.equal(small.sentences.length, 1);
  assert.ok(served.indexOf('small') <= 1, `served ${served.join(' ')}`);
  assert.ok(peak <= 2);
  // offsets of later pieces point into the whole text
  const last = big.sentences.at(-1)!;
  assert.equal(
    huge.slice(last.start, last.end),
    Array.from({ length: 10 }, (_, i) => `big${50 + i}`).join(' '),
  );
});

test('a 5xx answer is NlpUnavailableError', async () => {
  status = 503;
  try {
    await assert.rejects(client().analyse('anything', 'en'), NlpUnavailableError);
  } finally {
    status = 200;
  }
});
