// Every page type works under the strict Content-Security-Policy (tests/support/csp.ts):
// the site is served here by its own static server sending that header, and a test
// fails on any console error, page error or CSP violation, searches included.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { STRICT_CSP } from '../support/csp.ts';
import { createStaticServer } from '../support/static-server.ts';
import { BASE } from './site.ts';
import { E2E_DIR, MISSING_PATH, samplePages } from './site-pages.ts';

let server: Server;
let origin = '';

test.beforeAll(async () => {
  // Port 0: the system picks a free port, so parallel workers and other runs never collide.
  server = createStaticServer({ dir: E2E_DIR, base: BASE, csp: STRICT_CSP });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

/** Collects console errors, uncaught errors and CSP violations of a page. */
async function watch(page: Page, expectedMissing?: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the 404 status of a missing page's own document; that one is expected.
    if (expectedMissing && message.location().url === expectedMissing && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Init scripts come through the DevTools protocol, so the CSP does not block this listener.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return problems;
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
}

test('the CSP header is in force: injected inline code is blocked and reported', async ({ page }) => {
  const problems = await watch(page);
  const response = await page.goto(`${origin}${BASE}`);
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => problems.join('\n')).toMatch(/CSP violation: script-src/);
});

for (const { type, path } of samplePages(1)) {
  test(`no CSP violation or error: page type ${type} (${path})`, async ({ page }) => {
    const problems = await watch(page);
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status()).toBe(200);
    await settle(page);
    // The header search bootstrap ran (it binds the "/" shortcut), so scripts are allowed where they should be.
    await page.keyboard.press('/');
    await expect(page.locator(path.endsWith('/search/') ? '#q' : '#site-search')).toBeFocused();
    await settle(page);
    expect(problems).toEqual([]);
  });
}

test('no CSP violation or error on the 404 page', async ({ page }) => {
  const url = `${origin}${MISSING_PATH}`;
  const problems = await watch(page, url);
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await settle(page);
  expect(problems).toEqual([]);
});

test('header search works under the CSP (its quick index files)', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(`${origin}${BASE}briefs/`);
  await page.locator('#site-search').pressSequentially('Xiaomi');
  await expect(page.locator('#site-search-popup ol a').first()).toBeVisible();
  await expect(page.locator('[data-header-search-status]')).toHaveText(/^\d+ names? (?:and titles match|or title matches) “Xiaomi”/);
  await settle(page);
  expect(problems).toEqual([]);
});

test('the search page works under the CSP, filters included', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(`${origin}${BASE}search/?q=${encodeURIComponent('Alibaba')}`);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await page.locator('select[name="type"]').selectOption({ index: 1 });
  await expect(page).toHaveURL(/[?&]type=/);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  await settle(page);
  expect(problems).toEqual([]);
});
