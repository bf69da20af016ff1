import { expect, type Page } from '@playwright/test';
import type { E2eCredentials } from '../env.ts';

/** Small page helpers shared by specs; selectors follow what a user sees (labels, roles). */
export async function signIn(page: Page, { email, password }: E2eCredentials): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function expectOnLoginPage(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
}
