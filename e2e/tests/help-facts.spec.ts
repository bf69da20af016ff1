import { expect, test } from '@playwright/test';
// Where the formats and limits are defined (the web app may not import the library itself).
import { DEFAULT_LIMITS, type FormatKind } from '@quarry/crackers';
import { e2eCredentials } from '../env.ts';
import { signInAndWait } from './pages.ts';

type ReadableKind = Exclude<FormatKind, 'unknown' | 'encrypted-office'>;

// Every kind the library reads; the compiler holds this to FormatKind (a kind added to or removed
// from @quarry/crackers fails the typecheck here, and then Help must follow).
const READABLE: Record<ReadableKind, true> = {
  pdf: true,
  docx: true,
  pptx: true,
  xlsx: true,
  odt: true,
  ods: true,
  odp: true,
  rtf: true,
  html: true,
  eml: true,
  msg: true,
  txt: true,
  md: true,
  csv: true,
  json: true,
  zip: true,
};

const integer = (value: number) => value.toLocaleString('en-US');

test('Help lists the formats and ingest limits the code has, and the query length the API takes', async ({
  page,
}) => {
  await signInAndWait(page, e2eCredentials());
  await page.goto('/help');

  const kinds = await page
    .getByTestId('help-formats')
    .locator('li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
  expect(kinds.sort()).toEqual(Object.keys(READABLE).sort());

  const limits = page.getByTestId('help-limits');
  await expect(limits).toContainText(`Largest file${DEFAULT_LIMITS.maxBytes / 1024 ** 2} MB`);
  await expect(limits).toContainText(`${integer(DEFAULT_LIMITS.maxDepth)} levels`);
  await expect(limits).toContainText(
    `Files in one archive${integer(DEFAULT_LIMITS.maxZipEntries)}`,
  );
  await expect(limits).toContainText(`${DEFAULT_LIMITS.maxZipTotalBytes / 1024 ** 3} GB`);
  await expect(limits).toContainText(`${integer(DEFAULT_LIMITS.maxZipRatio)} : 1`);
  await expect(limits).toContainText(`${integer(DEFAULT_LIMITS.maxTextChars)} characters`);
  // Images, audio and video come up only to say Quarry does not read them.
  const text = await page.locator('main').innerText();
  for (const sentence of text.split(/(?<=[.;])\s/).filter((s) => /images|audio|video/i.test(s)))
    expect(sentence).toMatch(/does not read/);

  // The query length Help states is the search box's and the API's: it takes that many, not more.
  const stated = /limited to ([\d,]+) characters/.exec(await page.locator('main').innerText());
  const max = Number((stated?.[1] ?? '').replace(/,/g, ''));
  expect(max).toBeGreaterThan(0);
  await page.goto(`/search?q=${'a'.repeat(max)}`);
  await expect(page.getByRole('searchbox')).toHaveAttribute('maxlength', String(max));
  await expect(page.getByTestId('search-input-error')).toHaveCount(0);
  await page.goto(`/search?q=${'a'.repeat(max + 1)}`);
  await expect(page.getByTestId('search-input-error')).toBeVisible();
});
