import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSessionRejected, SESSION_ENDED_REASON, signInNotice } from './session-ended.ts';

test('only UNAUTHENTICATED means the session is dead', () => {
  assert.equal(isSessionRejected([{ code: 'UNAUTHENTICATED' }]), true);
  assert.equal(isSessionRejected([{ code: 'FORBIDDEN' }, { code: 'UNAUTHENTICATED' }]), true);
  assert.equal(isSessionRejected([{ code: 'FORBIDDEN' }]), false);
  assert.equal(isSessionRejected([{ code: 'GATEWAY_UNREACHABLE' }]), false);
  assert.equal(isSessionRejected([]), false);
});

test('the sign-in page explains an ended session, and nothing else', () => {
  assert.match(signInNotice(SESSION_ENDED_REASON) ?? '', /session has ended.*Sign in again/);
  assert.match(signInNotice([SESSION_ENDED_REASON, 'x']) ?? '', /session has ended/);
  assert.equal(signInNotice(undefined), null);
  assert.equal(signInNotice('<script>'), null);
});
