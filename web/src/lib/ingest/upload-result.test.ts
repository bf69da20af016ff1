import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interpretFormReply, interpretUploadReply } from './upload-result.ts';

const item = {
  id: 'it1',
  documentId: 'd'.repeat(32),
  status: 'queued',
  duplicate: false,
  version: 1,
  name: 'a.pdf',
  path: 'docs/a.pdf',
};

test('201 with an item is queued; a duplicate item is a duplicate', () => {
  const queued = interpretUploadReply({ status: 201, body: JSON.stringify({ item }) });
  assert.equal(queued.kind, 'queued');
  assert.equal(queued.kind === 'queued' && queued.item.documentId, item.documentId);
  const dup = interpretUploadReply({
    status: 201,
    body: JSON.stringify({ item: { ...item, duplicate: true, status: 'done' } }),
  });
  assert.equal(dup.kind, 'duplicate');
});

test('gateway errors keep their code and message', () => {
  const cases: Array<[number, string, boolean]> = [
    [400, 'BAD_PATH', false],
    [403, 'FORBIDDEN', false],
    [404, 'JOB_NOT_FOUND', false],
    [413, 'TOO_LARGE', false],
    [503, 'STORAGE_UNAVAILABLE', true],
  ];
  for (const [status, code, retryable] of cases) {
    const outcome = interpretUploadReply({
      status,
      body: JSON.stringify({ error: { code, message: `msg ${code}` } }),
    });
    assert.deepEqual(outcome, { kind: 'error', code, message: `msg ${code}`, retryable });
  }
});

test('replies without JSON still say what happened', () => {
  const tooLarge = interpretUploadReply({
    status: 413,
    body: '<html>Request Entity Too Large</html>',
  });
  assert.equal(tooLarge.kind === 'error' && tooLarge.code, 'TOO_LARGE');
  const bad = interpretUploadReply({ status: 502, body: 'Bad Gateway' });
  assert.deepEqual(bad, {
    kind: 'error',
    code: 'BAD_GATEWAY',
    message: 'The server answered HTTP 502.',
    retryable: true,
  });
  const odd = interpretUploadReply({ status: 201, body: '{"ok":true}' });
  assert.equal(odd.kind === 'error' && odd.code, 'BAD_GATEWAY');
});

test('network failure is retryable', () => {
  const outcome = interpretUploadReply({ status: 0, body: '' });
  assert.equal(outcome.kind === 'error' && outcome.code, 'NETWORK');
  assert.equal(outcome.kind === 'error' && outcome.retryable, true);
});

test('a redirect to the sign-in page means the session expired', () => {
  const outcome = interpretUploadReply({
    status: 200,
    body: '<!doctype html><title>Sign in</title>',
    finalUrl: 'http://localhost:3000/login?callbackUrl=%2Fapi%2Fingest',
  });
  assert.equal(outcome.kind === 'error' && outcome.code, 'UNAUTHENTICATED');
  assert.equal(outcome.kind === 'error' && outcome.retryable, false);
});

test('a form’s reply gives each file its own outcome, in the order asked', () => {
  const reply = {
    status: 200,
    body: JSON.stringify({
      files: [
        { path: 'b.txt', item: { ...item, path: 'b.txt', duplicate: true } },
        { path: 'a.txt', item: { ...item, path: 'a.txt' } },
        { path: '../c.txt', error: { code: 'BAD_PATH', message: 'path must be relative' } },
        { path: 'd.txt', error: { code: 'UNAVAILABLE', message: 'send it again' } },
      ],
      error: { code: 'TOO_MANY_FILES', message: 'Only the first 4 files were read.' },
    }),
  };
  const outcomes = interpretFormReply(reply, ['a.txt', 'b.txt', '../c.txt', 'd.txt', 'e.txt']);
  assert.deepEqual(
    outcomes.map((o) => (o.kind === 'error' ? `${o.code}:${o.retryable}` : o.kind)),
    ['queued', 'duplicate', 'BAD_PATH:false', 'UNAVAILABLE:true', 'TOO_MANY_FILES:false'],
  );
});

test('a form refused whole, or never answered, is every file’s outcome', () => {
  const refused = interpretFormReply(
    { status: 403, body: JSON.stringify({ error: { code: 'FORBIDDEN', message: 'No.' } }) },
    ['a', 'b'],
  );
  assert.deepEqual(
    refused.map((o) => o.kind === 'error' && o.code),
    ['FORBIDDEN', 'FORBIDDEN'],
  );
  const lost = interpretFormReply({ status: 0, body: '' }, ['a']);
  assert.equal(lost[0]?.kind === 'error' && lost[0].retryable, true);
  const garbled = interpretFormReply({ status: 200, body: 'not json' }, ['a']);
  assert.equal(garbled[0]?.kind === 'error' && garbled[0].code, 'BAD_GATEWAY');
});
