import { expect, test } from '@playwright/test';
import { docx, pdf } from '@quarry/crackers/test-fixtures';
import { e2eCredentials } from '../env.ts';
import { signIn } from './pages.ts';

// Indexing three small files takes seconds; the first run after a start also loads the skills.
const INGEST_TIMEOUT_MS = 90_000;

test('upload three files of different types, watch them finish, find a phrase and see it highlighted', async ({
  page,
}) => {
  // A word no other document has, so the search has exactly one right answer on any stack.
  const marker = `quarry${Math.random().toString(36).slice(2, 10).replace(/\d/g, 'x')}`;
  const phrase = `lighthouse keeper ${marker}`;
  const meta = { author: 'E2E', date: new Date(Date.UTC(2026, 0, 15)) };
  const files = [
    {
      name: `storm-report-${marker}.pdf`,
      mimeType: 'application/pdf',
      buffer: await pdf({
        ...meta,
        title: 'Storm report',
        sections: [
          {
            heading: 'Night of the storm',
            paragraphs: [
              `The ${phrase} logged the storm at midnight and kept the lamp burning until dawn.`,
            ],
          },
        ],
      }),
    },
    {
      name: `harbour-minutes-${marker}.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await docx({
        ...meta,
        title: 'Harbour minutes',
        sections: [{ paragraphs: ['The harbour board approved repairs to the northern pier.'] }],
      }),
    },
    {
      name: `supplies-${marker}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from('Supplies delivered: oil, wicks, glass and two spare lenses.\n'),
    },
  ];

  await signIn(page, e2eCredentials());
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Ingest' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Ingest|Upload/ })).toBeVisible();
  await page.getByLabel('Collection').selectOption({ label: 'Sample' });
  await page.getByTestId('files-input').setInputFiles(files);
  await expect(page.getByTestId('upload-file')).toHaveCount(3);
  await page.getByTestId('upload-submit').click();

  // Each file is accepted, then the job reports all three finished.
  const live = page.getByTestId('job-live');
  await expect(live).toContainText('3 of 3 finished', { timeout: INGEST_TIMEOUT_MS });
  await expect(page.getByTestId('count-failed').locator('dd')).toHaveText('0');
  await expect(page.getByTestId('count-done').locator('dd')).toHaveText('3');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Search' })
    .click();
  await page.getByRole('searchbox').fill(`"${phrase}"`);
  await page.getByRole('searchbox').press('Enter');
  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Storm report');
  await expect(results.first().locator('mark').first()).toBeVisible();

  // The title link (key phrases below it are links too, and may read the same).
  await results
    .first()
    .getByRole('heading')
    .getByRole('link', { name: 'Storm report', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Storm report' })).toBeVisible();
  const hits = page.getByTestId('document-text').locator('mark');
  await expect(hits.filter({ hasText: marker })).toHaveCount(1);
  await expect(hits.filter({ hasText: marker })).toBeInViewport();
});
