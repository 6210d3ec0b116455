import { expect, test, type Page } from '@playwright/test';
import { at, searchInPage, showAllResults } from './site.ts';

/** Result paths of /search/ with the given parameters, once the search has settled. */
async function searchResults(page: Page, params: Record<string, string>): Promise<string[]> {
  await page.goto(`${at('search/')}?${new URLSearchParams(params)}`);
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-search-results]');
    return el?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-status]')?.textContent?.trim();
  });
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname + u.hash; }));
}

test('each search filter gives the same briefs as the matching static filter page', async ({ page }) => {
  await page.goto(at('briefs/'));
  const chips = await page.locator('.filter-nav a.chip').evaluateAll((links) =>
    links.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, text: a.textContent ?? '' })),
  );
  const facetChips = chips
    .map((c) => ({ ...c, match: /\/briefs\/(language|topic|year)\/([^/]+)\/$/.exec(c.path) }))
    .filter((c) => c.match);
  expect(facetChips.length).toBeGreaterThanOrEqual(6);

  for (const chip of facetChips) {
    const facet = chip.match![1]!;
    const label = chip.text.replace(/\s*\(\d+\)$/, '');
    await page.goto(chip.path);
    const expected = await page.locator('main .card h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(expected.length, `${chip.path} lists briefs`).toBeGreaterThan(0);

    // The search page's select for this facet, by its visible option text.
    await page.goto(at('search/'));
    const option = page.locator(`select[name="${facet}"] option`, { hasText: label }).first();
    const value = await option.getAttribute('value');
    expect(value, `${facet} filter offers “${label}”`).toBeTruthy();
    const found = await searchResults(page, { type: 'Brief', [facet]: value! });
    expect(found.sort(), `search filter ${facet}=${value}`).toEqual(expected.sort());
  }
});

test('the type filter narrows a query to entities, briefs or deals', async ({ page }) => {
  const all = await searchResults(page, { q: 'Alibaba' });
  expect(all.length).toBeGreaterThan(3);
  const entities = await searchResults(page, { q: 'Alibaba', type: 'Entity' });
  const briefs = await searchResults(page, { q: 'Alibaba', type: 'Brief' });
  const deals = await searchResults(page, { q: 'Alibaba', type: 'Deal' });
  // A deal's result is its row on its brief's page: briefs/<id>/#deal-<id>.
  const kinds = [[entities, 'entity', /^entities\/[^/#]+\/$/], [briefs, 'brief', /^briefs\/[^/#]+\/$/], [deals, 'deal', /^briefs\/[^/#]+\/#deal-.+$/]] as const;
  for (const [list, kind, shape] of kinds) {
    expect(list.length, `Alibaba has ${kind} results`).toBeGreaterThan(0);
    for (const path of list) expect(path.slice(at('').length), `${path} is the address of a ${kind}`).toMatch(shape);
  }
});

test('changing a filter re-runs the search and keeps it in the URL', async ({ page }) => {
  await searchResults(page, { q: 'Xiaomi' });
  await page.locator('select[name="type"]').selectOption('Entity');
  await expect(page).toHaveURL(/[?&]type=Entity/);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  const paths = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) expect(path.startsWith(at('entities/'))).toBe(true);
  await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`^${paths.length} results? for “Xiaomi”`));
});

test('results come a page at a time; “Show more” loads the rest without repeats and moves focus to them', async ({ page }) => {
  const first = await searchInPage(page, 'Hong Kong');
  const total = Number((await page.locator('[data-search-status]').textContent())!.match(/^([\d,]+) results/)![1]!.replaceAll(',', ''));
  expect(total, 'a query broad enough to need a second page').toBeGreaterThan(first.length);
  await page.locator('[data-search-more]').click();
  await expect(page.locator('[data-search-results] a').nth(first.length)).toBeFocused();
  const all = await showAllResults(page);
  expect(all.length).toBe(total);
  expect(new Set(all).size).toBe(total);
  expect(all.slice(0, first.length)).toEqual(first);
  await expect(page.locator('[data-search-more]')).toBeHidden();
});
