import { expect, test, type APIResponse } from '@playwright/test';
import { e2eCredentials } from '../env.ts';
import { createUser, signInAndWait } from './pages.ts';

// The web app's own routes (web/src/app/api/**) against the running Next.js server: who may call
// them, and what a missing page or job answers.

/** Every route of ours that acts for the viewer, with a method it answers. */
const ROUTES = [
  { method: 'POST', path: '/api/graphql' },
  { method: 'POST', path: '/api/ingest/jobs' },
  { method: 'POST', path: '/api/ingest/jobs/nosuchjob0/retry' },
  { method: 'POST', path: '/api/ingest/jobs/nosuchjob0/files' },
  { method: 'GET', path: '/api/originals/nosuchdoc0' },
  { method: 'GET', path: '/api/admin/audit/export?format=csv' },
] as const;

async function expectError(response: APIResponse, status: number, code: string, what: string) {
  expect(response.status(), what).toBe(status);
  const body = (await response.json()) as { error?: { code?: string } };
  expect(body.error?.code, what).toBe(code);
}

test('without a session every route answers 401', async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  for (const { method, path } of ROUTES) {
    const response = await request.fetch(path, { method, headers: { origin }, maxRedirects: 0 });
    await expectError(response, 401, 'UNAUTHENTICATED', `${method} ${path}`);
  }
});

test('a cross-site call is refused with 403, even with a live session', async ({ page }) => {
  await signInAndWait(page, e2eCredentials());
  for (const { method, path } of ROUTES) {
    // A write from another origin, and a read a browser marks as coming from another site.
    const headers: Record<string, string> =
      method === 'GET'
        ? { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' }
        : { origin: 'https://evil.example' };
    const response = await page.request.fetch(path, { method, headers, maxRedirects: 0 });
    await expectError(response, 403, 'FORBIDDEN_ORIGIN', `${method} ${path}`);
  }
});

test('the audit export answers 403 to a non-admin and serves an admin', async ({
  page,
  browser,
}) => {
  await signInAndWait(page, e2eCredentials());
  const admin = await page.request.get('/api/admin/audit/export?format=csv', { maxRedirects: 0 });
  expect(admin.status(), await admin.text().catch(() => '')).toBe(200);
  expect(admin.headers()['content-type']).toContain('text/csv');

  const marker = `guard${Math.random().toString(36).slice(2, 10).replace(/\d/g, 'x')}`;
  const viewer = await createUser(page, {
    email: `${marker}@e2e.quarry.local`,
    name: `Viewer ${marker}`,
    role: 'Viewer',
  });
  const context = await browser.newContext();
  try {
    const viewerPage = await context.newPage();
    await signInAndWait(viewerPage, viewer);
    for (const format of ['csv', 'json']) {
      const response = await viewerPage.request.get(`/api/admin/audit/export?format=${format}`, {
        maxRedirects: 0,
      });
      await expectError(response, 403, 'FORBIDDEN', `viewer's ${format} export`);
    }
  } finally {
    await context.close();
  }
});

test("the GraphQL route answers the browser's query as the signed-in viewer", async ({
  page,
  baseURL,
}) => {
  const credentials = e2eCredentials();
  await signInAndWait(page, credentials);
  const response = await page.request.post('/api/graphql', {
    headers: { origin: new URL(baseURL ?? '').origin, 'content-type': 'application/json' },
    data: { query: 'query E2eViewer { me { email } }', variables: {} },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  const body = (await response.json()) as { data?: { me?: { email?: string } } };
  expect(body.data?.me?.email).toBe(credentials.email);
});

test('a missing or malformed job id answers 404 on the job page', async ({ page }) => {
  await signInAndWait(page, e2eCredentials());
  for (const id of ['nosuchjob0', 'not%20an%20id']) {
    const response = await page.goto(`/ingest/jobs/${id}`);
    expect(response?.status(), `/ingest/jobs/${id}`).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Job not found' })).toBeVisible();
  }
});

test('an unknown address answers 404 with a not-found page inside the app', async ({ page }) => {
  const credentials = e2eCredentials();
  await signInAndWait(page, credentials);
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // The app's own header and navigation, not Next.js's bare 404.
  await expect(page.getByRole('banner').getByTestId('signed-in-user')).toContainText(
    credentials.email,
  );
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
