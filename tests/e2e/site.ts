import type { APIRequestContext, Page } from '@playwright/test';

/** The base path the e2e site is built under (see build-site.ts). */
export const BASE = process.env.E2E_BASE ?? '/dossier/';
export const at = (path = '') => `${BASE}${path.replace(/^\//, '')}`;

export interface BriefRecord {
  id: string;
  url: string;
  title: string;
  summary: string;
  sourceSummary?: { lang: string; text: string };
  entities: string[];
  source: { file: string; lang: string; headline?: string };
}
export interface EntityRecord {
  id: string;
  url: string;
  name: string;
  type: string;
  briefs: string[];
  aliases: { name: string; lang: string }[];
}
export interface DealRecord {
  id: string;
  title: string;
  parties: { entity: string; role: string }[];
  amount?: { value: number; currency: string; usd?: number };
}

export async function data<T>(request: APIRequestContext, name: 'briefs' | 'entities' | 'deals'): Promise<T[]> {
  const res = await request.get(at(`data/${name}.json`));
  if (!res.ok()) throw new Error(`data/${name}.json: HTTP ${res.status()}`);
  return (await res.json()) as T[];
}

/** Path part of an absolute record url, for comparing with links on pages. */
export const pathOf = (url: string) => new URL(url).pathname;

/** Runs a query on /search/?q= and returns the result hrefs in rank order once the search settles. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`${at('search/')}?q=${encodeURIComponent(query)}`);
  const results = page.locator('[data-search-results]');
  await results.and(page.locator('[aria-busy="false"]')).waitFor({ state: 'attached' });
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-search-results]');
    return el?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-status]')?.textContent?.trim();
  });
  return results.locator('a').evaluateAll((links) =>
    links.map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return u.pathname + u.hash;
    }),
  );
}

/**
 * Runs a query by typing it into the /search/ page already open (no reload, so a long
 * list of queries shares one loaded index) and returns the result hrefs in rank order.
 */
export async function searchInPage(page: Page, query: string, options: { all?: boolean } = {}): Promise<string[]> {
  if (!page.url().includes('/search/')) await page.goto(at('search/'));
  // Filling in the same text again would start a second, identical search mid-read.
  if ((await page.locator('#q').inputValue()) !== query) await page.locator('#q').fill(query);
  await page.waitForFunction((q) => {
    const results = document.querySelector('[data-search-results]');
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return (
      results?.getAttribute('aria-busy') === 'false' && status.includes(`“${q}”`) && new URL(location.href).searchParams.get('q') === q
    );
  }, query.trim());
  if (options.all) await showAllResults(page);
  return page.locator('[data-search-results] a').evaluateAll((links) =>
    links.map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return u.pathname + u.hash;
    }),
  );
}

/** Presses “Show more” on /search/ until every result is listed. */
export async function showAllResults(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] a').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] a').length > n, before);
  }
  return page.locator('[data-search-results] a').evaluateAll((links) =>
    links.map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return u.pathname + u.hash;
    }),
  );
}
