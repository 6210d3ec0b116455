// Open data, feed and crawler files, as pure functions over a small invented index.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DEAL_CSV_COLUMNS, dealsCsv } from '../../src/lib/open-data/deals-csv.ts';
import { exportJsonSchema } from '../../src/lib/open-data/json-schemas.ts';
import { exportBriefs, exportDeals, exportEntities } from '../../src/lib/open-data/exports.ts';
import { briefFeedItems, publishedDate } from '../../src/lib/open-data/feed.ts';
import { mdxToPlainText } from '../../src/lib/text/plain-text.ts';
import { publishedCollections } from '../../src/lib/content/published.ts';
import { robotsTxt } from '../../src/lib/site/robots.ts';
import { buildCatalog } from '../../src/lib/content/catalog.ts';
import { inSitemap } from '../../src/lib/site/sitemap.ts';
import { briefRecord, dealRecord, EXPORT_COLLECTIONS, type DealRecord } from '../../src/schemas/exports.ts';
import { describeErrors, jsonSchemaValidator } from '../support/json-schema.ts';
import { brief, deal, entity, topic } from '../support/factories.ts';

const site = new URL('https://data.example.net');
const base = '/sub/dossier/';

const index = buildCatalog({
  briefs: [
    {
      ...brief('older', { published: '2026-01-05', topics: ['funding'], ingest: { tool: 'dossier-ingest', warnings: ['editor note'] } }),
      body: 'First *paragraph*\nwrapped.\n\nSecond with <LangText lang="ru">Нордвинд</LangText>. {/* hidden */}',
    },
    brief('newer', { published: '2026-03-01', topics: ['funding', 'ev'] }),
  ],
  entities: [entity('acme'), entity('bolt')],
  deals: [
    deal('yuan-round', {
      briefs: ['older'],
      amount: { value: 2_200_000_000, currency: 'CNY', usd: 348_000_000 },
      date: { value: '2018-01', precision: 'month', basis: 'inferred', note: 'from the text' },
    }),
    deal('dollar-fund', {
      kind: 'fund-launch',
      parties: [{ entity: 'acme', role: 'manager' }],
      amount: { value: 150_000_000, currency: 'USD', approximate: true },
      briefs: ['older', 'newer'],
    }),
    deal('no-amount', { briefs: ['newer'] }),
    deal('outside-stake', {
      kind: 'stake-purchase',
      parties: [
        { entity: 'bolt', role: 'target' },
        { entity: 'acme', role: 'investor' },
      ],
      briefs: ['newer'],
      date: { value: '2017-03', precision: 'month', basis: 'outside', reference: 'A March 2017 filing' },
      stake: { percent: 5, basis: 'outside', reference: 'The same filing' },
    }),
  ],
  topics: [topic('funding', 'Funding'), topic('ev', 'Electric vehicles')],
});

const exported = {
  briefs: exportBriefs(index, site, base),
  entities: exportEntities(index, site, base),
  deals: exportDeals(index, site, base),
};
/** What a consumer receives: the records after a JSON round trip. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('export JSON Schemas', () => {
  const ajv = jsonSchemaValidator();
  const validators = Object.fromEntries(EXPORT_COLLECTIONS.map((c) => [c, ajv.compile(exportJsonSchema(c, site, base))]));

  it('are draft 2020-12 with an absolute $id under the site and base, a title and a description', () => {
    for (const c of EXPORT_COLLECTIONS) {
      const schema = exportJsonSchema(c, site, base);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://data.example.net/sub/dossier/data/schema/${c}.json`);
      expect(schema.title).toMatch(/^Dossier /);
      expect(String(schema.description).length).toBeGreaterThan(20);
      expect(schema.type).toBe('array');
    }
  });

  it('accept every exported record', () => {
    for (const c of EXPORT_COLLECTIONS) {
      const valid = validators[c]!(asJson(exported[c]));
      expect(describeErrors(validators[c]!.errors), c).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('reject a deal without parties, with empty parties, or with an unknown role', () => {
    const { parties: _parties, ...withoutParties } = asJson(exported.deals[0]!);
    expect(validators.deals!([withoutParties])).toBe(false);
    expect(describeErrors(validators.deals!.errors)).toContain(`/0: must have required property 'parties' {"missingProperty":"parties"}`);
    expect(validators.deals!([{ ...withoutParties, parties: [] }])).toBe(false);
    expect(validators.deals!([{ ...withoutParties, parties: [{ entity: 'acme', role: 'boss' }] }])).toBe(false);
  });

  it('reject fields the export does not have, and editor-only fields', () => {
    expect(validators.deals!([{ ...asJson(exported.deals[0]!), price: 1 }])).toBe(false);
    expect(validators.briefs!([{ ...asJson(exported.briefs[0]!), ingest: { queue: 'x' } }])).toBe(false);
  });

  it('reject dates that are not date strings: a Date serialised as a timestamp, a month out of range', () => {
    const b = asJson(exported.briefs[0]!);
    expect(validators.briefs!([{ ...b, published: JSON.parse(JSON.stringify(new Date('2026-03-01'))) }])).toBe(false);
    expect(validators.briefs!([{ ...b, published: 20260301 }])).toBe(false);
    const d = asJson(exported.deals.find((x) => x.date)!);
    expect(validators.deals!([{ ...d, date: { ...d.date!, value: '2018-13' } }])).toBe(false);
  });

  it('reject a non-http record url, a lower-case currency and a malformed language tag', () => {
    const d = asJson(exported.deals[0]!);
    expect(validators.deals!([{ ...d, url: 'javascript:alert(1)' }])).toBe(false);
    expect(validators.deals!([{ ...d, amount: { ...d.amount!, currency: 'cny' } }])).toBe(false);
    const b = asJson(exported.briefs[0]!);
    expect(validators.briefs!([{ ...b, source: { ...b.source, lang: 'Bengali' } }])).toBe(false);
  });

  it('describe the same records as the zod export schemas the exporters are typed by', () => {
    for (const b of exported.briefs) expect(briefRecord.safeParse(asJson(b)).success).toBe(true);
    for (const d of exported.deals) expect(dealRecord.safeParse(asJson(d)).success).toBe(true);
  });
});

describe('exports', () => {
  it('leave out editor-only ingest notes and add the plain-text summary', () => {
    const older = exported.briefs.find((b) => b.id === 'older')!;
    expect(older).not.toHaveProperty('ingest');
    expect(older.summaryText).toBe('First paragraph wrapped.\n\nSecond with Нордвинд.');
    expect(older.deals).toEqual(['yuan-round', 'dollar-fund']);
  });
});

describe('mdxToPlainText', () => {
  it('keeps the words, drops marks, tags and MDX comments, and separates paragraphs', () => {
    expect(
      mdxToPlainText('A **bold** [link](https://x.org) and `code`,\nCO<sub>2</sub>.\n\n- one\n- two\n\n{/* note */}\n\nEnd &amp; done'),
    ).toBe('A bold link and code, CO2.\n\none\n\ntwo\n\nEnd & done');
    expect(mdxToPlainText('')).toBe('');
  });
});

describe('deals.csv', () => {
  const rowsOf = (csv: string) => parseCsv(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

  it('has a header row of the documented columns, CRLF line ends and one row per deal', () => {
    const csv = dealsCsv(exported.deals);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(DEAL_CSV_COLUMNS.map(([c]) => c).join(','));
    expect(lines.at(-1)).toBe(''); // the last record ends with CRLF too
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rowsOf(csv).map((r) => r.id)).toEqual(exported.deals.map((d) => d.id));
  });

  it('writes amounts as reported, the USD figure only where the source gives one, and lists with "; "', () => {
    const rows = new Map(rowsOf(dealsCsv(exported.deals)).map((r) => [r.id, r]));
    expect(rows.get('yuan-round')).toMatchObject({
      amount_value: '2200000000',
      amount_currency: 'CNY',
      amount_usd: '348000000',
      amount_approximate: 'false',
      date: '2018-01',
      date_precision: 'month',
      date_basis: 'inferred',
      parties: 'acme:target; bolt:lead',
      briefs: 'older',
    });
    expect(rows.get('dollar-fund')).toMatchObject({
      amount_value: '150000000',
      amount_currency: 'USD',
      amount_usd: '150000000',
      amount_approximate: 'true',
      briefs: 'older; newer',
    });
    expect(rows.get('no-amount')).toMatchObject({
      amount_value: '',
      amount_currency: '',
      amount_usd: '',
      amount_approximate: '',
      date: '',
    });
  });

  it('says how a date and a stake are known, and names the outside source of either', () => {
    const rows = new Map(rowsOf(dealsCsv(exported.deals)).map((r) => [r.id, r]));
    expect(rows.get('outside-stake')).toMatchObject({
      date: '2017-03',
      date_basis: 'outside',
      date_reference: 'A March 2017 filing',
      stake_percent: '5',
      stake_basis: 'outside',
      stake_reference: 'The same filing',
    });
    expect(rows.get('yuan-round')).toMatchObject({
      date_basis: 'inferred',
      date_reference: '',
      stake_percent: '',
      stake_basis: '',
      stake_reference: '',
    });
  });

  it('quotes commas, quotes and line breaks so they read back unchanged', () => {
    const title = 'Acme, Bolt and "Cara" sign\na deal';
    const [row] = rowsOf(dealsCsv([{ ...exported.deals[0]!, title }]));
    expect(row!.title).toBe(title);
    expect(dealsCsv([{ ...exported.deals[0]!, title }])).toContain('"Acme, Bolt and ""Cara"" sign\na deal"');
  });

  it('guards text cells that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const hostile: DealRecord[] = ['=HYPERLINK("http://evil.example")', '+1 deal', '-5% deal', '@SUM(A1)'].map((title, i) => ({
      ...exported.deals[0]!,
      id: `d${i}`,
      title,
    }));
    const titles = rowsOf(dealsCsv(hostile)).map((r) => r.title);
    expect(titles).toEqual(['\'=HYPERLINK("http://evil.example")', "'+1 deal", "'-5% deal", "'@SUM(A1)"]);
    expect(rowsOf(dealsCsv(exported.deals))[0]!.amount_value).toBe('2200000000');
  });
});

describe('feed', () => {
  const items = briefFeedItems(index, site, base);

  it('lists briefs newest published first with absolute links, dates, plain-text summaries and topic names', () => {
    expect(items.map((i) => i.link)).toEqual([
      'https://data.example.net/sub/dossier/briefs/newer/',
      'https://data.example.net/sub/dossier/briefs/older/',
    ]);
    expect(items[0]!.pubDate).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(items[0]!.categories).toEqual(['Funding', 'Electric vehicles']);
    expect(items[1]!.description).toBe('First paragraph wrapped.\n\nSecond with Нордвинд.');
  });

  it('carries at most the given number of briefs', () => {
    expect(briefFeedItems(index, site, base, 1).map((i) => i.link)).toEqual([items[0]!.link]);
  });

  it('never carries a draft, nor a deal that only a draft cites', () => {
    const collections = {
      briefs: [brief('shown'), brief('hidden', { status: 'draft' })],
      entities: [entity('acme'), entity('bolt')],
      deals: [deal('of-draft', { briefs: ['hidden'] })],
      topics: [topic('funding')],
    };
    const published = buildCatalog(publishedCollections(collections));
    expect(briefFeedItems(published, site, base).map((i) => i.link)).toEqual(['https://data.example.net/sub/dossier/briefs/shown/']);
    expect(exportDeals(published, site, base)).toEqual([]);
  });

  it('dates an item at midnight UTC of its published day', () => {
    expect(publishedDate('2026-11-21').toISOString()).toBe('2026-11-21T00:00:00.000Z');
  });
});

describe('robots.txt and sitemap', () => {
  it('robots.txt points at the absolute sitemap under the base and keeps crawlers out of the search index files', () => {
    const lines = robotsTxt(site, base).split('\n');
    expect(lines).toContain('Sitemap: https://data.example.net/sub/dossier/sitemap-index.xml');
    expect(lines).toContain('Allow: /sub/dossier/');
    expect(lines).toContain('Disallow: /sub/dossier/pagefind/');
    expect(lines[0]).toBe('User-agent: *');
  });

  it('the sitemap leaves out the pages marked noindex', () => {
    const at = (path: string) => `https://data.example.net${base}${path}`;
    for (const path of [
      '',
      'briefs/',
      'briefs/some-brief/',
      'briefs/page/2/',
      'entities/acme/',
      'deals/',
      'deals/page/3/',
      'deals/acme-round/',
      'topics/funding/',
      'topics/funding/page/2/',
      'entities/type/company/',
      'entities/type/company/page/2/',
    ]) {
      expect(inSitemap(at(path), base), path).toBe(true);
    }
    for (const path of [
      'search/',
      '404/',
      'briefs/language/bn/',
      'briefs/topic/funding/',
      'briefs/year/2024/page/2/',
      'deals/kind/licence/',
      'deals/year/2024/page/12/',
      'deals/sort/largest/',
      'deals/sort/oldest/page/2/',
      'entities/acme/briefs/',
      'entities/acme/deals/page/2/',
    ]) {
      expect(inSitemap(at(path), base), path).toBe(false);
    }
  });
});
