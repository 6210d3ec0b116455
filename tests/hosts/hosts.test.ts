// Every built site variant, on a plain static file server and on nginx under its base
// path, both sending the strict CSP: crawling from the sitemap reaches every built page,
// and every link, asset, image, feed, export URL and #fragment found on the way resolves
// (200, right content type, no redirect). Missing addresses get the site's 404 page,
// whose links work too. In Chromium, search (Pagefind's WebAssembly and index files, as
// each host serves them) finds results whose links stay under the base path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { crawlSite, formatBroken, type CrawlResult } from '../support/crawl-site.ts';
import { STRICT_CSP } from '../support/csp.ts';
import { createStaticServer } from '../support/static-server.ts';
import { builtFiles, pagePath } from './dist-files.ts';
import { findNginx, startNginx } from './nginx.ts';
import { VARIANTS, publicRoot, type SiteVariant } from './variants.ts';

/**
 * Addresses that do not exist, one of them deep, so relative links on the error page would break,
 * and a folder that holds files but no page (nginx answers such a folder with 403 unless told).
 */
const MISSING = ['no-such-page/', 'briefs/no-such-brief/deeper/still/', 'pagefind/'];

/** hrefs inside a brief page's summary, the part written in the brief's MDX body. */
function summaryLinks(html: string): string[] {
  const doc = parseDocument(html);
  const summary = DomUtils.findOne((el) => el.name === 'section' && el.attribs['aria-labelledby'] === 'summary', doc.children);
  return summary ? DomUtils.findAll((el) => el.name === 'a', summary.children).map((a) => a.attribs.href ?? '') : [];
}

interface Host {
  name: string;
  start(v: SiteVariant): Promise<{ origin: string; stop(): Promise<void> }>;
  skip?: string | undefined;
}

const nginx = findNginx();
if (!nginx)
  console.warn('hosts: nginx is not installed, so the nginx tests are skipped (Debian: apt-get install -y nginx; .ci/run installs it).');
const HOSTS: Host[] = [
  {
    name: 'static file server',
    async start(v) {
      const server = createStaticServer({ dir: v.dir, base: v.base, csp: STRICT_CSP });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      return {
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      };
    },
  },
  {
    name: 'nginx',
    skip: nginx ? undefined : 'nginx is not installed (Debian: apt-get install -y nginx); .ci/run installs it',
    start: (v) => startNginx(nginx!, { dir: v.dir, base: v.base, csp: STRICT_CSP }),
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
});

/** Console errors, page errors and CSP violations of a page. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

for (const v of VARIANTS) {
  for (const host of HOSTS) {
    describe(`${v.name} build (BASE_PATH=${v.base}) on ${host.name}`, () => {
      let server: { origin: string; stop(): Promise<void> } | undefined;
      let root = '';
      let result: CrawlResult;

      beforeAll(async () => {
        if (host.skip) return;
        server = await host.start(v);
        root = `${server.origin}${v.base}`;
        result = await crawlSite({ root, siteUrl: publicRoot(v), missing: MISSING });
      });
      afterAll(async () => {
        await server?.stop();
      });

      it('has no broken link, asset, feed, export URL or fragment', (ctx) => {
        if (host.skip) ctx.skip(host.skip);
        expect(result.sitemapPages.length, 'pages listed in the sitemap').toBeGreaterThan(0);
        expect(result.broken, `broken references:\n${formatBroken(result.broken)}`).toEqual([]);
      });

      it('reaches every built page from the sitemap and its links', (ctx) => {
        if (host.skip) ctx.skip(host.skip);
        const reached = new Set(result.pages.map((url) => new URL(url).pathname));
        const built = builtFiles(v.dir, '.html')
          .filter((f) => f !== '404.html')
          .map((f) => `${v.base}${pagePath(f)}`);
        expect(
          built.filter((path) => !reached.has(path)),
          'built pages no sitemap entry or link leads to',
        ).toEqual([]);
      });

      it('followed the site links written inside brief Markdown, under the base path', (ctx) => {
        if (host.skip) ctx.skip(host.skip);
        // The crawl checked them with everything else; this makes sure there were some to check.
        const contentLinks = builtFiles(v.dir, '.html')
          .filter((f) => /^briefs\/[^/]+\/index\.html$/.test(f))
          .flatMap((f) => summaryLinks(readFileSync(join(v.dir, f), 'utf8')))
          .filter((href) => href.startsWith('/'));
        expect(contentLinks.length, 'root-relative links in brief summaries').toBeGreaterThan(0);
        for (const href of contentLinks) {
          expect(href.startsWith(v.base), href).toBe(true);
          expect(result.fetched.get(new URL(href, root).href.replace(/#.*/, '')), href).toBe(200);
        }
      });

      it("answers missing addresses with the site's own 404 page", async (ctx) => {
        if (host.skip) ctx.skip(host.skip);
        const errorPage = readFileSync(join(v.dir, '404.html'), 'utf8');
        for (const missing of MISSING) {
          const response = await fetch(`${root}${missing}`);
          expect(response.status, missing).toBe(404);
          expect(await response.text(), missing).toBe(errorPage);
        }
      });

      // The test file server redirects nothing, by design: a redirect is the real host's part.
      if (host.name === 'nginx' && v.base !== '/')
        it('sends the base path typed without its slash on to the site, with its query', async (ctx) => {
          if (host.skip) ctx.skip(host.skip);
          const response = await fetch(`${server!.origin}${v.base.slice(0, -1)}?q=vans`, { redirect: 'manual' });
          expect(response.status).toBe(301);
          expect(response.headers.get('location')).toBe(`${v.base}?q=vans`);
        });

      it('searches in the browser, from the header and on the search page, under the CSP', async (ctx) => {
        if (host.skip) ctx.skip(host.skip);
        const page = await browser.newPage();
        try {
          const problems = await watch(page);
          await page.goto(`${root}briefs/`);
          await page.locator('#site-search').pressSequentially('Xiaomi');
          const popupLinks = page.locator('#site-search-popup ol a');
          await popupLinks.first().waitFor();
          const hrefs = await popupLinks.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
          expect(hrefs.length).toBeGreaterThan(0);
          for (const href of hrefs) expect(href.startsWith(v.base), href).toBe(true);
          // A result opens its page.
          const response = await page.goto(new URL(hrefs[0]!, root).href);
          expect(response?.status()).toBe(200);

          await page.goto(`${root}search/?q=Alibaba`);
          await page.locator('[data-search-results] a').first().waitFor();
          const results = await page
            .locator('[data-search-results] a')
            .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
          for (const href of results) expect(href.startsWith(v.base), href).toBe(true);
          expect(problems).toEqual([]);
        } finally {
          await page.close();
        }
      });

      it('sends the strict Content-Security-Policy header', async (ctx) => {
        if (host.skip) ctx.skip(host.skip);
        const response = await fetch(root);
        expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
      });
    });
  }
}
