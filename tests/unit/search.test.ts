import { describe, expect, it } from 'vitest';
import { dealSearchRecords } from '../../src/lib/search/deal-records.ts';
import { publishedCollections } from '../../src/lib/content/published.ts';
import { briefSearchFacets, entitySearchFacets } from '../../src/lib/search/facets.ts';
import { aliasMetadataByPath } from '../../src/lib/search/alias-metadata.ts';
import { rankHits } from '../../src/lib/search/rank.ts';
import {
  analyzeQuery,
  bengaliQueryWords,
  decodeBengali,
  indonesianStems,
  loadQueryRules,
  matchesBengaliQueryWord,
  displayText,
  encodeBengali,
  indexableHtml,
  indexableRecord,
  indexForms,
  indexText,
  segmentCjk,
  unsegmentCjk,
} from '../../src/lib/search/text.ts';
import { buildCatalog } from '../../src/lib/content/catalog.ts';
import { loadSpellingVariants } from '../../src/lib/search/spelling-variants.ts';
import { brief, deal, entity, topic } from '../support/factories.ts';

// Every script's rules and stemmers, as index time and a query in any script have them: suites below analyse as they are declared.
// The index's analysis: every script's rules and the spelling converters.
await Promise.all([loadQueryRules(), loadSpellingVariants()]);

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
  it('leaves no space before or after Chinese and Japanese punctuation, beside a number in Han or kana, or inside a number', () => {
    const japanese = '工場は来年、3月に稼働する。「新型」の電池（試作）';
    expect(unsegmentCjk(segmentCjk(japanese)).trim()).toBe(japanese);
    expect(unsegmentCjk('設備 を <mark>更新</mark> 、 2025 年 に')).toBe('設備を<mark>更新</mark>、2025年に');
    expect(unsegmentCjk('รายได้ ๒ , ๕๐๐ ล้าน')).toBe('รายได้๒,๕๐๐ล้าน');
    // Spaces a Latin text writes beside its numbers and commas stay.
    expect(unsegmentCjk('In 2025 , 40 plants, 3 , 4')).toBe('In 2025 , 40 plants, 3 , 4');
  });
  it('keeps, for display, the spaces the text wrote between words of unspaced scripts and beside a number', () => {
    const written = [
      ['th', 'บริษัทประกาศลงทุนสร้างโรงงานแห่งใหม่ในจังหวัดสงขลา มูลค่า ๑,๒๐๐ ล้านบาท'],
      ['my', 'ဆန်စက်ကုမ္ပဏီသည် ပုသိမ်တွင် ဆန်စက်သစ်'],
      ['zh', '小米 汽车 将投资 5 亿元'],
      ['ja', '新工場 は 来年 稼働'],
    ] as const;
    for (const [lang, text] of written) {
      const indexed = indexText(text, lang);
      // Each written space reads back as one, and each cut segmentation made is gone.
      expect(displayText(indexed).trim()).toBe(text);
      // The marker is no word a reader could type, nor one of the hidden forms.
      expect(indexForms(text, lang).some((f) => /\u2063/.test(f))).toBe(false);
    }
    expect(displayText(indexText('สงขลามูลค่า', 'th')).trim()).toBe('สงขลามูลค่า');
    // Around an excerpt's marks, and where an excerpt starts or ends at the marker.
    const [before, after] = indexText('สงขลา มูลค่า', 'th')
      .trim()
      .split(/ \u2063 /);
    expect(unsegmentCjk(`<mark>${before}</mark> \u2063 ${after}`)).toBe(`<mark>${before}</mark> ${after}`);
    expect(unsegmentCjk('\u2063 ล้าน บาท')).toBe(' ล้านบาท');
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
  it('normalises to NFC, keeps Latin words as typed and spells Bengali as the index does', () => {
    expect(analyzeQuery('Lei Jun')).toBe('Lei Jun');
    expect(analyzeQuery('এক্সপেং'.normalize('NFD'))).toBe(encodeBengali('এক্সপেং'.normalize('NFC'), true));
  });
});

describe('indexableHtml', () => {
  it('segments text but not markup, and appends escaped metadata as hidden mentions inside main', () => {
    const out = indexableHtml('<main><h1 title="人工智能基金">人工智能基金</h1></main>', ['A<B', '小鹏汽车']);
    expect(out).toContain('title="人工智能基金"');
    expect(out).toMatch(/<h1[^>]*>\s*人工 ?智能 基金\s*<\/h1>/);
    expect(out).toContain('A&lt;B');
    expect(out).toMatch(/<span data-pagefind-meta="mentions:A&lt;B · [^"]*小 ?鹏 ?汽车[^"]*" hidden><\/span>/);
    // The name's Traditional spelling goes with the other hidden forms, also inside main.
    expect(out).toMatch(/<span data-pagefind-meta="stems:[^"]*汽車[^"]*" hidden><\/span><\/main>/);
  });

  it('puts a space after every block and table cell, and leaves inline elements joined', () => {
    const out = indexableHtml(
      '<main><dl><dt>Outlet</dt><dd>Meridian <b>Re</b>view</dd></dl><table><tr><th>USD</th><th>Round</th></tr></table></main>',
    );
    expect(out).toBe(
      '<main><dl><dt>Outlet</dt> <dd>Meridian <b>Re</b>view</dd> </dl> <table><tr><th>USD</th> <th>Round</th> </tr> </table> </main>',
    );
  });

  it('analyses only what Pagefind indexes: the body outside ignored parts, and the title', () => {
    const out = indexableHtml(
      '<html><head><title>电动汽车</title></head><body><header>人工智能基金 1999</header>' +
        '<main data-pagefind-body><h1>小鹏汽车</h1><p>Round of US$348 million</p>' +
        '<section data-pagefind-ignore="all"><p>阿里巴巴集团 US$150 million</p></section></main></body></html>',
    );
    // Text outside the body is left as written and adds nothing to the hidden forms; the words
    // inside data-pagefind-ignore="all", which Pagefind skips, are not sent at all.
    expect(out).toContain('<header>人工智能基金 1999</header>');
    expect(out).toContain('<section data-pagefind-ignore="all"></section>');
    expect(out).not.toContain('阿里巴巴');
    // The title and the h1 (where Pagefind finds a page's title) are segmented.
    for (const [tag, text] of [
      ['title', '电动汽车'],
      ['h1', '小鹏汽车'],
    ]) {
      const analysed = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(out)?.[1] ?? '';
      expect(analysed).not.toBe(text);
      expect(analysed.replace(/\s/g, '')).toBe(text);
    }
    const stems = /data-pagefind-meta="stems:([^"]*)"/.exec(out)?.[1].split(' ') ?? [];
    expect(stems).toContain('348');
    expect(stems).not.toContain('150');
    expect(stems).not.toContain('1999');
  });

  it('sends no words from inside data-pagefind-ignore="all", and keeps everything else', () => {
    const out = indexableHtml(
      '<main data-pagefind-body><p>Before</p>' +
        '<section data-pagefind-ignore="all"><div><div>Deep <b>text</b><br><img src="x.png"></div></div>' +
        '<span data-pagefind-meta="kind:side"></span><span data-pagefind-filter="type:Hidden"></span></section>' +
        '<aside data-pagefind-ignore><span data-pagefind-filter="topic:Kept"></span>Kept as written</aside>' +
        '<div data-pagefind-ignore="all"><section data-pagefind-ignore="all"><p>twice</p></section></div><p>After 42</p></main>',
    );
    // Pagefind still reads the metadata and filters of its descendants: those elements stay.
    expect(out).toContain(
      '<section data-pagefind-ignore="all"><span data-pagefind-meta="kind:side"></span><span data-pagefind-filter="type:Hidden"></span></section>',
    );
    expect(out).toContain('<div data-pagefind-ignore="all"></div>');
    for (const gone of ['Deep', 'text', 'x.png', 'twice']) expect(out).not.toContain(gone);
    // Ignored without "all", Pagefind still reads metadata and filters there: kept.
    expect(out).toContain('<aside data-pagefind-ignore><span data-pagefind-filter="topic:Kept"></span>Kept as written</aside>');
    expect(out).toContain('<p>Before</p>');
    expect(out).toContain('<p>After 42</p>');
    expect(out.endsWith('</main>')).toBe(true);
  });

  it('analyses the whole page when no element marks the body', () => {
    const out = indexableHtml('<html><body><main><p>Fund of US$150 million</p></main></body></html>');
    expect(/data-pagefind-meta="stems:([^"]*)"/.exec(out)?.[1].split(' ')).toContain('150');
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
  const index = buildCatalog({
    briefs: [brief('b1', { entities: ['acme', 'bolt'] })],
    entities: [
      entity('acme', { name: 'Acme', aliases: [{ name: '阿克米', lang: 'zh-Hans', kind: 'native' }] }),
      entity('bolt', { name: 'Bolt', type: 'fund' }),
    ],
    deals: [deal('d1', { briefs: ['b1'], amount: { value: 2.2e9, currency: 'CNY', usd: 3.48e8 }, round: 'Series B' })],
    topics: [topic('funding', 'Funding')],
  });
  it('gives briefs type, language, topic and year filters, and their topics as searchable metadata', () => {
    expect(briefSearchFacets(index.briefs[0]!, index.topic)).toEqual({
      filters: { type: ['Brief'], language: ['Russian'], topic: ['Funding'], year: ['2021'] },
      meta: { type: 'Brief', language: 'Russian', date: '28 Mar 2021', topics: 'Funding' },
    });
  });
  it('gives entities their names for ranking', () => {
    expect(entitySearchFacets(index.entity.get('acme')!).meta).toEqual({ type: 'Entity · Company', title: 'Acme', names: 'Acme | 阿克米' });
  });
  it("makes a deal record from what its row shows, with its parties' names as metadata", () => {
    const [r] = dealSearchRecords(index);
    expect(r!.path).toBe('briefs/b1/#deal-d1');
    expect(r!.content).toContain('Acme (target), Bolt (lead)');
    expect(r!.content).toContain('CNY 2.2 billion, US$348 million');
    expect(r!.content).toMatch(/\. [A-Z][a-z ]+$/); // its status, capitalised
    // Its kind is its meta line, not its text.
    expect(r!.content).not.toContain(index.deals[0]!.data.kind.replace(/-/g, ' '));
    expect(r!.meta.type).toContain(index.deals[0]!.data.kind.replace(/-/g, ' '));
    // Aliases make the deal findable but are not its excerpt.
    expect(r!.content).not.toContain('阿克米');
    expect(r!.meta.mentions).toBe('Acme | 阿克米 · Bolt');
    expect(r!.filters).toEqual({ type: ['Deal'] });
  });
  it("analyses a deal record's content and metadata as page text is, with its hidden forms", () => {
    const { content, meta } = indexableRecord('Round of US$348 million', { title: 'Quỹ Đức', mentions: '小鹏汽车' });
    expect(content).toBe(indexText('Round of US$348 million'));
    expect(meta.title).toBe(indexText('Quỹ Đức'));
    expect(meta.mentions).toBe(indexText('小鹏汽车'));
    expect(meta.stems!.split(' ')).toEqual(expect.arrayContaining(['348', ...indexForms('Quỹ Đức')]));
  });
  it('collects the aliases of the entities each brief mentions', () => {
    expect(aliasMetadataByPath(index).get('briefs/b1/')).toEqual(['Acme | 阿克米', 'Bolt']);
  });
});

describe('publishedCollections', () => {
  it('drops drafts and deals that stand only on drafts', () => {
    const c = {
      briefs: [brief('pub'), brief('draft', { status: 'draft' })],
      entities: [],
      topics: [],
      deals: [deal('on-pub', { briefs: ['pub', 'draft'] }), deal('on-draft', { briefs: ['draft'] })],
    };
    const p = publishedCollections(c);
    expect(p.briefs.map((b) => b.id)).toEqual(['pub']);
    expect(p.deals.map((d) => d.id)).toEqual(['on-pub']);
    expect(publishedCollections(c, true).deals).toHaveLength(2);
  });
});

describe('Bengali spelling for the index', () => {
  // Words that differ only in vowel signs or virama: Pagefind's diacritic folding would merge them.
  const words = ['কাল', 'কল', 'কলা', 'কেল', 'ক্ল'];
  it('gives words that differ only in combining marks different index words', () => {
    const encoded = words.map((w) => encodeBengali(w));
    expect(new Set(encoded).size).toBe(words.length);
    // Letters only: Pagefind splits words where letters meet digits.
    for (const e of encoded) expect(e).toMatch(/^[a-z]+$/);
    // A query word is a prefix of an indexed word exactly when the Bengali word is.
    for (const a of words)
      for (const b of words) {
        expect(encodeBengali(b).startsWith(encodeBengali(a, true))).toBe(b.startsWith(a));
      }
  });
  it('keeps prefixes, so a partly typed word still finds the whole one', () => {
    expect(encodeBengali('এক্সপেং').startsWith(encodeBengali('এক্সপ', true))).toBe(true);
  });
  it('round-trips text with joiners, digits and other scripts untouched', () => {
    const text = 'XPeng এক্সপেং ২.২ বিলিয়ন র‍্যাব 小米 Сяоми';
    expect(decodeBengali(encodeBengali(text))).toBe(text);
    expect(decodeBengali(encodeBengali(text, true))).toBe(text);
    expect(encodeBengali(text)).toContain('XPeng');
    expect(encodeBengali(text)).toContain('Сяоми');
  });
  it('is undone in excerpts around <mark> tags and together with CJK segmentation', () => {
    const excerpt = `<mark>${encodeBengali('এক্সপেং')}</mark> ${indexText('阿里巴巴创业者基金')}`;
    expect(displayText(excerpt).replace(/\s+/g, ' ').trim()).toBe('<mark>এক্সপেং</mark> 阿里巴巴创业者基金');
  });
  it('passes plain ASCII text as the full analysis would, repeated spaces collapsed', () => {
    for (const text of ['Alibaba Group  and  XPeng', 'US$100 million (reported)', ' a ', '']) {
      expect(indexText(text)).toBe(encodeBengali(segmentCjk(text)));
    }
    expect(indexText('a  b')).toBe('a b');
  });
  it('is applied to queries and to indexed metadata attributes', () => {
    expect(analyzeQuery('শাওমি')).toBe(encodeBengali('শাওমি', true));
    const html = '<main data-pagefind-body><span data-pagefind-meta="names:Xiaomi | শাওমি"></span><p>শাওমি</p></main>';
    const out = indexableHtml(html);
    expect(out).toContain(`data-pagefind-meta="names:Xiaomi | ${encodeBengali('শাওমি')}"`);
    expect(out).toMatch(new RegExp(`<p>${encodeBengali('শাওমি')}\\s*</p>`));
  });
});

describe('matchesBengaliQueryWord', () => {
  const page = indexText('Language Bengali (bn). এক্সপেং কলা বিলিয়ন');
  const q = (w: string) => bengaliQueryWords(analyzeQuery(w))[0]!;
  it('accepts a word the query starts, or a shorter indexed word that starts the query', () => {
    expect(matchesBengaliQueryWord(q('এক্সপ'), page)).toBe(true);
    expect(matchesBengaliQueryWord(q('এক্সপেং'), page)).toBe(true);
    expect(matchesBengaliQueryWord(q('কলাবাগান'), page)).toBe(true);
  });
  it('rejects a page whose only link to the query is a Latin word such as "bn"', () => {
    expect(matchesBengaliQueryWord(q('কাল'), page)).toBe(false);
    expect(matchesBengaliQueryWord(q('চনর'), page)).toBe(false);
  });
  it('finds only the Bengali words of a mixed query', () => {
    expect(bengaliQueryWords(analyzeQuery('Xiaomi শাওমি 小米')).map(decodeBengali)).toEqual(['শাওমি']);
  });
});

describe('Indonesian stems in the index', () => {
  const html =
    '<main data-pagefind-body><p>Plain English producing.</p><div lang="id" class="prose"><p>Mobil itu akan <em>diproduksi</em> dan diumumkan.</p></div></main>';
  it('indexes the stems of words inside lang="id" elements only, as metadata', () => {
    expect(indonesianStems(html)).toEqual(['produksi', 'umum']);
    const out = indexableHtml(html);
    expect(out).toContain('data-pagefind-meta="stems:produksi umum"');
    // The page text itself is unchanged.
    expect(out).toContain('<em>diproduksi</em>');
  });
  it('adds nothing to pages without Indonesian', () => {
    expect(indexableHtml('<main><p>Only English.</p></main>')).toBe('<main><p>Only English.</p> </main>');
  });
});
