import { expect, test } from '@playwright/test';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { at, data, pathOf, type BriefRecord, type DealRecord, type EntityRecord } from './site.ts';

const REQUIRED_ENTITIES = (
  'alibaba-group alibaba-cloud alibaba-entrepreneurs-fund xpeng foxconn idg-capital tencent baidu nio wm-motor tesla ford bmw ' +
  'xiaomi great-wall-motor lei-jun zang-ziyuan bytedance zhang-yiming moonshot-ai minimax dify sealos hong-kong-cyberport ' +
  'elon-musk galbot apple hyundai reuters'
).split(' ');

test('home shows counts, latest briefs and most-mentioned entities', async ({ page, request }) => {
  const briefs = await data<BriefRecord>(request, 'briefs');
  await page.goto(at());
  await expect(page.locator('h1')).toHaveText('Dossier');
  await expect(page.getByRole('list', { name: 'Counts' })).toContainText(`${briefs.length} briefs`);
  const latest = page.locator('section[aria-labelledby="latest"] h3 a');
  await expect(latest).toHaveCount(Math.min(10, briefs.length));
  await expect(page.locator('section[aria-labelledby="most-mentioned"] li').first()).toBeVisible();
});

test('every brief is reachable from home and shows its summaries, provenance and caveats', async ({ page, request }) => {
  const briefs = await data<BriefRecord & { caveats: unknown[] }>(request, 'briefs');
  expect(briefs.length).toBeGreaterThan(0);
  for (const b of briefs) {
    await page.goto(at());
    await page.getByRole('link', { name: b.title, exact: true }).first().click();
    await expect(page).toHaveURL(pathOf(b.url));
    await expect(page.locator('h1')).toHaveText(b.title);
    await expect(page.locator('section[aria-labelledby="summary"]')).toContainText(b.summary.split(/\s+/).slice(0, 6).join(' '));
    await expect(page.locator('section[aria-labelledby="provenance"]')).toContainText(b.source.file);
    if (b.sourceSummary) {
      const own = page.locator('section[aria-labelledby="source-summary"] [lang]');
      await expect(own).toHaveAttribute('lang', b.sourceSummary.lang);
    }
    if (b.source.headline) await expect(page.locator('blockquote')).toHaveText(b.source.headline);
    if (b.caveats.length) await expect(page.locator('section[aria-labelledby="caveats"] li')).toHaveCount(b.caveats.length);
  }
});

test('briefs list filters by language, topic and year', async ({ page, request }) => {
  const briefs = await data<BriefRecord>(request, 'briefs');
  await page.goto(at('briefs/'));
  await expect(page.locator('main h2 a')).toHaveCount(briefs.length);
  const langFilter = page.locator('.filter-nav a[href*="/briefs/language/"]').first();
  const label = await langFilter.textContent();
  const expected = Number(/\((\d+)\)/.exec(label ?? '')![1]);
  await langFilter.click();
  await expect(page.locator('main h2 a')).toHaveCount(expected);
  await expect(page.locator('.filter-nav a[aria-current="page"]')).toHaveText(label!);
});

test('every required entity has a page that lists its briefs, newest first', async ({ page, request }) => {
  const entities = await data<EntityRecord>(request, 'entities');
  const briefs = new Map((await data<BriefRecord>(request, 'briefs')).map((b) => [b.id, b]));
  const ids = new Set(entities.map((e) => e.id));
  for (const id of REQUIRED_ENTITIES) expect(ids, `entity ${id}`).toContain(id);
  for (const e of entities.filter((x) => REQUIRED_ENTITIES.includes(x.id))) {
    await page.goto(pathOf(e.url));
    await expect(page.locator('h1')).toContainText(e.name);
    const listed = page.locator('section[aria-labelledby="briefs"] h3 a');
    await expect(listed).toHaveText(e.briefs.map((id) => briefs.get(id)!.title));
  }
});

test('entities index groups by type, and each type\'s own page lists all of it', async ({ page, request }) => {
  const entities = await data<EntityRecord>(request, 'entities');
  const byType = Map.groupBy(entities, (e) => e.type);
  await page.goto(at('entities/'));
  // A type is shown whole up to the overview's limit, and by its most mentioned past it.
  const shown = [...byType.values()].reduce((n, list) => n + Math.min(list.length, PAGE_SIZE.entityOverview), 0);
  await expect(page.locator('.entity-groups li a')).toHaveCount(shown);
  await expect(page.locator('.entity-groups h2').first()).toContainText('Companies');
  for (const [type, list] of byType) {
    await page.goto(at(`entities/type/${type}/`));
    await expect(page.locator('.entity-names li a')).toHaveCount(Math.min(list.length, PAGE_SIZE.entities));
    const current = page.locator('nav[aria-label="Filter entities"] a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', new RegExp(`entities/type/${type}/$`));
  }
});

test('deals table shows every deal with parties, roles and amounts', async ({ page, request }) => {
  const deals = await data<DealRecord>(request, 'deals');
  expect(deals.length).toBeGreaterThan(0);
  await page.goto(at('deals/'));
  const rows = page.locator('[data-deal-table] tbody tr');
  await expect(rows).toHaveCount(deals.length);
  for (const d of deals) {
    const row = rows.filter({ has: page.locator(`a[href$="#deal-${d.id}"]`) });
    await expect(row).toContainText(d.title);
    for (const p of d.parties) await expect(row).toContainText(`(${p.role.replace(/-/g, ' ')})`);
    if (d.amount) await expect(row.locator('td.num').first()).not.toContainText('not reported');
  }
});

test('every deal links to its row on the page of the brief that reports it, with notes on its parties', async ({ page, request }) => {
  const deals = await data<DealRecord & { briefs: string[]; url: string; note?: string }>(request, 'deals');
  const briefs = new Map((await data<BriefRecord>(request, 'briefs')).map((b) => [b.id, b]));
  for (const d of deals) {
    const url = new URL(d.url);
    const home = d.briefs.find((id) => briefs.has(id))!;
    expect(url.pathname).toBe(new URL(briefs.get(home)!.url).pathname);
    await page.goto(at(`briefs/${home}/`) + url.hash);
    const row = page.locator('tr:target');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(d.title);
    for (const p of d.parties) await expect(row).toContainText(`(${p.role.replace(/-/g, ' ')})`);
    if (d.note) await expect(row).toContainText(d.note);
  }
  // From the deals table, a deal's title leads to that row.
  await page.goto(at('deals/'));
  const first = page.locator('[data-deal-table] tbody tr a[href*="#deal-"]').first();
  const title = await first.textContent();
  await first.click();
  await expect(page.locator('tr:target')).toContainText(title!);
});

test('an entity page shows relations in both directions and deals with roles', async ({ page }) => {
  await page.goto(at('entities/xpeng/'));
  await expect(page.locator('section[aria-labelledby="relations"] li').first()).toBeVisible();
  await expect(page.locator('section[aria-labelledby="funding"] table').first()).toContainText('target');
  await expect(page.locator('section[aria-labelledby="aliases"] td [lang="zh-Hans"]').first()).toBeVisible();
});

test('open data exports every published record with its url', async ({ request }) => {
  for (const name of ['briefs', 'entities', 'deals'] as const) {
    const records = await data<{ id: string; url: string }>(request, name);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(r.url).toMatch(/^https?:\/\/.+\/dossier\//);
  }
  const briefs = await data<BriefRecord>(request, 'briefs');
  for (const b of briefs) expect(b.source.file).toMatch(/\.txt$/);
});

test('unknown paths get the 404 page', async ({ page }) => {
  const res = await page.goto(at('no/such/page/'));
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('text in other languages carries lang', async ({ page, request }) => {
  const briefs = await data<BriefRecord>(request, 'briefs');
  const bn = briefs.find((b) => b.source.lang === 'bn');
  expect(bn, 'the Bengali brief is published').toBeTruthy();
  await page.goto(pathOf(bn!.url));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[lang="bn"]').first()).toBeVisible();
});

test('a fact reported by two briefs is compared on both brief pages and on the entity page', async ({ page, request }) => {
  const briefs = await data<BriefRecord & { figures: { key: string; entity: string; value: number }[] }>(request, 'briefs');
  const byKey = new Map<string, { brief: (typeof briefs)[number]; entity: string }[]>();
  for (const b of briefs) for (const f of b.figures) byKey.set(f.key, [...(byKey.get(f.key) ?? []), { brief: b, entity: f.entity }]);
  const shared = [...byKey.values()].filter((list) => new Set(list.map((x) => x.brief.id)).size >= 2);
  expect(shared.length).toBeGreaterThan(0);
  for (const list of shared) {
    const ids = [...new Set(list.map((x) => x.brief.id))];
    for (const id of ids) {
      await page.goto(pathOf(list.find((x) => x.brief.id === id)!.brief.url));
      const section = page.locator('section[aria-labelledby="facts-compared"]');
      await expect(section).toBeVisible();
      // Every other brief that reports the fact is linked from the comparison.
      for (const other of ids.filter((o) => o !== id)) await expect(section.locator(`a[href$="/briefs/${other}/"]`).first()).toBeAttached();
    }
    await page.goto(at(`entities/${list[0]!.entity}/`));
    await expect(page.locator('section[aria-labelledby="facts-compared"] .fact').first()).toBeVisible();
  }
});
