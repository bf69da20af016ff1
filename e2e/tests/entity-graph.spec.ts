import { expect, test, type Page } from '@playwright/test';
import { e2eCredentials } from '../env.ts';
import { signInAndWait } from './pages.ts';

// The journey of issue 14 on the sample corpus (its knowledge is in the graph of every stack the
// suite runs against): find an entity by searching its name, explore its neighbours, find a path,
// read a source sentence, merge two entities and see the merge in the explorer. The merge is
// global curation, so the test undoes it (unmerge) whatever happens in between.
//
// Entities of the sample corpus (World Factbook notes): the United Nations shares sentences with
// Japan, which has dozens of neighbours the United Nations has not; a shortest path from Japan to
// "Britain" runs through the United Kingdom (two hops); "Britain" is that country as an entity of
// its own (an unlinked name), the merge an analyst would make.
const ENTITY = 'United Nations';
const NEIGHBOUR = 'Japan';
const COUNTRY = 'United Kingdom';
const COUNTRY_KEY = 'geonames:2635167';
const ALIAS = 'Britain';
const ALIAS_KEY = 'name:LOCATION:britain';
/** The explorer computes a layout and may ask the API several times: slower than one page. */
const GRAPH_TIMEOUT_MS = 30_000;

const entityPath = (key: string) => `/entities/${encodeURIComponent(key)}`;
const explorePath = (keys: string[]) => `/explore?keys=${keys.map(encodeURIComponent).join(',')}`;

/** The explorer's own count of what it draws ("12 nodes · 30 edges", announced politely). */
async function drawnNodes(page: Page): Promise<number> {
  const status = await page
    .getByTestId('explorer-stage')
    .getByText(/^[\d,]+ nodes · [\d,]+ edges/)
    .innerText();
  return Number(status.split(' ')[0]!.replaceAll(',', ''));
}

/** Finds an entity with the explorer's search box and picks the option (it becomes the selection). */
async function pickInExplorer(page: Page, query: string, option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: 'Search entities to add' }).fill(query);
  await page.getByRole('option', { name: option }).first().click();
}

const selectedPanel = (page: Page) => page.getByRole('region', { name: 'Selected' });

async function waitForGraph(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Explore' })).toBeVisible();
  await expect(page.getByTestId('explorer-loading')).toHaveCount(0, { timeout: GRAPH_TIMEOUT_MS });
  await expect(page.getByTestId('explorer-stage').getByText(/ nodes · /)).toBeVisible();
}

/** Undoes the merge on the country's page, if it happened (curation is shared by everyone). */
async function unmergeAlias(page: Page): Promise<void> {
  await page.goto(entityPath(COUNTRY_KEY));
  const merged = page
    .getByTestId('merged-keys')
    .getByRole('listitem')
    .filter({ hasText: ALIAS_KEY });
  if ((await merged.count()) === 0) return;
  await merged.getByRole('button', { name: 'Unmerge' }).click();
  // The page reopens with its notice once the server action is done; leaving earlier cancels it.
  await expect(page.getByTestId('curation-notice')).toBeVisible({ timeout: GRAPH_TIMEOUT_MS });
  // The alias' own key answers its own entity again.
  await page.goto(entityPath(ALIAS_KEY));
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^${ALIAS}$`, 'i') }),
  ).toBeVisible();
}

test('find an entity, explore its neighbours, find a path, read a source sentence, merge and see it in the explorer', async ({
  page,
}) => {
  // Curation actions ask "are you sure?" in a dialog: the analyst says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await signInAndWait(page, e2eCredentials());

  // 1. A search for the entity's name offers its page above the document results.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Search' })
    .click();
  await page.getByRole('searchbox').fill(ENTITY);
  await page.getByRole('searchbox').press('Enter');
  await page
    .getByRole('complementary', { name: 'Entity' })
    .getByRole('link', { name: ENTITY, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: ENTITY })).toBeVisible();
  await expect(page.getByTestId('mention-count')).not.toHaveText('0');

  // 2. Open it in the explorer: the entity and its neighbours are drawn.
  await page.getByRole('link', { name: 'Open in explorer' }).click();
  await waitForGraph(page);
  await expect.poll(() => drawnNodes(page), { timeout: GRAPH_TIMEOUT_MS }).toBeGreaterThan(1);

  // Expand a neighbour (picked with the search box, as a keyboard user does): its own
  // neighbours join the drawing.
  const before = await drawnNodes(page);
  await pickInExplorer(page, NEIGHBOUR, new RegExp(`^${NEIGHBOUR}\\b`));
  await expect(selectedPanel(page).getByRole('heading', { name: NEIGHBOUR })).toBeVisible();
  await selectedPanel(page).getByRole('button', { name: 'Expand' }).click();
  await expect(selectedPanel(page).getByRole('button', { name: 'Expanded' })).toBeDisabled();
  await expect.poll(() => drawnNodes(page), { timeout: GRAPH_TIMEOUT_MS }).toBeGreaterThan(before);
  await expect(page).toHaveURL(/[?&]x=/);

  // 3. Paths from the neighbour to "Britain" (added to the view by the search box): two hops,
  // one of them through the United Kingdom.
  await selectedPanel(page).getByRole('button', { name: 'Path from here' }).click();
  await pickInExplorer(page, ALIAS, new RegExp(`^${ALIAS}`, 'i'));
  await expect(selectedPanel(page).getByRole('heading', { name: ALIAS })).toBeVisible();
  await selectedPanel(page).getByRole('button', { name: 'Path to here' }).click();
  const paths = page.getByRole('region', { name: 'Shortest paths' });
  const path = paths
    .getByRole('button', {
      name: new RegExp(`^2 hops: ${NEIGHBOUR} → ${COUNTRY} → ${ALIAS}$`, 'i'),
    })
    .first();
  await expect(path).toBeVisible({ timeout: GRAPH_TIMEOUT_MS });
  await path.click();
  await expect(path).toHaveAttribute('aria-pressed', 'true');

  // Back to the organisation (in the graph, so the search box selects it).
  await pickInExplorer(page, ENTITY, new RegExp(`^${ENTITY}`));
  await expect(selectedPanel(page).getByRole('heading', { name: ENTITY })).toBeVisible();

  // 4. From the entity page, a mention opens its document at the sentence, marked.
  await selectedPanel(page).getByRole('link', { name: 'Open the entity page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ENTITY })).toBeVisible();
  const mention = page.getByTestId('mentions').getByTestId('mention').first();
  // The list names the words of the mention ("date · “UN”"): the document marks exactly those.
  const said = /· “([^”]+)”/.exec(await mention.innerText())?.[1];
  expect(said, 'the mention shows its words').toBeTruthy();
  await expect(mention.getByTestId('passage-snippet')).toContainText(said!);
  await mention.getByRole('link').first().click();
  const target = page.getByTestId('document-text').getByTestId('passage-target');
  await expect(target).toHaveText(said!);
  await expect(target).toBeInViewport();

  // 5. Merge "Britain" into the United Kingdom from the country's page, then see it in the
  // explorer: a view of both keys, where a search for the alias finds the country, which now
  // lists the alias among its names.
  try {
    await page.goto(entityPath(COUNTRY_KEY));
    await expect(page.getByRole('heading', { level: 1, name: COUNTRY })).toBeVisible();
    const curation = page.getByRole('region', { name: 'Curate' });
    await curation.getByText('Merge with another entity').click();
    await curation.getByRole('searchbox', { name: 'Find the other entity' }).fill(ALIAS);
    await curation.getByRole('button', { name: 'Find' }).click();
    const candidate = curation
      .getByTestId('merge-candidate')
      .filter({ has: page.getByRole('link', { name: new RegExp(`^${ALIAS}$`, 'i') }) });
    await candidate.getByRole('button', { name: `Merge into “${COUNTRY}”` }).click();
    await expect(page.getByTestId('curation-notice')).toContainText('The entities were merged');
    await expect(page.getByRole('heading', { level: 1, name: COUNTRY })).toBeVisible();
    await expect(page.getByTestId('merged-keys')).toContainText(ALIAS_KEY);

    await page.goto(explorePath([ALIAS_KEY, COUNTRY_KEY]));
    await waitForGraph(page);
    await page.getByRole('combobox', { name: 'Search entities to add' }).fill(ALIAS);
    // The alias now finds the country (the name it matched in brackets), and nothing of its own.
    const country = page.getByRole('option', { name: new RegExp(`^${COUNTRY}.*${ALIAS}`) });
    await expect(country.first()).toBeVisible();
    await expect(page.getByRole('option', { name: new RegExp(`^${ALIAS}`, 'i') })).toHaveCount(0);
    await country.first().click();
    await expect(selectedPanel(page).getByRole('heading', { name: COUNTRY })).toBeVisible();
    await expect(selectedPanel(page)).toContainText(ALIAS);
  } finally {
    await unmergeAlias(page);
  }
});
