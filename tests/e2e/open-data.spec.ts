// Open data, feed, sitemap, robots.txt and share metadata of the built site (under BASE).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { DEAL_CSV_COLUMNS } from '../../src/lib/open-data/deals-csv.ts';
import { FEED_SIZE } from '../../src/lib/open-data/feed.ts';
import { SITE_IDENTITY } from '../../src/lib/site/identity.ts';
import type { BriefRecord, DealRecord, EntityRecord } from '../../src/schemas/exports.ts';
import { describeErrors, jsonSchemaValidator } from '../support/json-schema.ts';
import { at, BASE, data, pathOf } from './site.ts';
import { builtData, sitemapPaths } from './site-pages.ts';

const COLLECTIONS = ['briefs', 'entities', 'deals'] as const;
const SITE_DIR = '.dist-e2e';
// Text stays text: a title such as "2024" must not come back as a number.
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

async function text(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.text();
}

/** Every HTML page of the build: its URL path and the head tags the tests read. */
function builtPages() {
  const pages: { path: string; noindex: boolean; canonical?: string; ogUrl?: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const html = readFileSync(full, 'utf8');
        const local = relative(SITE_DIR, full).split(sep).join('/');
        pages.push({
          path: BASE + local.replace(/(^|\/)index\.html$/, '$1'),
          noindex: /<meta name="robots" content="noindex">/.test(html),
          canonical: /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1],
          ogUrl: /<meta property="og:url" content="([^"]+)">/.exec(html)?.[1],
        });
      }
    }
  };
  walk(SITE_DIR);
  return pages;
}

test('every open-data export validates against the JSON Schema published beside it', async ({ request }) => {
  const ajv = jsonSchemaValidator();
  for (const collection of COLLECTIONS) {
    const schema = JSON.parse(await text(request, at(`data/schema/${collection}.json`))) as Record<string, unknown>;
    expect(pathOf(String(schema.$id))).toBe(at(`data/schema/${collection}.json`));
    expect(schema.title, collection).toBeTruthy();
    expect(schema.description, collection).toBeTruthy();
    const records = await data<{ url: string }>(request, collection);
    expect(records.length, collection).toBeGreaterThan(0);
    const validate = ajv.compile(schema);
    const valid = validate(records);
    expect(describeErrors(validate.errors), collection).toEqual([]);
    expect(valid).toBe(true);
    for (const r of records) expect(pathOf(r.url).startsWith(BASE), r.url).toBe(true);
  }
});

test('deals.csv reads back as the records of deals.json: same ids, parties, amounts and briefs', async ({ request }) => {
  const deals = await data<DealRecord>(request, 'deals');
  const csv = await text(request, at('data/deals.csv'));
  expect(csv.split('\r\n')[0]).toBe(DEAL_CSV_COLUMNS.map(([c]) => c).join(','));
  expect(csv.endsWith('\r\n')).toBe(true);
  const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.id)).toEqual(deals.map((d) => d.id));
  const guarded = (t: string) => (/^[=+\-@\t\r]/.test(t) ? `'${t}` : t);
  deals.forEach((d, i) => {
    const row = rows[i]!;
    const usd = d.amount ? (d.amount.currency === 'USD' ? d.amount.value : d.amount.usd) : undefined;
    expect(row, d.id).toMatchObject({
      url: d.url,
      title: guarded(d.title),
      kind: d.kind,
      status: d.status,
      date: d.date?.value ?? '',
      date_precision: d.date?.precision ?? '',
      parties: d.parties.map((p) => `${p.entity}:${p.role}`).join('; '),
      amount_value: d.amount ? String(d.amount.value) : '',
      amount_currency: d.amount?.currency ?? '',
      amount_usd: usd === undefined ? '' : String(usd),
      briefs: d.briefs.join('; '),
    });
    if (row.amount_value) expect(Number(row.amount_value)).toBe(d.amount!.value);
  });
});

/** The briefs the feed should carry, newest first: read from the build so each item's page is a test of its own. */
const FEED_BRIEFS = builtData<BriefRecord>('briefs')
  .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id))
  .slice(0, FEED_SIZE);

async function feedItems(request: APIRequestContext) {
  const feed = xml.parse(await text(request, at('rss.xml'))) as { rss: { channel: Record<string, unknown> } };
  return { channel: feed.rss.channel, items: list(feed.rss.channel.item as Record<string, unknown> | Record<string, unknown>[]) };
}

test('the RSS feed carries the newest published briefs with dates, summaries and links', async ({ request }) => {
  const { channel, items } = await feedItems(request);
  expect(pathOf(String(channel.link))).toBe(at());
  expect(pathOf(String((channel['atom:link'] as Record<string, string>)['@href']))).toBe(at('rss.xml'));
  expect(items.map((i) => i.link)).toEqual(FEED_BRIEFS.map((b) => b.url));
  for (const [n, item] of items.entries()) {
    const b = FEED_BRIEFS[n]!;
    expect(b.status).toBe('published');
    expect(item.title).toBe(b.title);
    expect(new Date(String(item.pubDate)).toISOString().slice(0, 10)).toBe(b.published);
    expect(item.description).toBe(b.summaryText);
    expect((item.guid as Record<string, string>)['#text']).toBe(b.url);
  }
});

for (const b of FEED_BRIEFS) {
  test(`the RSS item of brief ${b.id} links to its page, which shows its title and the item's topics`, async ({ page, request }) => {
    const item = (await feedItems(request)).items.find((i) => i.link === b.url);
    expect(item, `${b.id} is in the feed`).toBeTruthy();
    const response = await page.goto(pathOf(String(item!.link)));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(b.title);
    await expect(page.locator('ul.chips[aria-label="Topics"] a')).toHaveText(list(item!.category as string | string[]));
  });
}

test('the sitemap lists every indexable page, no noindex page, and each at its canonical address', async ({ request }) => {
  // Reads every HTML file of the build and every sitemap: the work grows with the site.
  test.setTimeout(30_000 + 5 * sitemapPaths().length);
  const index = xml.parse(await text(request, at('sitemap-index.xml')));
  const locs: string[] = [];
  for (const s of list(index.sitemapindex.sitemap) as { loc: string }[]) {
    const sitemap = xml.parse(await text(request, pathOf(s.loc)));
    locs.push(...(list(sitemap.urlset.url) as { loc: string }[]).map((u) => u.loc));
  }
  const pages = builtPages();
  const indexable = pages.filter((p) => !p.noindex);
  expect(indexable.length).toBeGreaterThan(10);
  expect(pages.some((p) => p.noindex)).toBe(true);
  expect(new Set(locs).size).toBe(locs.length);
  expect(locs.map(pathOf).sort()).toEqual(indexable.map((p) => p.path).sort());
  const briefs = await data<BriefRecord>(request, 'briefs');
  const origin = new URL(briefs[0]!.url).origin;
  for (const p of indexable) {
    expect(p.canonical, p.path).toBe(`${origin}${p.path}`);
    expect(p.ogUrl, p.path).toBe(p.canonical);
  }
  for (const p of pages.filter((x) => x.noindex)) expect(p.canonical, p.path).toBeUndefined();
  const listed = new Set(locs);
  expect(briefs.filter((b) => !listed.has(b.url)).map((b) => b.url)).toEqual([]);
});

test('robots.txt points at the sitemap under the base path', async ({ request }) => {
  const lines = (await text(request, at('robots.txt'))).split('\n');
  expect(lines[0]).toBe('User-agent: *');
  const sitemap = lines.find((l) => l.startsWith('Sitemap: '))!.slice('Sitemap: '.length);
  expect(pathOf(sitemap)).toBe(at('sitemap-index.xml'));
  expect((await request.get(pathOf(sitemap))).status()).toBe(200);
  expect(lines).toContain(`Disallow: ${at('pagefind/')}`);
});

test('pages carry OpenGraph and Twitter metadata: briefs as articles, entities as website pages', async ({ page, request }) => {
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
  const [b] = await data<BriefRecord>(request, 'briefs');
  await page.goto(pathOf(b!.url));
  await expect(meta('og:type')).toHaveAttribute('content', 'article');
  await expect(meta('og:title')).toHaveAttribute('content', b!.title);
  await expect(meta('og:url')).toHaveAttribute('content', b!.url);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', b!.url);
  await expect(meta('og:description')).toHaveAttribute('content', (await meta('description').getAttribute('content'))!);
  await expect(meta('og:description')).toHaveAttribute('content', b!.keyFacts[0] ?? b!.title);
  await expect(meta('article:published_time')).toHaveAttribute('content', b!.published!);
  await expect(meta('og:site_name')).toHaveAttribute('content', SITE_IDENTITY.name);
  await expect(meta('og:locale')).toHaveAttribute('content', 'en_GB');
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary');
  const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(feedHref).toBe(at('rss.xml'));
  expect((await request.get(feedHref!)).status()).toBe(200);

  const [e] = await data<EntityRecord>(request, 'entities');
  await page.goto(pathOf(e!.url));
  await expect(meta('og:type')).toHaveAttribute('content', 'website');
  await expect(meta('og:title')).toHaveAttribute('content', e!.name);
  await expect(meta('og:url')).toHaveAttribute('content', e!.url);
  await expect(meta('og:description')).toHaveAttribute('content', e!.description);
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary');
});
