// The search code loads only when search is used: a page loads the small header
// bootstrap and nothing of the live search until the reader focuses the search box;
// typing a query then fetches the quick index of names and titles, and never Pagefind,
// whose full-text index is loaded by /search/ alone. (Static budgets: tests/hosts/budgets.test.ts.)
import { expect, test, type Page } from '@playwright/test';
import { at } from './site.ts';
import { samplePages } from './site-pages.ts';

/** Paths of the page's requests (the site is its only origin), recorded from now on. */
function record(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('http')) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

const scripts = (paths: string[]) => paths.filter((p) => p.endsWith('.js'));
const pagefind = (paths: string[]) => paths.filter((p) => p.startsWith(at('pagefind/')));
const quickIndex = (paths: string[]) => paths.filter((p) => p.startsWith(at('quick-search/')));

test('a page loads no search code until the search box is used', async ({ page }) => {
  const brief = samplePages(1).find((p) => p.type === 'briefs/*')!.path;
  const requests = record(page);
  await page.goto(brief);
  await page.waitForLoadState('networkidle');
  const atLoad = [...requests];
  expect(scripts(atLoad).length, 'the header bootstrap').toBeGreaterThan(0);
  expect(pagefind(atLoad)).toEqual([]);
  expect(quickIndex(atLoad)).toEqual([]);

  // Focusing the box loads the live-search code, and still no index.
  await page.locator('#site-search').focus();
  await page.waitForLoadState('networkidle');
  await expect.poll(() => scripts(requests).length).toBeGreaterThan(scripts(atLoad).length);
  const onFocus = scripts(requests).filter((p) => !atLoad.includes(p));
  expect(onFocus.length, 'live search code loaded on focus').toBeGreaterThan(0);

  // Typing runs a search: the quick index's manifest and a shard come now, Pagefind does not.
  await page.keyboard.type('Xiaomi');
  await expect(page.locator('#site-search-popup ol a').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(quickIndex(requests)).toContain(at('quick-search/index.json'));
  expect(quickIndex(requests).length).toBeGreaterThanOrEqual(2);
  expect(pagefind(requests)).toEqual([]);

  // Enter searches the full text on /search/, which loads Pagefind.
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  expect(pagefind(requests)).toContain(at('pagefind/pagefind.js'));
});

test('the / shortcut alone also loads the search code on demand', async ({ page }) => {
  const requests = record(page);
  await page.goto(at('entities/'));
  await page.waitForLoadState('networkidle');
  const before = scripts(requests).length;
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await expect.poll(() => scripts(requests).length).toBeGreaterThan(before);
  expect(pagefind(requests)).toEqual([]);
});
