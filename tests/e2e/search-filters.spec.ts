import { expect, test, type Page } from '@playwright/test';
import { at, searchInPage, showAllResults } from './site.ts';
import { builtPagesUnder } from './site-pages.ts';

/** Result paths of /search/ with the given parameters, once the search has settled. */
async function searchResults(page: Page, params: Record<string, string>): Promise<string[]> {
  await page.goto(`${at('search/')}?${new URLSearchParams(params)}`);
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-search-results]');
    return el?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-status]')?.textContent?.trim();
  });
  return page.locator('[data-search-results] a').evaluateAll((links) =>
    links.map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return u.pathname + u.hash;
    }),
  );
}

// One test per static filter page of the build (language, topic, year), so the work of
// each stays the same however many filters and briefs the content has.
const FACETS = ['language', 'topic', 'year'] as const;
const FILTER_PAGES = FACETS.flatMap((facet) => {
  const pages = builtPagesUnder(at(`briefs/${facet}/`));
  // A filter's first page is briefs/<facet>/<value>/; its later pages sit under page/N/.
  return pages
    .filter((path) => /^[^/]+\/$/.test(path.slice(at(`briefs/${facet}/`).length)))
    .map((path) => ({
      facet,
      path,
      pages: pages.filter((p) => p.startsWith(path)),
    }));
});

test('the build has static filter pages for every facet', () => {
  for (const facet of FACETS) expect(FILTER_PAGES.filter((f) => f.facet === facet).length, facet).toBeGreaterThan(0);
  expect(FILTER_PAGES.length).toBeGreaterThanOrEqual(6);
});

for (const { facet, path, pages } of FILTER_PAGES) {
  test(`the search filter ${facet} gives the same briefs as the static filter page ${path}`, async ({ page }) => {
    // Each further page of the filter's list is one more page load.
    test.setTimeout(30_000 + 5_000 * (pages.length - 1));
    const expected: string[] = [];
    for (const listPage of pages) {
      await page.goto(listPage);
      expected.push(
        ...(await page
          .locator('main .card h2 a')
          .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
      );
    }
    expect(expected.length, `${path} lists briefs`).toBeGreaterThan(0);
    await page.goto(path);
    const label = (await page.locator('.filter-nav a[aria-current="page"]').textContent())!.trim().replace(/\s*\(\d+\)$/, '');

    // The search page's select for this facet, by its visible option text.
    await page.goto(at('search/'));
    const option = page.locator(`select[name="${facet}"] option`, { hasText: label }).first();
    const value = await option.getAttribute('value');
    expect(value, `${facet} filter offers “${label}”`).toBeTruthy();
    await searchResults(page, { type: 'Brief', [facet]: value! });
    const found = await showAllResults(page);
    expect(found.sort(), `search filter ${facet}=${value}`).toEqual(expected.sort());
  });
}

test('the type filter narrows a query to entities, briefs or deals', async ({ page }) => {
  const all = await searchResults(page, { q: 'Alibaba' });
  expect(all.length).toBeGreaterThan(3);
  const entities = await searchResults(page, { q: 'Alibaba', type: 'Entity' });
  const briefs = await searchResults(page, { q: 'Alibaba', type: 'Brief' });
  const deals = await searchResults(page, { q: 'Alibaba', type: 'Deal' });
  // A deal's result is its row on its brief's page: briefs/<id>/#deal-<id>.
  const kinds = [
    [entities, 'entity', /^entities\/[^/#]+\/$/],
    [briefs, 'brief', /^briefs\/[^/#]+\/$/],
    [deals, 'deal', /^briefs\/[^/#]+\/#deal-.+$/],
  ] as const;
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
  // Every page of results, however many the page size leaves for "Show more".
  const paths = await showAllResults(page);
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
