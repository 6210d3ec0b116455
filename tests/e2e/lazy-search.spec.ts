// The search code loads only when search is used: a page loads the small header
// bootstrap and nothing of the live search or Pagefind until the reader focuses the
// search box; typing a query then fetches Pagefind. (Static budgets: tests/hosts/budgets.test.ts.)
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

test('a page loads no search code until the search box is used', async ({ page }) => {
  const brief = samplePages(1).find((p) => p.type === 'briefs/*')!.path;
  const requests = record(page);
  await page.goto(brief);
  await page.waitForLoadState('networkidle');
  const atLoad = [...requests];
  expect(scripts(atLoad).length, 'the header bootstrap').toBeGreaterThan(0);
  expect(pagefind(atLoad)).toEqual([]);

  // Focusing the box loads the live-search code, and still no index.
  await page.locator('#site-search').focus();
  await page.waitForLoadState('networkidle');
  await expect.poll(() => scripts(requests).length).toBeGreaterThan(scripts(atLoad).length);
  const onFocus = scripts(requests).filter((p) => !atLoad.includes(p));
  expect(onFocus.length, 'live search code loaded on focus').toBeGreaterThan(0);

  // Typing runs a search: Pagefind's runtime and index come now.
  await page.keyboard.type('Xiaomi');
  await expect(page.locator('#site-search-popup ol a').first()).toBeVisible();
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
