import { expect, type Page } from '@playwright/test';
import type { E2eCredentials } from '../env.ts';

/** Small page helpers shared by specs; selectors follow what a user sees (labels, roles). */
export async function signIn(page: Page, { email, password }: E2eCredentials): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function expectOnLoginPage(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
}

/** Signs out through the header button (which also ends the server session) and waits for /login. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expectOnLoginPage(page);
}

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Uploads files into the collection named `collection` from the Ingest page and waits until all
 * are processed without failures. Returns the id of the first file's document (from the job monitor).
 */
export async function uploadAndWait(
  page: Page,
  collection: string,
  files: UploadFile[],
  timeout: number,
): Promise<string> {
  await page.goto('/ingest');
  await page.getByLabel('Collection').selectOption({ label: collection });
  await page.getByTestId('files-input').setInputFiles(files);
  await expect(page.getByTestId('upload-file')).toHaveCount(files.length);
  await page.getByTestId('upload-submit').click();
  const live = page.getByTestId('job-live');
  await expect(live).toContainText(`${files.length} of ${files.length} finished`, { timeout });
  await expect(page.getByTestId('count-failed').locator('dd')).toHaveText('0');
  await page.getByTestId('job-link').click();
  const open = page
    .getByTestId('ingest-item')
    .filter({ hasText: files[0]?.name ?? '' })
    .getByRole('link', { name: /^Open/ });
  const href = await open.getAttribute('href');
  const id = href?.match(/^\/documents\/([^/?#]+)/)?.[1];
  if (!id) throw new Error(`no document link for ${files[0]?.name}: ${href}`);
  return decodeURIComponent(id);
}
