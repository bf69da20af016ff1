import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGatewayToken, signAccessToken, signGatewayToken, signSessionToken } from './index.ts';

const secret = 'a-test-secret-that-is-long-enough-0123456789';

test("a gateway token stands only with the gateway's secret, and nothing else passes for one", async () => {
  assert.equal(await isGatewayToken(await signGatewayToken(secret, 60), secret), true);
  assert.equal(await isGatewayToken(await signGatewayToken(`${secret}-other`, 60), secret), false);
  assert.equal(await isGatewayToken(await signGatewayToken(secret, -1), secret), false);
  const viewer = { id: 'gateway', email: 'g@x', name: 'G', roles: [], collections: [] };
  assert.equal(await isGatewayToken(await signAccessToken(viewer, secret, 60), secret), false);
  const session = await signSessionToken({ userId: 'gateway', sessionId: 's' }, secret, 60);
  assert.equal(await isGatewayToken(session, secret), false);
  assert.equal(await isGatewayToken(undefined, secret), false);
  assert.equal(await isGatewayToken('nonsense', secret), false);
});
