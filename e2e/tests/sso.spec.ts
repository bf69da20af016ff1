import { expect, test } from '@playwright/test';
import { e2eCredentials, e2eEnv, e2eSsoName } from '../env.ts';
import { expectOnLoginPage, signOut } from './pages.ts';

// Single sign-on through a real OIDC authorization code flow (PKCE): the test stack's provider
// has a sign-in page that asks only for an email, in place of Entra ID's.
test('single sign-on: an existing account gets in through the provider; an unknown identity is told why', async ({
  page,
}) => {
  const sso = e2eSsoName();
  if (!sso) {
    // A developer's stack may have no provider; CI's always has one, so there this must not pass.
    test.skip(
      !e2eEnv().ci,
      'QUARRY_E2E_SSO_NAME is not set: the stack under test has no OIDC provider',
    );
    throw new Error('QUARRY_E2E_SSO_NAME must be set in CI');
  }
  const admin = e2eCredentials();
  const viaProvider = async (email: string) => {
    await page.goto('/login');
    await page.getByRole('button', { name: `Sign in with ${sso}` }).click();
    await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Continue' }).click();
  };

  await viaProvider(admin.email);
  await expect(page.getByRole('banner').getByTestId('signed-in-user')).toContainText(admin.email);
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Admin');
  await signOut(page);

  await viaProvider(`nobody-${Date.now()}@example.org`);
  await expectOnLoginPage(page);
  await expect(page.getByRole('alert').filter({ hasText: 'no active account' })).toBeVisible();
});
