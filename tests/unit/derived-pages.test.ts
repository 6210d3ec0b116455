import { describe, expect, it } from 'vitest';
import { dealFacets } from '../../src/lib/lists/deal-facets.ts';
import { investorTotals } from '../../src/lib/money/deal-totals.ts';
import { DEAL_SORTS, sortDeals } from '../../src/lib/lists/deal-sort.ts';
import { buildEntityGraph, coreGraph, neighbourhood } from '../../src/lib/graph/entity-graph.ts';
import { fundingHistory } from '../../src/lib/money/funding-history.ts';
import { usdValue } from '../../src/lib/money/fx.ts';
import { graphLabel, labelWidth, layoutGraph, MAX_LABEL_WIDTH } from '../../src/lib/graph/layout.ts';
import { relatedEntities } from '../../src/lib/graph/related-entities.ts';
import { buildCatalog } from '../../src/lib/content/catalog.ts';
import { buildTimeline, groupByYear } from '../../src/lib/dates/timeline.ts';
import { brief, deal, entity, topic } from '../support/factories.ts';

const day = (value: string) => ({ value, precision: 'day' as const, basis: 'stated' as const });
const month = (value: string) => ({ value, precision: 'month' as const, basis: 'inferred' as const, note: 'From the text.' });

const collections = {
  briefs: [
    brief('b1', { entities: ['acme', 'bolt'], source: { file: 'a.txt', sha256: 'a'.repeat(64), lang: 'ru', date: day('2021-03-28') } }),
    brief('b2', { entities: ['acme', 'cato'], source: { file: 'b.txt', sha256: 'b'.repeat(64), lang: 'ru', date: month('2018-01') } }),
  ],
  entities: [
    entity('acme'),
    entity('bolt', { relations: [{ type: 'invests-in', target: 'acme', source: { brief: 'b1' } }] }),
    entity('cato'),
    entity('dune'),
  ],
  deals: [
    deal('d1', { date: month('2018-01'), amount: { value: 2.2e9, currency: 'CNY', usd: 348e6 } }),
    deal('d2', {
      date: day('2021-03-26'),
      kind: 'partnership',
      parties: [
        { entity: 'acme', role: 'partner' },
        { entity: 'cato', role: 'partner' },
      ],
    }),
    deal('d3', { date: undefined, amount: { value: 7.8e9, currency: 'HKD' } }),
  ],
  topics: [topic('funding')],
};
const index = buildCatalog(collections as never);

describe('timeline', () => {
  it('orders dated briefs and deals oldest first and keeps undated deals apart', () => {
    const t = buildTimeline(index);
    expect(t.events.map((e) => `${e.kind}:${e.id}`)).toEqual(['brief:b2', 'deal:d1', 'deal:d2', 'brief:b1']);
    expect(t.undated.map((d) => d.id)).toEqual(['d3']);
    expect(t.byEntity.get('cato')!.map((e) => e.id)).toEqual(['b2', 'd2']);
    expect(groupByYear(t.events).map((g) => [g.year, g.events.length])).toEqual([
      ['2018', 2],
      ['2021', 2],
    ]);
    expect(t.byYear).toEqual(groupByYear(t.events));
  });
});

describe('entity graph', () => {
  it('joins investors to targets, partners to each other, and adds relations, one edge per pair', () => {
    const g = buildEntityGraph(index);
    expect(g.edges.map((e) => `${e.source}>${e.target}:${e.kind}`)).toEqual(['acme>cato:deal', 'bolt>acme:both']);
    expect(g.nodes).toEqual(['acme', 'bolt', 'cato']);
    expect(neighbourhood(g, 'cato').nodes).toEqual(['acme', 'cato']);
  });
  it('keeps pictures readable at scale: the best-connected nodes only', () => {
    const g = buildEntityGraph(index);
    expect(coreGraph(g, 2)).toEqual({ nodes: ['acme', 'bolt'], edges: g.edges.filter((e) => e.source === 'bolt') });
    expect(coreGraph(g, 10).nodes).toEqual(g.nodes);
    expect(neighbourhood(g, 'acme', 1).nodes).toEqual(['acme', 'bolt']);
  });
  it('lays the graph out the same way every time, inside its box', () => {
    const g = buildEntityGraph(index);
    const a = layoutGraph(g.nodes, g.edges);
    expect(layoutGraph(g.nodes, g.edges)).toEqual(a);
    for (const n of a.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(a.width);
      expect(n.y).toBeLessThanOrEqual(a.height);
    }
  });
  it('fits every label, long or short, inside a picture no wider than asked', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const links = ids.slice(1).map((t, i) => ({ source: ids[i % 5]!, target: t }));
    // Every fourth name is long, in Latin or in Han characters.
    const names = new Map(
      ids.map((id, i) => [
        id,
        i % 4 ? id : i % 8 ? `${id} Science and Technology Parks Corporation` : `${id} 香港科技园公司香港科技园公司`,
      ]),
    );
    const width = (id: string) => labelWidth(names.get(id)!, 11);
    const layout = layoutGraph(ids, links, 520, width);
    expect(layout.width).toBeLessThanOrEqual(520);
    for (const n of layout.nodes) {
      expect(n.x - width(n.id) / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + width(n.id) / 2).toBeLessThanOrEqual(layout.width);
    }
    // A name wider than the picture: the picture is drawn at its least scale (0.35, against
    // the 1.2 a small picture gets), wider than asked, the name still whole.
    const few = ['a', 'b', 'c'];
    const pairs = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ];
    const roomy = layoutGraph(few, pairs, 5000, () => 40);
    const huge = layoutGraph(few, pairs, 520, (id) => (id === 'a' ? 900 : 40));
    const gap = (l: typeof roomy) => Math.hypot(l.nodes[0]!.x - l.nodes[2]!.x, l.nodes[0]!.y - l.nodes[2]!.y);
    expect(gap(huge) / gap(roomy)).toBeCloseTo(0.35 / 1.2, 2);
    expect(huge.width).toBeGreaterThan(900);
    expect(huge.nodes[0]!.x - 450).toBeGreaterThanOrEqual(0);
    expect(huge.nodes[0]!.x + 450).toBeLessThanOrEqual(huge.width);
    expect(layoutGraph([], [], 520)).toEqual({ nodes: [], width: 0, height: 0 });
    expect(labelWidth('香港', 10)).toBe(20);
    expect(labelWidth('Hong Kong', 10)).toBeLessThan(labelWidth('香港科技园公司', 10));
  });
  it('cuts a very long name short in the picture, so one name cannot shrink every dot and label', () => {
    const long = 'The Remarkably Long-Named Southern Harbour Pilots, Tug Operators and Ferry Boat Owners Mutual Insurance Association';
    const label = graphLabel(long, 11);
    expect(label.endsWith('…')).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
    expect(label).not.toMatch(/[\s,]…$/);
    expect(labelWidth(label, 11)).toBeLessThanOrEqual(MAX_LABEL_WIDTH);
    // Short names, in any script, stay whole; a long Han name is cut after whole characters.
    for (const name of ['Acme & Co', 'אורן טכנולוגיות', 'دار النخيل للاستثمار', '星河动力']) expect(graphLabel(name, 11)).toBe(name);
    const han = graphLabel('香港科技园公司'.repeat(5), 11);
    expect(han).toMatch(/^[香港科技园公司]+…$/u);
    expect(labelWidth(han, 11)).toBeLessThanOrEqual(MAX_LABEL_WIDTH);
    // Never half a character: an emoji of two code units, or a letter and its combining mark.
    expect(graphLabel('👍'.repeat(60), 11)).toMatch(/^(?:👍)+…$/u);
    expect(graphLabel('e\u0301'.repeat(80), 11)).toMatch(/^(?:e\u0301)+…$/u);
    // Laid out with the labels it draws, the picture of a long-named node keeps a roomy scale.
    const pairs = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ];
    const names: Record<string, string> = { a: long, b: 'Bolt', c: 'Cato' };
    const roomy = layoutGraph(['a', 'b', 'c'], pairs, 640, () => 40);
    const cut = layoutGraph(['a', 'b', 'c'], pairs, 640, (id) => labelWidth(graphLabel(names[id]!, 11), 11));
    expect(cut.width).toBeLessThanOrEqual(640);
    const gap = (l: typeof roomy) => Math.hypot(l.nodes[0]!.x - l.nodes[2]!.x, l.nodes[0]!.y - l.nodes[2]!.y);
    expect(gap(cut)).toBeCloseTo(gap(roomy), 0);
  });
});

describe('funding history, related entities and totals', () => {
  it('splits money received from money put in', () => {
    expect(fundingHistory(index.dealsByEntity.get('acme')!).received.map((r) => r.deal.id)).toEqual(['d1', 'd3']);
    expect(fundingHistory(index.dealsByEntity.get('bolt')!).made.map((r) => r.deal.id)).toEqual(['d1', 'd3']);
    expect(fundingHistory(index.dealsByEntity.get('cato')!)).toEqual({ received: [], made: [] });
  });
  it('ranks related entities by relations, shared deals and shared briefs', () => {
    expect(relatedEntities('acme', index).map((r) => r.id)).toEqual(['bolt', 'cato']);
    expect(relatedEntities('dune', index)).toEqual([]);
  });
  it('adds whole deal sizes in US dollars per investor, counting conversions and missing amounts', () => {
    const [bolt] = investorTotals(index.deals);
    expect(bolt).toMatchObject({ entity: 'bolt', deals: 2, converted: 1, withoutAmount: 0 });
    expect(bolt!.usd).toBeCloseTo(348e6 + 1e9);
  });
  it('never adds amounts in different currencies: those with no US-dollar figure are summed per currency, apart from deals without one', () => {
    const year = (value: string) => ({ value, precision: 'year' as const, basis: 'stated' as const });
    const totals = investorTotals([
      // A US-dollar figure the source reports, and one converted at a rate.
      deal('eur-reported', { date: year('2024'), amount: { value: 25e6, currency: 'EUR', usd: 27e6 } }),
      deal('hkd-converted', { date: year('2024'), amount: { value: 78e6, currency: 'HKD' } }),
      // No US-dollar figure: no rate for the currency, or none for the year, or no date to pick one.
      deal('jpy-1', { date: year('2024'), amount: { value: 3e9, currency: 'JPY', approximate: true } }),
      deal('jpy-2', { date: year('2025'), amount: { value: 5e8, currency: 'JPY' } }),
      deal('cny-no-rate', { date: year('2016'), amount: { value: 1.2e9, currency: 'CNY' } }),
      deal('ils-undated', { amount: { value: 4e7, currency: 'ILS' } }),
      // Undisclosed.
      deal('no-amount', { date: year('2024') }),
    ]);
    expect(totals).toHaveLength(1);
    const [bolt] = totals;
    expect(bolt).toMatchObject({ entity: 'bolt', deals: 7, inUsd: 2, converted: 1, usdApproximate: false, withoutAmount: 1 });
    expect(bolt!.usd).toBeCloseTo(27e6 + 10e6);
    expect(bolt!.unconverted).toEqual([
      { currency: 'CNY', value: 1.2e9, deals: 1, approximate: false },
      { currency: 'ILS', value: 4e7, deals: 1, approximate: false },
      { currency: 'JPY', value: 3.5e9, deals: 2, approximate: true },
    ]);
  });
});

describe('deal orders without JS', () => {
  it('sorts every deal by date or by US-dollar size, deals without a date or a US-dollar figure last', () => {
    const year = (value: string) => ({ value, precision: 'year' as const, basis: 'stated' as const });
    const sorted = buildCatalog({
      briefs: [],
      entities: [],
      topics: [],
      deals: [
        deal('usd-small', { date: day('2024-05-02'), amount: { value: 1e6, currency: 'USD' } }),
        deal('hkd-converted', { date: year('2024'), amount: { value: 78e6, currency: 'HKD' } }),
        deal('eur-reported', { date: month('2024-05'), amount: { value: 25e6, currency: 'EUR', usd: 27e6 } }),
        deal('jpy-no-rate', { date: year('2016'), amount: { value: 3e9, currency: 'JPY' } }),
        deal('undated', { amount: { value: 5e9, currency: 'USD' } }),
        deal('no-amount', { date: day('2025-01-01') }),
      ],
    } as never).deals;
    expect(sorted.map((d) => d.id)).toEqual(['no-amount', 'usd-small', 'eur-reported', 'hkd-converted', 'jpy-no-rate', 'undated']);
    const order = (o: (typeof DEAL_SORTS)[number]['order']) => sortDeals(sorted, o).map((d) => d.id);
    // A bare year sorts before its months and days.
    expect(order('oldest')).toEqual(['jpy-no-rate', 'hkd-converted', 'eur-reported', 'usd-small', 'no-amount', 'undated']);
    expect(order('largest')).toEqual(['undated', 'eur-reported', 'hkd-converted', 'usd-small', 'no-amount', 'jpy-no-rate']);
    expect(order('smallest')).toEqual(['usd-small', 'hkd-converted', 'eur-reported', 'undated', 'no-amount', 'jpy-no-rate']);
    expect(DEAL_SORTS.map((s) => s.order)).toEqual(['oldest', 'largest', 'smallest']);
  });
});

describe('usdValue', () => {
  it('prefers the source’s own US-dollar figure, and says when it converts and at what rate', () => {
    expect(usdValue({ value: 2.2e9, currency: 'CNY', usd: 348e6 }, month('2018-01'))).toEqual({ value: 348e6, basis: 'reported' });
    expect(usdValue({ value: 6.62e9, currency: 'CNY' }, month('2018-01'))).toMatchObject({
      value: 1e9,
      basis: 'converted',
      rate: 6.62,
      rateYear: 2018,
    });
    expect(usdValue({ value: 1e9, currency: 'CNY' }, undefined)).toBeUndefined();
    expect(usdValue({ value: 1e9, currency: 'EUR' }, day('2021-01-01'))).toBeUndefined();
  });
});

describe('dealFacets', () => {
  it('groups deals by kind, year and currency', () => {
    const f = dealFacets(index.deals);
    expect(f.kind.map((v) => [v.value, v.items.length])).toEqual([
      ['funding-round', 2],
      ['partnership', 1],
    ]);
    expect(f.year.map((v) => v.value)).toEqual(['2021', '2018']);
    expect(f.currency.map((v) => v.label)).toEqual(['CNY', 'HKD']);
  });
});

describe('A–Z order of names', () => {
  it('compares the digits in a name as numbers, and names alike by id', () => {
    const names = (list: { id: string }[]) => list.map((e) => e.id);
    const index = buildCatalog({
      briefs: [],
      deals: [],
      entities: [
        entity('fund-10', { name: 'Backer Fund 10' }),
        entity('fund-2', { name: 'Backer Fund 2' }),
        entity('alpha', { name: 'alpha' }),
        entity('fund-9', { name: 'Backer Fund 9' }),
        entity('twin-b', { name: 'Twin' }),
        entity('twin-a', { name: 'Twin' }),
      ],
      topics: [topic('t-12', 'Round 12'), topic('t-3', 'Round 3')],
    } as never);
    expect(names(index.entities)).toEqual(['alpha', 'fund-2', 'fund-9', 'fund-10', 'twin-a', 'twin-b']);
    expect(names(index.topics)).toEqual(['t-3', 't-12']);
  });
});
