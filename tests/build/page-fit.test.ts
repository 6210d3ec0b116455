// Content the published site does not have, through whole builds served under the strict
// CSP: a brief whose title and body are one long unbroken word and URL, with a Markdown table
// (aligned columns), a code block and footnotes, and a fund known only by its Arabic name.
// Two builds run at once with their output outside the project (as a test or a deploy to
// /srv does), so they must take turns in Astro's shared scratch folder. In Chromium: no page
// scrolls sideways at 320 px, no CSP violation, no axe violation on the brief, and a
// right-to-left name keeps its count after it and is marked with its language.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteBuild, type SiteBuild } from '../support/build-site.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { removeTrees, writeTree } from '../support/content-tree.ts';
import { STRICT_CSP } from '../support/csp.ts';
import { createStaticServer } from '../support/static-server.ts';

const WORD = 'Northwindelectricdeliveryvanmanufacturingandchargingnetworkholdingscompany';
const URL_ = 'https://registry.example.com/filings/northwind/a-very-long-path-without-any-spaces/annual-report-2024?section=all';
const BRIEF = 'northwind-files-tariffs';

const TREE = {
  'entities/nakhil-fund.yaml': `name: صندوق النخيل
type: fund
description: An invented fund, known only by its Arabic name.
aliases:
  - name: صندوق النخيل
    lang: ar
    kind: native
  - name: Nakhil Fund
    lang: en
    kind: translation
relations:
  - type: invests-in
    target: northwind-motors
    source:
      brief: northwind-raises-funds
`,
  [`briefs/${BRIEF}.mdx`]: `---
title: ${WORD} files ${URL_}
status: published
published: 2026-11-22
topics:
  - harbour-trade
entities:
  - northwind-motors
source:
  file: story-002.txt
  sha256: "${'0'.repeat(64)}"
  lang: en
  date:
    value: "2024-06"
    precision: month
    basis: stated
---

${WORD} published its tariffs[^1] at ${URL_}:

| Berth | Depth (m) | Fee (EUR) |
|:------|----------:|:---------:|
| North | 14.5 | 1,200 |
| ${WORD} | 9.0 | 700 |

\`\`\`text
berth=north depth=14.5 fee=1200 name=${WORD}${WORD}
\`\`\`

[^1]: In an invented gazette.
`,
};

const BUILDS = [
  { name: 'root', base: '/', siteUrl: 'https://fit.example.org' },
  { name: 'deep', base: '/x-y_z.1/a/', siteUrl: 'https://intranet.example.com' },
];
const work = mkdtempSync(join(tmpdir(), 'dossier-fit-'));
const siteOf = (name: string) => join(work, name, 'site');
const results = new Map<string, SiteBuild>();
let server: Server;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  const content = join(writeTree(TREE), 'content');
  const runs = BUILDS.map((b) =>
    startSiteBuild({ content, out: siteOf(b.name), work: join(work, b.name), base: b.base, siteUrl: b.siteUrl }).then((r) =>
      results.set(b.name, r),
    ),
  );
  await Promise.all(runs);
  const deep = BUILDS[1]!;
  server = createStaticServer({ dir: siteOf(deep.name), base: deep.base, csp: STRICT_CSP });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}${deep.base}`;
  browser = await chromium.launch(chromiumLaunchOptions());
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  removeTrees();
  rmSync(work, { recursive: true, force: true });
});

/** A page opened under the CSP, with what the browser refused or reported as an error. */
async function open(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`)),
  );
  const response = await page.goto(`${origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return problems;
}

describe('two builds at once, output outside the project', () => {
  it('both succeed, and every stylesheet a page links to is in its site', () => {
    for (const b of BUILDS) {
      const run = results.get(b.name)!;
      expect(run.status, run.output).toBe(0);
      const home = readFileSync(join(siteOf(b.name), 'index.html'), 'utf8');
      const sheets = [...home.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      expect(sheets.length).toBeGreaterThan(0);
      for (const href of sheets) expect(existsSync(join(siteOf(b.name), href.slice(b.base.length))), href).toBe(true);
    }
    // Started together, one waited for the other (src/cli/build-lock.ts).
    expect([...results.values()].filter((r) => r.output.includes('Waiting for another build of this project'))).toHaveLength(1);
  });
});

describe('long words, body tables, code and a right-to-left name in Chromium, under the CSP', () => {
  const pages = [`briefs/${BRIEF}/`, 'briefs/', 'topics/harbour-trade/', 'entities/', 'entities/type/fund/'];

  it('no page scrolls sideways at 320 px, and none breaks the CSP', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      for (const path of pages) {
        const problems = await open(page, path);
        expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), path).toBeLessThanOrEqual(320);
        expect(problems, path).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  it('the brief passes axe, its table scrolls in a named frame and keeps its column alignment', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    try {
      await open(page, `briefs/${BRIEF}/`);
      const frame = page.getByRole('region', { name: 'Table: Berth, Depth (m), Fee (EUR)' });
      await expect.poll(() => frame.count()).toBe(1);
      expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth && el.tabIndex === 0)).toBe(true);
      const align = await page
        .locator('td.align-right, td.align-center')
        .evaluateAll((cells) => cells.map((c) => getComputedStyle(c).textAlign));
      expect(new Set(align)).toEqual(new Set(['right', 'center']));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a right-to-left entity name keeps its brief count after it, as the list's own direction reads", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    try {
      await open(page, 'entities/');
      const item = page.locator('li', { has: page.getByRole('link', { name: 'صندوق النخيل' }) });
      const [name, count] = await Promise.all([item.locator('a').boundingBox(), item.locator('small').boundingBox()]);
      expect(count!.x).toBeGreaterThanOrEqual(name!.x + name!.width);
    } finally {
      await page.close();
    }
  });

  it('an entity name whose language its file declares is marked with it, on its page and where it is linked', () => {
    const site = siteOf('root');
    const marked = '<span lang="ar" dir="rtl">صندوق النخيل</span>';
    for (const path of ['entities/nakhil-fund/index.html', 'entities/index.html', 'entities/type/fund/index.html'])
      expect(readFileSync(join(site, path), 'utf8'), path).toContain(marked);
    // And in the picture of its connections, whose labels are SVG text.
    expect(readFileSync(join(site, 'entities/nakhil-fund/index.html'), 'utf8')).toMatch(
      /<text[^>]* lang="ar" direction="rtl"[^>]*>\s*صندوق النخيل/,
    );
    // The English names around it are not marked.
    expect(readFileSync(join(site, 'entities/index.html'), 'utf8')).not.toMatch(/<span lang="en"/);
  });
});
