import { expect, test } from '@playwright/test';
import { e2eCredentials } from '../env.ts';
import { signInAndWait } from './pages.ts';

test('a new API token shows its whole secret once, the copy button copies it, and nothing looks like a shortened token', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const name = `e2e copy ${Math.random().toString(36).slice(2, 10)}`;
  await signInAndWait(page, e2eCredentials());
  await page.goto('/profile');

  const form = page.getByTestId('create-token-form');
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Create token' }).click();
  await expect(form.getByTestId('action-ok')).toBeVisible();

  // The whole secret: qk_<id>_<secret> (docs/api.md), in the read-only field.
  const secret = await form.getByTestId('secret-value').inputValue();
  expect(secret).toMatch(/^qk_[a-z0-9]+_[A-Za-z0-9_-]{20,}$/);

  await form.getByRole('button', { name: 'Copy' }).click();
  await expect(form.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  // Nowhere on the page a prefix followed by an ellipsis, which people copied for the token.
  const row = page.getByTestId('token-row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  const prefix = (await row.locator('code').first().innerText()).trim();
  expect(secret.startsWith(prefix)).toBe(true);
  expect(await page.locator('main').innerText()).not.toContain(`${prefix}…`);
  await expect(page.getByTestId('action-ok')).not.toContainText(prefix);

  // Shown once: after a reload only the prefix is left.
  await page.reload();
  await expect(page.getByTestId('secret-value')).toHaveCount(0);
  expect(await page.locator('main').innerText()).not.toContain(secret);

  // Leave nothing usable behind.
  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .getByTestId('token-row')
    .filter({ hasText: name })
    .getByRole('button', { name: 'Revoke' })
    .click();
  await expect(
    page.getByTestId('token-row').filter({ hasText: name }).getByText('revoked'),
  ).toBeVisible();
});
