import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OIDC_PROVIDER_ID, oidcProvider } from './oidc-provider.ts';

const settings = {
  OIDC_ISSUER: 'https://login.example.org/tenant/v2.0/',
  OIDC_CLIENT_ID: 'quarry',
  OIDC_CLIENT_SECRET: 'client-secret',
  OIDC_NAME: 'Example ID',
};

test('without OIDC settings there is no provider (disconnected operation)', () => {
  assert.equal(oidcProvider({ OIDC_NAME: 'Single sign-on' }), null);
  assert.equal(oidcProvider({ ...settings, OIDC_CLIENT_SECRET: undefined }), null);
});

test('the provider uses discovery, PKCE and state, and asks for the email', () => {
  const provider = oidcProvider(settings);
  assert.ok(provider);
  assert.equal(provider.id, OIDC_PROVIDER_ID);
  assert.equal(provider.name, 'Example ID');
  assert.equal(
    provider.wellKnown,
    'https://login.example.org/tenant/v2.0/.well-known/openid-configuration',
  );
  assert.equal(provider.idToken, true);
  assert.deepEqual(provider.checks, ['pkce', 'state']);
  assert.deepEqual(provider.authorization, { params: { scope: 'openid email profile' } });
});

test('the profile maps to a next-auth user, falling back to the email as name', async () => {
  const provider = oidcProvider(settings)!;
  const tokens = {};
  assert.deepEqual(await provider.profile({ sub: 's1', email: 'a@example.org' }, tokens), {
    id: 's1',
    email: 'a@example.org',
    name: 'a@example.org',
  });
});
