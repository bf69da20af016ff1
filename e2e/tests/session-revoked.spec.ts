import { expect, test } from '@playwright/test';
import { e2eCredentials } from '../env.ts';
import { expectOnLoginPage, signInAndWait } from './pages.ts';

test('a session revoked from another browser goes to sign-in with an explanation', async ({
  page,
  browser,
}) => {
  const credentials = e2eCredentials();
  // The second browser's user agent tells its session apart in the first one's session list.
  const marker = `e2e-revoked-${Math.random().toString(36).slice(2, 10)}`;
  const other = await browser.newContext({ userAgent: `Mozilla/5.0 (${marker})` });
  const victim = await other.newPage();
  try {
    await signInAndWait(victim, credentials);

    await signInAndWait(page, credentials);
    // A live session is not ended by visiting the end-of-session address (a link from elsewhere).
    await page.goto('/session-ended');
    await expect(page).toHaveURL(/\/search/);
    await expect(page.getByTestId('signed-in-user')).toContainText(credentials.email);
    await page.goto('/profile');
    const row = page.getByTestId('session-row').filter({ hasText: marker });
    await row.getByRole('button', { name: 'Sign out' }).click();
    // Signed out, the session leaves the list (the page refreshes after the action).
    await expect(row).toHaveCount(0);

    // The gateway may answer from its short credential cache for a moment: retry the visit.
    await expect(async () => {
      await victim.goto('/search');
      await expect(victim).toHaveURL(/\/login\?reason=session-ended/, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expectOnLoginPage(victim);
    await expect(victim.getByTestId('login-notice')).toContainText('Your session has ended');
    await expect(victim.getByTestId('signed-in-user')).toHaveCount(0);

    // The dead cookie is gone: the sign-in page stays (no bounce to /search), and signing in works.
    await victim.goto('/login');
    await expectOnLoginPage(victim);
    await signInAndWait(victim, credentials);
  } finally {
    await other.close();
  }
});
