import { describe, expect, it } from 'vitest';
import { dealSearchRecords } from '../../src/lib/deal-search-records.ts';
import { publishedCollections } from '../../src/lib/published.ts';
import { briefSearchFacets, entitySearchFacets } from '../../src/lib/search-facets.ts';
import { aliasMetadataByPath } from '../../src/lib/search-metadata.ts';
import { rankHits } from '../../src/lib/search-rank.ts';
import { analyzeQuery, indexableHtml, segmentCjk, unsegmentCjk } from '../../src/lib/search-text.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { brief, deal, entity, topic } from './factories.ts';

describe('segmentCjk', () => {
  it('splits Chinese runs into words so a word inside a run can be found', () => {
    const out = segmentCjk('成立1.5亿美元人工智能基金');
    expect(out.split(' ')).toContain('基金');
    expect(out).not.toContain('人工智能基金');
  });
  it('leaves other scripts alone', () => {
    expect(segmentCjk('Xiaomi электромобили এক্সপেং')).toBe('Xiaomi электромобили এক্সপেং');
  });
  it('is undone for display by unsegmentCjk', () => {
    const text = '阿里巴巴创业者基金成立';
    expect(unsegmentCjk(segmentCjk(text)).trim()).toBe(text);
  });
  it('joins CJK words across the <mark> tags of an excerpt, and keeps spaces between other words', () => {
    expect(unsegmentCjk('Xiaomi EV <mark>小米</mark> 汽车 is')).toBe('Xiaomi EV <mark>小米</mark>汽车 is');
    expect(unsegmentCjk('成立 <mark>人工 智能</mark> 基金')).toBe('成立<mark>人工智能</mark>基金');
  });
});

describe('analyzeQuery', () => {
  it('segments Chinese queries the same way as indexed text', () => {
    const indexed = segmentCjk('阿里巴巴创业者基金成立1.5亿美元人工智能基金').split(' ');
    for (const word of analyzeQuery('阿里巴巴创业者基金').split(' ')) expect(indexed).toContain(word);
  });
  it('cuts Russian words to a stem that prefixes their other forms', () => {
    const stem = analyzeQuery('Электромобиль');
    for (const form of ['электромобили', 'электромобилей', 'электромобилями']) expect(form.startsWith(stem)).toBe(true);
  });
  it('normalises to NFC and keeps Latin and Bengali words as typed', () => {
    expect(analyzeQuery('Lei Jun')).toBe('Lei Jun');
    expect(analyzeQuery('এক্সপেং'.normalize('NFD'))).toBe('এক্সপেং'.normalize('NFC'));
  });
});

describe('indexableHtml', () => {
  it('segments text but not markup, and appends escaped metadata inside main', () => {
    const out = indexableHtml('<main><h1 title="人工智能基金">人工智能基金</h1></main>', ['A<B', '小鹏汽车']);
    expect(out).toContain('title="人工智能基金"');
    expect(out).toMatch(/<h1[^>]*> ?人工 ?智能 基金 ?<\/h1>/);
    expect(out).toContain('A&lt;B');
    expect(out.indexOf('data-pagefind-weight')).toBeLessThan(out.indexOf('</main>'));
  });
});

describe('rankHits', () => {
  const hits = [
    { title: 'Xiaomi plans cars', names: undefined },
    { title: 'Great Wall Motor', names: ['Great Wall Motor', '长城汽车', 'Great Wall'] },
    { title: 'XPeng', names: ['XPeng', 'Xiaopeng Motors'] },
  ];
  it('puts an exact name or alias match first and keeps the rest in order', () => {
    expect(rankHits(hits, 'great wall').map((h) => h.title)).toEqual(['Great Wall Motor', 'Xiaomi plans cars', 'XPeng']);
    expect(rankHits(hits, '长城汽车')[0]!.title).toBe('Great Wall Motor');
    expect(rankHits(hits, 'xiaopeng')[0]!.title).toBe('XPeng'); // alias "Xiaopeng Motors" starts with the word
    expect(rankHits(hits, 'cars')).toEqual(hits);
  });
});

describe('search facets and records', () => {
  const index = buildSiteIndex({
    briefs: [brief('b1', { entities: ['acme', 'bolt'] })],
    entities: [entity('acme', { name: 'Acme', aliases: [{ name: '阿克米', lang: 'zh-Hans', kind: 'native' }] }), entity('bolt', { name: 'Bolt', type: 'fund' })],
    deals: [deal('d1', { briefs: ['b1'], amount: { value: 2.2e9, currency: 'CNY', usd: 3.48e8 }, round: 'Series B' })],
    topics: [topic('funding', 'Funding')],
  });
  it('gives briefs type, language, topic and year filters', () => {
    expect(briefSearchFacets(index.briefs[0]!, index.topic)).toEqual({
      filters: { type: ['Brief'], language: ['Russian'], topic: ['Funding'], year: ['2021'] },
      meta: { type: 'Brief', language: 'Russian', date: '28 Mar 2021' },
    });
  });
  it('gives entities their names for ranking', () => {
    expect(entitySearchFacets(index.entity.get('acme')!).meta).toEqual({ type: 'Entity · Company', title: 'Acme', names: 'Acme | 阿克米' });
  });
  it('makes a deal record from what its row shows, with party aliases', () => {
    const [r] = dealSearchRecords(index);
    expect(r!.path).toBe('deals/#deal-d1');
    expect(r!.content).toContain('Acme (target), Bolt (lead)');
    expect(r!.content).toContain('CNY 2.2 billion, US$348 million');
    expect(r!.content).toContain('阿克米');
    expect(r!.filters).toEqual({ type: ['Deal'] });
  });
  it('collects the aliases of the entities each brief mentions', () => {
    expect(aliasMetadataByPath({ briefs: index.briefs, entities: index.entities, deals: [], topics: [] }).get('briefs/b1/')).toEqual(['Acme', '阿克米', 'Bolt']);
  });
});

describe('publishedCollections', () => {
  it('drops drafts and deals that stand only on drafts', () => {
    const c = {
      briefs: [brief('pub'), brief('draft', { status: 'draft' })],
      entities: [], topics: [],
      deals: [deal('on-pub', { briefs: ['pub', 'draft'] }), deal('on-draft', { briefs: ['draft'] })],
    };
    const p = publishedCollections(c);
    expect(p.briefs.map((b) => b.id)).toEqual(['pub']);
    expect(p.deals.map((d) => d.id)).toEqual(['on-pub']);
    expect(publishedCollections(c, true).deals).toHaveLength(2);
  });
});
