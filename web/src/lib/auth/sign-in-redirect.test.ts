import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeCallbackPath, signInErrorMessage } from './sign-in-redirect.ts';

test('same-origin paths are kept', () => {
  assert.equal(safeCallbackPath('/explore?q=x'), '/explore?q=x');
  assert.equal(safeCallbackPath(['/help', '/admin']), '/help');
});

test('off-site, protocol-relative and login targets fall back', () => {
  for (const bad of [
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'status',
    '',
    '/login',
    '/login?x=1',
    '/api/auth/signout',
  ]) {
    assert.equal(safeCallbackPath(bad), '/search', bad);
  }
  assert.equal(safeCallbackPath(undefined, '/search'), '/search');
});

test('wrong credentials read as such; other failures do not blame the user', () => {
  assert.equal(signInErrorMessage('CredentialsSignin'), 'Invalid email or password.');
  assert.match(signInErrorMessage('GatewayUnavailable') ?? '', /could not reach/);
  assert.match(signInErrorMessage('OidcRejected') ?? '', /no active account/);
  assert.match(signInErrorMessage('Configuration') ?? '', /Sign-in failed/);
  assert.equal(signInErrorMessage(null), null);
});
