import { expect, test } from '@playwright/test';
import { PAGE_SIZE } from '../../src/lib/lists/pagination.ts';
import { at, data, pathOf, type BriefRecord, type DealRecord, type EntityRecord } from './site.ts';
import { builtData, builtPagesUnder } from './site-pages.ts';

// The published records, read from the build while the tests are declared: a check made
// once per brief, deal or entity is a test of its own, so none grows with the content.
type FiguredBrief = BriefRecord & { caveats: unknown[]; figures: { key: string; entity: string; value: number }[] };
const BRIEFS = builtData<FiguredBrief>('briefs');
const ENTITIES = builtData<EntityRecord>('entities');
const DEALS = builtData<DealRecord & { briefs: string[]; url: string; note?: string }>('deals');
/** /briefs/ and its numbered pages; the same for /deals/. */
const BRIEF_LIST_PAGES = [at('briefs/'), ...builtPagesUnder(at('briefs/page/'))];
const DEAL_LIST_PAGES = [at('deals/'), ...builtPagesUnder(at('deals/page/'))];

/** Every entity a published brief or deal names: each must have its page (the list grows with the content, one test each). */
const NAMED_ENTITIES = [...new Set([...BRIEFS.flatMap((b) => b.entities), ...DEALS.flatMap((d) => d.parties.map((p) => p.entity))])].sort();

test('home shows counts, latest briefs and most-mentioned entities', async ({ page, request }) => {
  const briefs = await data<BriefRecord>(request, 'briefs');
  await page.goto(at());
  await expect(page.locator('h1')).toHaveText('Dossier');
  await expect(page.getByRole('list', { name: 'Counts' })).toContainText(`${briefs.length} briefs`);
  const latest = page.locator('section[aria-labelledby="latest"] h3 a');
  await expect(latest).toHaveCount(Math.min(10, briefs.length));
  await expect(page.locator('section[aria-labelledby="most-mentioned"] li').first()).toBeVisible();
});

test('the list of briefs, reached from home, links every brief across its pages', async ({ page, request }) => {
  const briefs = await data<BriefRecord>(request, 'briefs');
  await page.goto(at());
  await page.locator('header nav').getByRole('link', { name: 'Briefs', exact: true }).click();
  await expect(page).toHaveURL(at('briefs/'));
  // The list's later pages are fetched rather than opened: one request each, however many there are.
  const linked = new Set<string>();
  for (const path of BRIEF_LIST_PAGES) {
    const html = await (await request.get(path)).text();
    for (const [, href] of html.matchAll(/<h2[^>]*>\s*<a[^>]* href="([^"]+)"/g)) linked.add(href!);
  }
  expect(briefs.filter((b) => !linked.has(pathOf(b.url))).map((b) => b.id)).toEqual([]);
});

for (const b of BRIEFS) {
  test(`the page of brief ${b.id} shows its summaries, provenance and caveats`, async ({ page }) => {
    await page.goto(pathOf(b.url));
    await expect(page.locator('h1')).toHaveText(b.title);
    await expect(page.locator('section[aria-labelledby="summary"]')).toContainText(b.summary.split(/\s+/).slice(0, 6).join(' '));
    await expect(page.locator('section[aria-labelledby="provenance"]')).toContainText(b.source.file);
    if (b.sourceSummary) {
      const own = page.locator('section[aria-labelledby="source-summary"] [lang]');
      await expect(own).toHaveAttribute('lang', b.sourceSummary.lang);
    }
    if (b.source.headline) {
      await expect(page.locator('blockquote')).toHaveText(b.source.headline);
      // Quoted once, in its own section: not again in the provenance.
      await expect(page.locator('section[aria-labelledby="provenance"]')).not.toContainText(b.source.headline);
    }
    if (b.caveats.length) await expect(page.locator('section[aria-labelledby="caveats"] li')).toHaveCount(b.caveats.length);
  });
}

test('briefs list filters by language, topic and year', async ({ page, request }) => {
  const briefs = await data<BriefRecord>(request, 'briefs');
  await page.goto(at('briefs/'));
  // A list page holds at most one page's worth; the rest are on its numbered pages.
  await expect(page.locator('main h2 a')).toHaveCount(Math.min(briefs.length, PAGE_SIZE.briefs));
  const langFilter = page.locator('.filter-nav a[href*="/briefs/language/"]').first();
  const label = await langFilter.textContent();
  const expected = Number(/\(([\d,]+)\)/.exec(label ?? '')![1]!.replace(/,/g, ''));
  await langFilter.click();
  await expect(page.locator('main h2 a')).toHaveCount(Math.min(expected, PAGE_SIZE.briefs));
  await expect(page.locator('.filter-nav a[aria-current="page"]')).toHaveText(label!);
});

test('every entity a published brief or deal names is published', () => {
  const ids = new Set(ENTITIES.map((e) => e.id));
  for (const id of NAMED_ENTITIES) expect(ids, `entity ${id}`).toContain(id);
});

for (const id of NAMED_ENTITIES) {
  test(`the page of entity ${id} lists its briefs, newest first`, async ({ page }) => {
    const e = ENTITIES.find((x) => x.id === id);
    test.skip(!e, `${id} is not published (the test above fails for it)`);
    const titles = new Map(BRIEFS.map((b) => [b.id, b.title]));
    await page.goto(pathOf(e!.url));
    await expect(page.locator('h1')).toContainText(e!.name);
    const listed = page.locator('section[aria-labelledby="briefs"] h3 a');
    await expect(listed).toHaveText(e!.briefs.slice(0, PAGE_SIZE.preview).map((b) => titles.get(b)!));
  });
}

const ENTITY_TYPES = Map.groupBy(ENTITIES, (e) => e.type);

test('the entities index groups by type', async ({ page }) => {
  await page.goto(at('entities/'));
  // A type is shown whole up to the overview's limit, and by its most mentioned past it.
  const shown = [...ENTITY_TYPES.values()].reduce((n, list) => n + Math.min(list.length, PAGE_SIZE.entityOverview), 0);
  await expect(page.locator('.entity-groups li a')).toHaveCount(shown);
  await expect(page.locator('.entity-groups h2').first()).toContainText('Companies');
});

for (const [type, list] of ENTITY_TYPES) {
  test(`the page of entity type ${type} lists all of it`, async ({ page }) => {
    await page.goto(at(`entities/type/${type}/`));
    await expect(page.locator('.entity-names li a')).toHaveCount(Math.min(list.length, PAGE_SIZE.entities));
    const current = page.locator('nav[aria-label="Filter entities"] a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', new RegExp(`entities/type/${type}/$`));
  });
}

for (const path of DEAL_LIST_PAGES) {
  test(`the deals table ${path} shows each of its deals with parties, roles and amounts`, async ({ page }) => {
    const byId = new Map(DEALS.map((d) => [d.id, d]));
    await page.goto(path);
    // One read of the rows, then the checks in Node: the page's work does not grow with the assertions.
    const rows = await page.locator('[data-deal-table] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: /#deal-(.+)$/.exec(tr.querySelector('a[href*="#deal-"]')?.getAttribute('href') ?? '')?.[1] ?? '',
        text: (tr.textContent ?? '').replace(/\s+/g, ' '),
        amount: (tr.querySelector('td.num')?.textContent ?? '').trim(),
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(PAGE_SIZE.deals);
    for (const row of rows) {
      const d = byId.get(row.id);
      expect(d, `row ${row.id} is a published deal`).toBeTruthy();
      expect(row.text).toContain(d!.title.replace(/\s+/g, ' '));
      for (const p of d!.parties) expect(row.text, d!.id).toContain(`(${p.role.replace(/-/g, ' ')})`);
      if (d!.amount) expect(row.amount, d!.id).not.toContain('not reported');
    }
  });
}

test('the deals table lists every deal across its pages', async ({ request }) => {
  const listed = new Set<string>();
  for (const path of DEAL_LIST_PAGES) {
    const html = await (await request.get(path)).text();
    for (const [, id] of html.matchAll(/href="[^"]*#deal-([^"]+)"/g)) listed.add(id!);
  }
  expect(DEALS.filter((d) => !listed.has(d.id)).map((d) => d.id)).toEqual([]);
});

for (const d of DEALS) {
  test(`deal ${d.id} links to its row on the page of the brief that reports it, with notes on its parties`, async ({ page }) => {
    const briefs = new Set(BRIEFS.map((b) => b.id));
    const url = new URL(d.url);
    const home = d.briefs.find((id) => briefs.has(id))!;
    expect(url.pathname).toBe(pathOf(BRIEFS.find((b) => b.id === home)!.url));
    await page.goto(at(`briefs/${home}/`) + url.hash);
    const row = page.locator('tr:target');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(d.title);
    for (const p of d.parties) await expect(row).toContainText(`(${p.role.replace(/-/g, ' ')})`);
    if (d.note) await expect(row).toContainText(d.note);
  });
}

test("from the deals table, a deal's title leads to its row", async ({ page }) => {
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
  const other = briefs.find((b) => b.source.lang.split('-')[0] !== 'en');
  test.skip(!other, 'no published brief has a source in another language');
  await page.goto(pathOf(other!.url));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator(`[lang="${other!.source.lang}"]`).first()).toBeVisible();
});

// Facts (figure keys) that two or more briefs report.
const SHARED_FACTS = (() => {
  const byKey = new Map<string, { brief: FiguredBrief; entity: string }[]>();
  for (const b of BRIEFS) for (const f of b.figures) byKey.set(f.key, [...(byKey.get(f.key) ?? []), { brief: b, entity: f.entity }]);
  return [...byKey].filter(([, list]) => new Set(list.map((x) => x.brief.id)).size >= 2);
})();

test('some fact is reported by two briefs', () => {
  expect(SHARED_FACTS.length).toBeGreaterThan(0);
});

for (const [key, list] of SHARED_FACTS) {
  test(`the fact ${key}, reported by two briefs, is compared on both brief pages and on the entity page`, async ({ page }) => {
    const ids = [...new Set(list.map((x) => x.brief.id))];
    // One page per brief that reports the fact, and the entity's.
    test.setTimeout(30_000 + 5_000 * ids.length);
    for (const id of ids) {
      await page.goto(pathOf(list.find((x) => x.brief.id === id)!.brief.url));
      const section = page.locator('section[aria-labelledby="facts-compared"]');
      await expect(section).toBeVisible();
      // Every other brief that reports the fact is linked from the comparison.
      for (const other of ids.filter((o) => o !== id)) await expect(section.locator(`a[href$="/briefs/${other}/"]`).first()).toBeAttached();
    }
    await page.goto(at(`entities/${list[0]!.entity}/`));
    await expect(page.locator('section[aria-labelledby="facts-compared"] .fact').first()).toBeVisible();
  });
}
