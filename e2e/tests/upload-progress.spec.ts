import { expect, test, type Locator } from '@playwright/test';
import { e2eCredentials } from '../env.ts';
import { signInAndWait } from './pages.ts';

const INGEST_TIMEOUT_MS = 90_000;

/** "12 of 15 finished" in a progress line, as numbers. */
async function finishedOf(locator: Locator): Promise<{ finished: number; total: number }> {
  const match = /([\d,]+) of ([\d,]+) finished/.exec(await locator.innerText());
  if (!match) throw new Error(`no "x of y finished" in: ${await locator.innerText()}`);
  const number = (text: string) => Number(text.replace(/,/g, ''));
  return { finished: number(match[1] ?? ''), total: number(match[2] ?? '') };
}

test('after an upload finishes, each file row and the Pipeline card say so without a reload', async ({
  page,
}) => {
  const marker = Math.random().toString(36).slice(2, 10);
  const files = ['one', 'two'].map((n) => ({
    name: `progress-${marker}-${n}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Progress check ${marker} ${n}: the lamp was lit at dusk.\n`),
  }));
  await signInAndWait(page, e2eCredentials());
  await page.goto('/ingest');
  const overview = page.getByTestId('pipeline-overview');
  const before = await finishedOf(overview);

  await page.getByLabel('Collection').selectOption({ label: 'Sample' });
  await page.getByTestId('files-input').setInputFiles(files);
  await page.getByTestId('upload-submit').click();
  const live = page.getByTestId('job-live');
  await expect(live).toContainText(`${files.length} of ${files.length} finished`, {
    timeout: INGEST_TIMEOUT_MS,
  });
  await expect(page.getByTestId('count-failed').locator('dd')).toHaveText('0');

  // The overview over all jobs counts these files too, on the same page.
  await expect(async () => {
    const now = await finishedOf(overview);
    expect(now.total).toBeGreaterThanOrEqual(before.total + files.length);
    expect(now.finished).toBeGreaterThanOrEqual(before.finished + files.length);
  }).toPass({ timeout: 30_000 });

  // The rows follow the job: not "Queued" (what the upload answered) once the job is done.
  const rows = page.getByTestId('upload-file');
  await expect(rows).toHaveCount(files.length);
  for (const row of await rows.all()) await expect(row).toContainText('Done');
  await expect(page.getByTestId('upload-files')).not.toContainText('Queued');
});
