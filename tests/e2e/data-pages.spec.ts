import { expect, test } from '@playwright/test';
import { PAGE_SIZE } from '../../src/lib/lists/pagination.ts';
import { BASIS_LABELS } from '../../src/schemas/basis.ts';
import { at, data, pathOf, type BriefRecord, type DealRecord, type EntityRecord } from './site.ts';

interface TimedDeal extends DealRecord {
  kind: string;
  date?: { value: string; precision: string; basis: string };
}

test('the timeline lists every dated brief and deal in order, each date with its precision and basis', async ({ page, request }) => {
  const deals = await data<TimedDeal>(request, 'deals');
  const briefs = await data<{ id: string; source: { date: { value: string } } }>(request, 'briefs');
  const total = briefs.length + deals.filter((d) => d.date).length;
  // Past one page's worth, /timeline/ links a page a year instead (tests/build/pagination.test.ts).
  test.skip(total > PAGE_SIZE.timelineOnePage, `${total} events: the timeline is in year pages`);
  await page.goto(at('timeline/'));
  const events = page.locator('.timeline .event');
  await expect(events).toHaveCount(total);
  const stamps = await events
    .locator('time')
    .evaluateAll((ts) => ts.map((t) => ({ iso: t.getAttribute('datetime')!, text: t.textContent!.trim() })));
  expect(stamps.map((s) => s.iso)).toEqual([...stamps.map((s) => s.iso)].sort());
  // Every date says its basis, in the words readers see (any basis the schema allows).
  const bases = new RegExp(`, (${Object.values(BASIS_LABELS).join('|')})$`);
  for (const s of stamps) expect(s.text).toMatch(bases);
  // A month-precision date reads as a month: no invented day.
  const month = stamps.find((s) => /^\d{4}-\d{2}$/.test(s.iso));
  if (month) expect(month.text).toMatch(/^[A-Z][a-z]{2} \d{4}, /);
  await expect(page.locator('#undated + p + ul li')).toHaveCount(deals.filter((d) => !d.date).length);
});

test('the network is a static SVG whose every node links to its entity page, with the same edges as a table', async ({ page, request }) => {
  const entities = new Map((await data<EntityRecord>(request, 'entities')).map((e) => [e.id, e.name]));
  await page.goto(at('network/'));
  const svg = page.locator('figure.network svg');
  await expect(svg.locator(':scope > title')).toHaveText(/\S/);
  await expect(svg.locator(':scope > desc')).toHaveText(/\S/);
  const links = await svg
    .locator('g.nodes a')
    .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, title: a.querySelector(':scope > title')?.textContent })));
  expect(links.length).toBeGreaterThan(10);
  for (const { href, title } of links) {
    const id = href.match(/\/entities\/([^/]+)\/$/)?.[1];
    expect(id && entities.has(id), href).toBe(true);
    // Each node's title is the entity's whole name, which its label may cut short.
    expect(title, href).toBe(entities.get(id!));
  }
  // The labels link to the same pages, for the pointer only.
  const labelLinks = svg.locator('g.labels a');
  await expect(svg.locator('g.labels')).toHaveAttribute('aria-hidden', 'true');
  expect(await labelLinks.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('tabindex')]))).toEqual(
    links.map((l) => [l.href, '-1']),
  );
  // Every dot takes its own click: labels are drawn under the dots, so no label covers one.
  const misses = await svg.locator('g.nodes a').evaluateAll((as) =>
    as.flatMap((a) => {
      a.scrollIntoView({ block: 'center', inline: 'center' });
      const dot = a.querySelector('circle')!.getBoundingClientRect();
      const hit = document.elementFromPoint(dot.x + dot.width / 2, dot.y + dot.height / 2)?.closest('a');
      return hit === a ? [] : [`${a.getAttribute('href')} → ${hit?.getAttribute('href')}`];
    }),
  );
  expect(misses).toEqual([]);
  const edgeLines = await svg.locator('line.edge').count();
  await expect(page.locator('.edge-list tbody tr')).toHaveCount(edgeLines);
  // Drawn at build time: the page ships no script for it.
  const scripts = await page.locator('script[src]').evaluateAll((ss) => ss.map((s) => s.getAttribute('src')!));
  expect(scripts.every((s) => s.includes('SiteHeader'))).toBe(true);
});

test('deals can be filtered and sorted with JS, and through static filter pages without it', async ({ page, browser, request }) => {
  const deals = await data<TimedDeal>(request, 'deals');
  // The in-page form is offered while every deal fits on one page; past it, the static filters serve.
  test.skip(deals.length > PAGE_SIZE.deals, `${deals.length} deals: /deals/ is in pages`);
  const kind = deals[0]!.kind;
  const expected = deals.filter((d) => d.kind === kind).length;
  await page.goto(at('deals/'));
  await page.locator('select[name="kind"]').selectOption(kind);
  await expect(page.locator('[data-deal-table] tbody tr:visible')).toHaveCount(expected);
  await expect(page).toHaveURL(new RegExp(`kind=${kind}`));
  await page.locator('select[name="kind"]').selectOption('');
  await page.locator('select[name="sort"]').selectOption('usd-desc');
  const usd = await page.locator('[data-deal-table] tbody tr').evaluateAll((rows) =>
    rows
      .map((r) => (r as HTMLElement).dataset.usd)
      .filter(Boolean)
      .map(Number),
  );
  expect(usd).toEqual([...usd].sort((a, b) => b - a));

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(at('deals/'));
  await expect(noJs.locator('[data-deal-filters]')).toBeHidden();
  await noJs.locator(`.filter-nav a[href$="/deals/kind/${kind}/"]`).click();
  await expect(noJs.locator('main table tbody tr')).toHaveCount(expected);
  // Sorting too: a static list of every deal per order, linked from /deals/.
  await noJs.goto(at('deals/'));
  await noJs.locator('nav[aria-label="Sort deals"] a', { hasText: 'Oldest first' }).click();
  await expect(noJs).toHaveURL(new RegExp(`${at('deals/sort/oldest/')}$`));
  const compare = new Intl.Collator('en').compare;
  const oldest = [
    ...deals.filter((d) => d.date).sort((a, b) => compare(a.date!.value, b.date!.value) || compare(a.id, b.id)),
    ...deals.filter((d) => !d.date).sort((a, b) => compare(a.id, b.id)),
  ].map((d) => d.id);
  const rowIds = await noJs.locator('main table tbody tr').evaluateAll((rows) =>
    rows.map((r) =>
      r
        .querySelector('a[href*="#deal-"]')!
        .getAttribute('href')!
        .replace(/.*#deal-/, ''),
    ),
  );
  expect(rowIds).toEqual(oldest);
  await noJs.locator('nav[aria-label="Sort deals"] a', { hasText: 'Largest first (USD)' }).click();
  await expect(noJs.locator('main table tbody tr')).toHaveCount(deals.length);
  await context.close();
});

test('deals show reported and converted US-dollar figures apart, and totals per investor', async ({ page, request }) => {
  const deals = await data<TimedDeal>(request, 'deals');
  await page.goto(at('deals/'));
  // Any converted figure says at which rate.
  for (const text of await page.locator('[data-deal-table] tbody td').allTextContents()) {
    if (text.includes('≈')) expect(text).toMatch(/converted at [\d.]+ [A-Z]{3}\/USD/);
  }
  // A US-dollar figure the source gives beside another currency is marked as reported, not converted.
  const reportedBeside = deals.filter((d) => d.amount && d.amount.currency !== 'USD' && d.amount.usd);
  for (const d of reportedBeside) {
    await expect(page.locator('[data-deal-table] tbody tr').filter({ has: page.locator(`a[href$="#deal-${d.id}"]`) })).toContainText(
      'reported by the source',
    );
  }
  await expect(page.locator('#investor-totals + p + .table-wrap tbody tr').first()).toBeVisible();
});

test('an entity page has funding history with roles, a timeline, related entities and a neighbourhood graph', async ({ page, request }) => {
  const entities = await data<EntityRecord & { deals: { deal: string; roles: string[] }[] }>(request, 'entities');
  const investor = entities.find(
    (e) => e.deals.some((d) => d.roles.some((r) => ['lead', 'investor', 'participant'].includes(r))) && e.briefs.length > 0,
  )!;
  await page.goto(at(`entities/${investor.id}/`));
  await expect(page.locator('section[aria-labelledby="funding"] caption').first()).toContainText(/Investments|received/);
  await expect(page.locator('section[aria-labelledby="timeline"] .event').first()).toBeVisible();
  await expect(page.locator('section[aria-labelledby="related"] li').first()).toBeVisible();
  await expect(page.locator(`section[aria-labelledby="neighbourhood"] svg g.nodes a[href$="/entities/${investor.id}/"]`)).toHaveCount(1);
});

test("a brief's deal table names only the other briefs that report a deal, and has no such column when none does", async ({
  page,
  request,
}) => {
  const briefs = await data<BriefRecord>(request, 'briefs');
  const deals = await data<DealRecord & { briefs: string[] }>(request, 'deals');
  const urlOf = new Map(briefs.map((b) => [b.id, pathOf(b.url)]));
  for (const brief of briefs) {
    const reported = deals.filter((d) => d.briefs.includes(brief.id));
    if (!reported.length) continue;
    await page.goto(pathOf(brief.url));
    const table = page.locator('section[aria-labelledby="deals"] table');
    await expect(table.locator('tbody tr')).toHaveCount(reported.length);
    const others = (d: (typeof reported)[number]) => d.briefs.filter((b) => b !== brief.id && urlOf.has(b)).map((b) => urlOf.get(b)!);
    const shared = reported.filter((d) => others(d).length);
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.map((h) => h.trim())).not.toContain('Source');
    if (!shared.length) {
      expect(headers.map((h) => h.trim())).not.toContain('Also reported in');
      continue;
    }
    expect(headers.at(-1)!.trim()).toBe('Also reported in');
    for (const d of reported) {
      const row = table.locator('tbody tr').filter({ has: page.locator(`td:nth-child(2) a[href$="#deal-${d.id}"]`) });
      const links = await row
        .locator('td:last-child a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.sort()).toEqual(others(d).sort());
    }
  }
});
