import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenCreatedOutcome } from './token-created.ts';

const created = {
  token: { name: 'nightly import', prefix: 'qk_ck1abc' },
  secret: 'qk_ck1abc_9f8e7d6c5b4a39281706f5e4d3c2b1a0',
};

test('the whole secret is shown once, as is', () => {
  const outcome = tokenCreatedOutcome(created);
  assert.equal(outcome.secret.value, created.secret);
  assert.match(outcome.secret.label, /nightly import/);
});

test('the message shows nothing that looks like a shortened token', () => {
  const { message } = tokenCreatedOutcome(created);
  assert.match(message, /nightly import/);
  assert.ok(!message.includes(created.token.prefix), message);
  assert.ok(!message.includes('qk_'), message);
  assert.ok(!message.includes('…'), message);
});
