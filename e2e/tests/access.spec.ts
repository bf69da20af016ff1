import { expect, test, type Locator, type Page } from '@playwright/test';
import { e2eCredentials } from '../env.ts';
import { createUser, signInAndWait, signOut, submitAndExpectOk, uploadAndWait } from './pages.ts';

// Two small text files: indexing takes seconds, the first run after a start loads the skills.
const INGEST_TIMEOUT_MS = 90_000;

async function openManage(page: Page, testId: string, name: string): Promise<Locator> {
  const item = page.locator(`[data-testid="${testId}"][data-name="${name}"]`);
  await item.getByText(`Manage ${name}`, { exact: true }).click();
  return item;
}

test('a new user sees only the collection an admin shared with their group; non-admins get 403 on /admin', async ({
  page,
  browser,
}) => {
  // Names no other run uses, so the test needs no clean slate and leaves nothing ambiguous.
  const marker = `quarry${Math.random().toString(36).slice(2, 10).replace(/\d/g, 'x')}`;
  const collection = `Access ${marker}`;
  const group = `Readers ${marker}`;
  const user = { email: `${marker}@e2e.quarry.local`, name: `Reader ${marker}`, password: '' };
  const admin = e2eCredentials();

  await signInAndWait(page, admin);
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Admin');

  await test.step('admin creates a collection, a group and a viewer', async () => {
    await page.goto('/admin/collections');
    const createCollection = page.getByTestId('create-collection-form');
    await createCollection.getByLabel('Name').fill(collection);
    await submitAndExpectOk(createCollection, 'Create collection');

    await page.goto('/admin/groups');
    const createGroup = page.getByTestId('create-group-form');
    await createGroup.getByLabel('Name').fill(group);
    await createGroup.getByLabel('Description').fill('e2e access test');
    await submitAndExpectOk(createGroup, 'Create group');

    user.password = (await createUser(page, { ...user, role: 'Viewer' })).password;
  });

  await test.step('the group gets the viewer and the admin as members, and write access', async () => {
    await page.goto('/admin/groups');
    for (const member of [user.email, admin.email]) {
      const item = await openManage(page, 'admin-group', group);
      const add = item.locator('form', { has: page.getByRole('button', { name: 'Add member' }) });
      // Options read "Name (email)": pick by the email, whatever the account's name.
      const option = add.locator('option', { hasText: `(${member})` });
      await add
        .getByLabel(`User to add to ${group}`)
        .selectOption((await option.getAttribute('value')) ?? '');
      await submitAndExpectOk(add, 'Add member');
      await page.reload();
    }
    await expect(page.locator(`[data-testid="admin-group"][data-name="${group}"]`)).toContainText(
      '2 members',
    );

    await page.goto('/admin/collections');
    const item = await openManage(page, 'admin-collection', collection);
    const grant = item.getByTestId('grant-form');
    await grant.getByLabel('Group').selectOption({ label: group });
    await grant.getByLabel('Access').selectOption('WRITE');
    await submitAndExpectOk(grant, 'Set access');
    await expect(item).toContainText(`${group}: read + write`);
  });

  const text = (title: string) =>
    Buffer.from(`${title}\n\nThe survey of ${marker} lists the northern quarry and its stones.\n`);
  let hiddenId = '';
  await test.step('admin uploads one document into each collection', async () => {
    // A fresh sign-in, so the session reflects the new group membership everywhere.
    await signOut(page);
    await signInAndWait(page, admin);
    await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Admin');
    await uploadAndWait(
      page,
      collection,
      [{ name: `shared-${marker}.txt`, mimeType: 'text/plain', buffer: text('Shared survey') }],
      INGEST_TIMEOUT_MS,
    );
    hiddenId = await uploadAndWait(
      page,
      'Sample',
      [{ name: `hidden-${marker}.txt`, mimeType: 'text/plain', buffer: text('Hidden survey') }],
      INGEST_TIMEOUT_MS,
    );
  });

  await test.step('the new user finds only the shared document', async () => {
    const context = await browser.newContext();
    const reader = await context.newPage();
    await signInAndWait(reader, user);
    await expect(reader.getByRole('banner').getByTestId('signed-in-user')).toContainText(
      user.email,
    );
    await expect(reader.getByRole('navigation', { name: 'Main' })).not.toContainText('Admin');

    await reader.goto('/search');
    await reader.getByRole('searchbox').fill(marker);
    await reader.getByRole('searchbox').press('Enter');
    const results = reader.getByTestId('search-result');
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText(`shared-${marker}`);
    await expect(results.first()).toContainText(collection);

    await reader.goto(`/documents/${encodeURIComponent(hiddenId)}`);
    await expect(reader.getByTestId('document-not-found')).toBeVisible();

    await reader.goto('/admin');
    await expect(reader.getByRole('heading', { level: 1, name: /403/ })).toBeVisible();
    await expect(reader.getByTestId('forbidden')).toContainText('admin');
    await reader.goto('/admin/audit');
    await expect(reader.getByTestId('forbidden')).toBeVisible();
    await context.close();
  });
});
