import { expect, type Locator, type Page } from '@playwright/test';
import type { E2eCredentials } from '../env.ts';

/** Small page helpers shared by specs; selectors follow what a user sees (labels, roles). */
export async function signIn(page: Page, { email, password }: E2eCredentials): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Signs in and waits for the signed-in header. Signing in checks a bcrypt hash and the first page
 * renders on the server: on a loaded machine that takes longer than an ordinary expectation.
 */
export async function signInAndWait(page: Page, credentials: E2eCredentials): Promise<void> {
  await signIn(page, credentials);
  await expect(page.getByRole('banner').getByTestId('signed-in-user')).toContainText(
    credentials.email,
    { timeout: 60_000 },
  );
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

/** Submits an admin form and waits for its success message (failing with the API's error). */
export async function submitAndExpectOk(form: Locator, button: string): Promise<void> {
  await form.getByRole('button', { name: button }).click();
  const error = form.getByTestId('action-error');
  await expect(form.getByTestId('action-ok').or(error)).toBeVisible();
  if (await error.isVisible()) throw new Error(`${button}: ${await error.innerText()}`);
}

/**
 * As a signed-in admin, creates a user with one role on Admin → Users and returns the login
 * (the generated password is shown once by the form).
 */
export async function createUser(
  page: Page,
  user: { email: string; name: string; role: 'Viewer' | 'Analyst' | 'Developer' | 'Admin' },
): Promise<E2eCredentials> {
  await page.goto('/admin/users');
  const form = page.getByTestId('create-user-form');
  await form.getByLabel('Email').fill(user.email);
  await form.getByLabel('Name', { exact: true }).fill(user.name);
  await form.getByLabel(user.role, { exact: true }).check();
  await submitAndExpectOk(form, 'Create user');
  const password = await form.getByTestId('secret-value').inputValue();
  expect(password.length, 'a generated password is shown').toBeGreaterThanOrEqual(12);
  return { email: user.email, password };
}
