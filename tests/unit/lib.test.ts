import { describe, expect, it } from 'vitest';
import { briefFacets } from '../../src/lib/lists/brief-facets.ts';
import { checkContentRules } from '../../src/check/cross-entry-rules.ts';
import { wellFormedData } from '../../src/check/well-formed-data.ts';
import { loopsOf, pathWithin } from '../../src/lib/graph/loops.ts';
import { entitySchema } from '../../src/schemas/entity.ts';
import { explainBasis } from '../../src/lib/dates/basis.ts';
import {
  describePartialDate,
  formatPartialDate,
  partialDateSortKey,
  partialDateWithBasis,
  yearOf,
} from '../../src/lib/dates/partial-dates.ts';
import { groupByType } from '../../src/lib/content/entity-types.ts';
import { exportBriefs, exportDeals, exportEntities, pageUrl } from '../../src/lib/open-data/exports.ts';
import { differsFromPage, languageName, textDirection } from '../../src/lib/text/languages.ts';
import { formatMoney, formatReportedAmount, reportedUsd } from '../../src/lib/money/amounts.ts';
import { checkReferences } from '../../src/check/references.ts';
import { relatedBriefs } from '../../src/lib/content/related-briefs.ts';
import { buildCatalog } from '../../src/lib/content/catalog.ts';
import { withBase } from '../../src/lib/site/urls.ts';
import { brief, deal, entity, topic } from '../support/factories.ts';

describe('urls', () => {
  it('joins any base and path with one slash', () => {
    expect(withBase('/', 'briefs/x/')).toBe('/briefs/x/');
    expect(withBase('/a/b/c/', '/briefs/x/')).toBe('/a/b/c/briefs/x/');
    expect(withBase('/a/b', '')).toBe('/a/b/');
  });
  it('makes absolute page urls under the site', () => {
    expect(pageUrl(new URL('https://example.org'), '/a/', 'briefs/x/')).toBe('https://example.org/a/briefs/x/');
    expect(pageUrl(undefined, '/a/', 'briefs/x/')).toBe('/a/briefs/x/');
  });
});

describe('dates', () => {
  it('writes a date no more precisely than it is known', () => {
    expect(formatPartialDate({ value: '2018', precision: 'year' })).toBe('2018');
    expect(formatPartialDate({ value: '2018-01', precision: 'month' })).toBe('Jan 2018');
    expect(formatPartialDate({ value: '2021-03-28', precision: 'day' })).toBe('28 Mar 2021');
  });
  it('says the basis', () => {
    expect(describePartialDate({ value: '2018-01', precision: 'month', basis: 'inferred', note: 'n' })).toBe('Jan 2018, inferred');
    expect(describePartialDate({ value: '2017-03', precision: 'month', basis: 'outside', reference: 'r' })).toBe(
      'Mar 2017, outside the corpus',
    );
    expect(partialDateWithBasis({ value: '2017-03', precision: 'month', basis: 'outside', reference: 'r' })).toBe(
      'Mar 2017 (outside the corpus)',
    );
    expect(partialDateWithBasis({ value: '2018-01', precision: 'month', basis: 'inferred', note: 'n' })).toBe('Jan 2018 (inferred)');
    expect(partialDateWithBasis({ value: '2021-03-28', precision: 'day', basis: 'stated' })).toBe('28 Mar 2021');
  });
  it('sorts and extracts years', () => {
    const keys = ['2021-03-28', '2018', '2018-01'].map((value) => partialDateSortKey({ value })).sort();
    expect(keys).toEqual(['2018', '2018-01', '2021-03-28']);
    expect(yearOf({ value: '2024-12-20' })).toBe(2024);
    expect(yearOf(undefined)).toBeUndefined();
  });
});

describe('money', () => {
  it('formats amounts as readers say them', () => {
    expect(formatMoney(2_200_000_000, 'CNY')).toBe('CNY 2.2 billion');
    expect(formatMoney(348_000_000, 'USD')).toBe('US$348 million');
    expect(formatMoney(22.5, 'HKD')).toBe('HKD 22.5');
    expect(formatReportedAmount({ value: 2.5e9, currency: 'USD', approximate: true })).toBe('about US$2.5 billion');
  });
  it('returns only a USD figure the source reports', () => {
    expect(reportedUsd({ value: 2.2e9, currency: 'CNY', usd: 3.48e8 })).toBe(3.48e8);
    expect(reportedUsd({ value: 1.5e8, currency: 'USD' })).toBe(1.5e8);
    expect(reportedUsd({ value: 1e10, currency: 'HKD' })).toBeUndefined();
  });
});

describe('languages', () => {
  it('names languages and directions', () => {
    expect(languageName('bn')).toBe('Bengali');
    expect(languageName('zh-Hans')).toBe('Simplified Chinese');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ru')).toBe('ltr');
    expect(differsFromPage('en-GB')).toBe(false);
    expect(differsFromPage('zh-Hans')).toBe(true);
  });
});

describe('checkReferences', () => {
  it('reports each missing id with its field, and the nearest existing id only when it is close', () => {
    const issues = checkReferences({
      briefs: [brief('b1', { entities: ['acme', 'xpemg'], topics: ['fundin'] })],
      entities: [entity('acme'), entity('xpeng', { relations: [{ type: 'invests-in', target: 'nio', source: { brief: 'b2' } }] })],
      deals: [
        deal('d1', {
          parties: [
            { entity: 'acme', role: 'target' },
            { entity: 'bolt', role: 'lead' },
          ],
        }),
      ],
      topics: [topic('funding')],
    });
    expect(issues.map((i) => [i.collection, i.id, i.field, i.value, i.fix])).toEqual([
      ['briefs', 'b1', 'topics[0]', 'fundin', 'did you mean "funding"?'],
      ['briefs', 'b1', 'entities[1]', 'xpemg', 'did you mean "xpeng"?'],
      ['entities', 'xpeng', 'relations[0].target', 'nio', 'correct the id, or add the entity to content/entities/'],
      ['entities', 'xpeng', 'relations[0].source.brief', 'b2', 'did you mean "b1"?'],
      ['deals', 'd1', 'parties[1].entity', 'bolt', 'correct the id, or add the entity to content/entities/'],
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });
  it('finds nothing wrong in consistent content', () => {
    expect(checkReferences({ briefs: [brief('b1')], entities: [entity('acme')], deals: [], topics: [topic('funding')] })).toEqual([]);
  });
});

describe('loopsOf', () => {
  it('finds each loop of a directed graph once, and walks a long chain without recursion', () => {
    const edges: Record<string, string[]> = { a: ['b'], b: ['c', 'd'], c: ['a'], d: ['e'], e: ['d'], f: ['a'] };
    const next = (n: string) => edges[n] ?? [];
    expect(loopsOf(Object.keys(edges), next).map((loop) => [...loop].sort())).toEqual([
      ['d', 'e'],
      ['a', 'b', 'c'],
    ]);
    expect(pathWithin('b', 'a', new Set(['a', 'b', 'c']), next)).toEqual(['b', 'c', 'a']);
    const chain = Array.from({ length: 200_000 }, (_, i) => `n${i}`);
    const links = (n: string) => (n === 'n199999' ? ['n0'] : [`n${Number(n.slice(1)) + 1}`]);
    expect(loopsOf(chain, links).map((loop) => loop.length)).toEqual([200_000]);
  });
});

describe('wellFormedData', () => {
  it('keeps the fields no issue touches, and of a list the items no issue touches, each at its index', () => {
    const raw = {
      name: 'Acme',
      type: 'compny',
      description: 'A company.',
      aliases: [
        { name: 'Acme', lang: 'xx', kind: 'short' },
        { name: 'ACME', lang: 'en', kind: 'ticker' },
      ],
      relations: 'none',
    };
    const parsed = entitySchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(
      wellFormedData(
        entitySchema,
        raw,
        parsed.error!.issues.map((i) => i.path),
      ),
    ).toEqual({
      // Defaults apply to the fields that passed (facts); a field that is not a list is left out whole.
      data: { name: 'Acme', description: 'A company.', aliases: [undefined, { name: 'ACME', lang: 'en', kind: 'ticker' }], facts: [] },
      failedFields: ['type', 'aliases', 'relations'],
    });
  });
});

describe('checkContentRules', () => {
  it('rejects relations to self and aliases two entities share in one language', () => {
    const issues = checkContentRules({
      briefs: [brief('b1', { entities: ['a', 'b'] })],
      entities: [
        entity('a', {
          relations: [{ type: 'partner-of', target: 'a', source: { brief: 'b1' } }],
          aliases: [{ name: 'Great Wall', lang: 'en', kind: 'short' }],
        }),
        entity('b', { aliases: [{ name: 'great  wall', lang: 'en-GB', kind: 'short' }] }),
      ],
      deals: [],
      topics: [],
    }).filter((i) => i.severity === 'error');
    expect(issues.map((i) => `${i.id} ${i.field}`)).toEqual(['a relations[0].target', 'a aliases[0].name', 'b aliases[0].name']);
  });
  it('accepts a shared alias marked ambiguous on every entity', () => {
    const amb = { name: 'Wall', lang: 'en', kind: 'short' as const, ambiguous: true };
    const issues = checkContentRules({
      briefs: [brief('b1', { entities: ['a', 'b'] })],
      entities: [entity('a', { aliases: [amb] }), entity('b', { aliases: [amb] })],
      deals: [],
      topics: [],
    });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
  it('warns about orphans, briefs without entities and deals without amounts', () => {
    const issues = checkContentRules({
      briefs: [brief('b1', { entities: [] })],
      entities: [entity('lonely')],
      deals: [deal('d1')],
      topics: [],
    });
    expect(issues.map((i) => `${i.severity} ${i.collection}/${i.id} ${i.field}`)).toEqual([
      'warning entities/lonely (entry)',
      'warning briefs/b1 entities',
      'warning deals/d1 amount',
    ]);
  });
});

describe('buildCatalog', () => {
  const index = buildCatalog({
    briefs: [
      brief('old', {
        entities: ['acme'],
        source: { ...brief('x').data.source, date: { value: '2018-01', precision: 'month', basis: 'inferred', note: 'n' } },
      }),
      brief('new', { entities: ['acme', 'bolt'], topics: ['funding', 'ev'] }),
    ],
    entities: [
      entity('acme', {
        relations: [
          { type: 'invests-in', target: 'bolt', source: { brief: 'new' } },
          { type: 'partner-of', target: 'cara', source: { brief: 'new' } },
        ],
      }),
      entity('bolt'),
      entity('cara'),
    ],
    deals: [
      deal('undated', { briefs: ['new'] }),
      deal('dated', { briefs: ['old', 'new'], date: { value: '2019', precision: 'year', basis: 'stated' } }),
    ],
    topics: [topic('funding'), topic('ev')],
  });
  it('orders briefs newest first and deals dated first', () => {
    expect(index.briefs.map((b) => b.id)).toEqual(['new', 'old']);
    expect(index.deals.map((d) => d.id)).toEqual(['dated', 'undated']);
  });
  it('gathers backlinks', () => {
    expect(index.briefsByEntity.get('acme')!.map((b) => b.id)).toEqual(['new', 'old']);
    expect(index.briefsByTopic.get('ev')!.map((b) => b.id)).toEqual(['new']);
    expect(index.dealsByBrief.get('new')!.map((d) => d.id)).toEqual(['dated', 'undated']);
    expect(index.dealsByEntity.get('bolt')!.map((r) => [r.deal.id, r.roles])).toEqual([
      ['dated', ['lead']],
      ['undated', ['lead']],
    ]);
    // A deal's row is on the page of the first brief it cites that is on the site.
    expect(Object.fromEntries(index.dealHome)).toEqual({ dated: 'old', undated: 'new' });
  });
  it('shows relations in both directions with the right phrase', () => {
    expect(index.relationsByEntity.get('acme')!.map((r) => `${r.label} ${r.other}`)).toEqual(['invests in bolt', 'partner of cara']);
    expect(index.relationsByEntity.get('bolt')!.map((r) => `${r.label} ${r.other} ${r.direction}`)).toEqual(['backed by acme inverse']);
    expect(index.relationsByEntity.get('cara')!.map((r) => `${r.label} ${r.other}`)).toEqual(['partner of acme']);
  });
  it('ranks entities by mentions', () => {
    expect(index.mentionRanking.map((m) => [m.entity.id, m.briefs, m.deals])).toEqual([
      ['acme', 2, 2],
      ['bolt', 1, 2],
      ['cara', 0, 0],
    ]);
  });
  it('exports every record with its url and source file', () => {
    const site = new URL('https://x.org');
    const briefs = exportBriefs(index, site, '/d/');
    expect(briefs[0]).toMatchObject({
      id: 'new',
      url: 'https://x.org/d/briefs/new/',
      source: { file: 'a.txt' },
      summary: 'Summary.',
      deals: ['dated', 'undated'],
    });
    expect(exportEntities(index, site, '/d/')[0]).toMatchObject({
      id: 'acme',
      url: 'https://x.org/d/entities/acme/',
      briefs: ['new', 'old'],
    });
    expect(exportDeals(index, site, '/d/')[0]).toMatchObject({ id: 'dated', url: 'https://x.org/d/briefs/old/#deal-dated' });
  });
});

describe('relatedBriefs', () => {
  it('ranks by shared entities and skips the brief itself', () => {
    const a = brief('a', { entities: ['x', 'y'] });
    const b = brief('b', { entities: ['x', 'y'] });
    const c = brief('c', { entities: ['y'] });
    const d = brief('d', { entities: ['z'] });
    const byEntity = buildCatalog({ briefs: [a, b, c, d], entities: [], deals: [], topics: [] }).briefsByEntity;
    expect(relatedBriefs(a, byEntity).map((r) => r.id)).toEqual(['b', 'c']);
  });
  it('puts hand-picked related briefs first even without shared entities', () => {
    const a = brief('a', { entities: ['x'], related: ['d'] });
    const b = brief('b', { entities: ['x'] });
    const d = brief('d', { entities: ['z'] });
    const idx = buildCatalog({ briefs: [a, b, d], entities: [], deals: [], topics: [] });
    expect(relatedBriefs(a, idx.briefsByEntity, idx.brief).map((r) => r.id)).toEqual(['d', 'b']);
  });
  it('keeps the same best few a full sort of every candidate would', () => {
    let seed = 3;
    const pick = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const ids = Array.from({ length: 80 }, (_, i) => `brief-${pick(1000)}-${i}`);
    const briefs = ids.map((id) =>
      brief(id, { entities: Array.from({ length: 1 + pick(4) }, () => `e${pick(12)}`), related: pick(5) ? [] : [ids[pick(80)]!] }),
    );
    const idx = buildCatalog({ briefs, entities: [], deals: [], topics: [] });
    for (const b of briefs) {
      const score = new Map<string, number>();
      for (const e of new Set(b.data.entities))
        for (const o of idx.briefsByEntity.get(e)!) if (o.id !== b.id) score.set(o.id, (score.get(o.id) ?? 0) + 1);
      for (const id of b.data.related ?? []) if (id !== b.id) score.set(id, (score.get(id) ?? 0) + 100);
      const expected = [...score]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .slice(0, 5)
        .map(([id]) => id);
      expect(relatedBriefs(b, idx.briefsByEntity, idx.brief).map((r) => r.id)).toEqual(expected);
    }
    expect(relatedBriefs(briefs[0]!, idx.briefsByEntity, idx.brief, 0)).toEqual([]);
  });
});

describe('briefFacets', () => {
  it('groups by language, topic and year', () => {
    const briefs = [brief('a'), brief('b', { topics: ['ev'], source: { ...brief('x').data.source, lang: 'bn' } })];
    const f = briefFacets(briefs, new Map([['funding', topic('funding', 'Funding')]]));
    expect(f.language.map((v) => [v.value, v.label, v.items.length])).toEqual([
      ['bn', 'Bengali', 1],
      ['ru', 'Russian', 1],
    ]);
    expect(f.topic.map((v) => [v.value, v.label])).toEqual([
      ['ev', 'ev'],
      ['funding', 'Funding'],
    ]);
    expect(f.year.map((v) => [v.value, v.items.length])).toEqual([['2021', 2]]);
  });
});

describe('groupByType', () => {
  it('keeps a fixed order and drops empty groups', () => {
    const g = groupByType([entity('p', { type: 'person' }), entity('c'), entity('m', { type: 'media' })]);
    expect(g.map((x) => [x.type, x.items.length])).toEqual([
      ['company', 1],
      ['person', 1],
      ['media', 1],
    ]);
  });
});
describe('explainBasis', () => {
  it('joins the note and the outside reference, and is empty without either', () => {
    expect(explainBasis({ note: 'The article prints "%%".', reference: 'A 2017 filing' })).toBe(
      'The article prints "%%". Source outside the corpus: A 2017 filing',
    );
    expect(explainBasis({ note: 'From the text.' })).toBe('From the text.');
    expect(explainBasis({})).toBeUndefined();
  });
});
