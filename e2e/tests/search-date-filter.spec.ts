import { expect, test } from '@playwright/test';
import { e2eCredentials } from '../env.ts';
import { signInAndWait } from './pages.ts';

test('the date filter applies its dates and "Include older versions" with the query', async ({
  page,
}) => {
  // The fields sit outside the search form (they join it by their form attribute); a page error
  // here was the symptom of the form losing them mid-submit.
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signInAndWait(page, e2eCredentials());
  await page.goto('/search?q=quarry');

  const filter = page.getByRole('group', { name: 'Indexed' });
  await filter.getByLabel('From').fill('2020-01-01');
  await filter.getByLabel('To').fill('2099-12-30');
  await filter.getByLabel('Include older versions').check();
  await filter.getByRole('button', { name: 'Apply' }).click();

  await expect(page).toHaveURL(/[?&]from=2020-01-01(&|$)/);
  const url = new URL(page.url());
  expect(url.searchParams.get('q')).toBe('quarry');
  expect(url.searchParams.get('to')).toBe('2099-12-30');
  expect(url.searchParams.get('all')).toBe('1');

  const chips = page.getByTestId('active-filters');
  await expect(chips).toContainText('Indexed from 2020-01-01');
  await expect(chips).toContainText('Indexed until 2099-12-30');
  await expect(chips).toContainText('Older versions included');
  await expect(page.getByRole('group', { name: 'Indexed' }).getByLabel('From')).toHaveValue(
    '2020-01-01',
  );
  await expect(
    page.getByRole('group', { name: 'Indexed' }).getByLabel('Include older versions'),
  ).toBeChecked();
  expect(pageErrors).toEqual([]);
});
