import { expect, test } from '@playwright/test';
import { e2eCredentials } from '../env.ts';
import { expectOnLoginPage, signIn } from './pages.ts';

// Services may still be warming up right after the stack starts: poll the status page this long.
const READINESS_TIMEOUT_MS = 60_000;

test('sign in, every service is ready on Status, sign out', async ({ page }) => {
  const credentials = e2eCredentials();
  await signIn(page, credentials);

  const header = page.getByRole('banner');
  await expect(header.getByTestId('signed-in-user')).toContainText(credentials.email);
  await header
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Status' })
    .click();
  await expect(page).toHaveURL(/\/status$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Status' })).toBeVisible();

  // Reload until the gateway reports every service ready (or the timeout says which are not).
  await expect(async () => {
    await page.reload();
    const summary = page.getByTestId('status-summary');
    await expect(summary, 'the gateway answered with a status report').toBeVisible({
      timeout: 5_000,
    });
    const notReady = await page
      .locator('[data-testid^="service-"][data-ready="false"]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')));
    expect(notReady, 'services not ready').toEqual([]);
    await expect(summary).toHaveAttribute('data-all-ready', 'true');
  }).toPass({ timeout: READINESS_TIMEOUT_MS, intervals: [1_000, 2_000, 5_000] });

  const services = page.locator('[data-testid^="service-"][data-ready]');
  const count = await services.count();
  expect(count, 'at least one service reported').toBeGreaterThan(0);
  await expect(page.getByTestId('status-summary')).toContainText(
    count === 1 ? '1 service ready' : `All ${count} services ready`,
  );
  for (const card of await services.all()) {
    await expect(card.getByTestId('service-badge')).toHaveText('Ready');
  }

  await header.getByRole('button', { name: 'Sign out' }).click();
  await expectOnLoginPage(page);

  // The session is really gone: a protected page sends us back to sign in.
  await page.goto('/status');
  await expectOnLoginPage(page);
});

test('a wrong password shows an error and stays on the sign-in page', async ({ page }) => {
  const { email } = e2eCredentials();
  await signIn(page, { email, password: `wrong-${Date.now()}` });

  await expect(page.getByTestId('login-error')).toHaveText('Invalid email or password.');
  await expectOnLoginPage(page);
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();

  await page.goto('/status');
  await expectOnLoginPage(page);
});
