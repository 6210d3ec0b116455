// The ingest extractors on text written for these tests (no corpus text).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../src/ingest/amounts.ts';
import { classifyLines } from '../../src/ingest/boilerplate.ts';
import { findDates, toPartialDate } from '../../src/ingest/dateline.ts';
import { chineseScript, detectLanguage } from '../../src/ingest/detect-language.ts';
import { buildAliasLookup, findEntityMentions, findNameCandidates } from '../../src/ingest/entity-mentions.ts';
import { findMtDamage } from '../../src/ingest/mt-damage.ts';
import { asciiDigits, parseNumber } from '../../src/ingest/numerals.ts';
import { findPercentages } from '../../src/ingest/percentages.ts';
import { decodeArticle, describeRemoved, IngestInputError } from '../../src/ingest/read-text.ts';
import { slugify } from '../../src/ingest/slug.ts';
import { currencyCode } from '../../src/schemas/currency.ts';

const one = (text: string) => [{ line: 1, text }];
const amounts = (text: string, lang: string) =>
  findAmounts(one(text), lang).map(({ value, currency, usd }) => (usd ? { value, currency, usd } : { value, currency }));

describe('numerals', () => {
  it('maps the digits of any script to ASCII without changing offsets', () => {
    for (const [input, expected] of [
      ['২.২', '2.2'],
      ['٢٫٥', '2.5'],
      ['१२', '12'],
      ['１．５', '1.5'],
      ['๑๒', '12'],
      ['۱۲', '12'],
    ]) {
      expect(asciiDigits(input!)).toBe(expected);
      expect(asciiDigits(input!)).toHaveLength(input!.length);
    }
  });
  it('reads separators by the language convention', () => {
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('1.234,5', 'de')).toBe(1234.5);
    expect(parseNumber('22,50', 'id')).toBe(22.5);
    expect(parseNumber('1,234', 'en')).toBe(1234);
    expect(parseNumber('1,234', 'de')).toBe(1.234);
    expect(parseNumber('1.234', 'de')).toBe(1234);
    expect(parseNumber('10 000', 'fr')).toBe(10000);
    expect(parseNumber('1,00,000', 'hi')).toBe(100000);
  });
});

describe('amounts', () => {
  it('normalises the examples of the issue to { value, currency }', () => {
    expect(amounts('২.২ বিলিয়ন ইউয়ান তহবিল', 'bn')).toEqual([{ value: 2.2e9, currency: 'CNY' }]);
    expect(amounts('基金成立1.5亿美元人工智能基金', 'zh-Hans')).toEqual([{ value: 1.5e8, currency: 'USD' }]);
    expect(amounts('设立100亿元人民币的基金', 'zh-Hans')).toEqual([{ value: 1e10, currency: 'CNY' }]);
    expect(amounts('berinvestasi $ 10 miliar di', 'id')).toEqual([{ value: 1e10, currency: 'USD' }]);
    expect(amounts('investiert 1 Milliarde US-Dollar', 'de')).toEqual([{ value: 1e9, currency: 'USD' }]);
    expect(amounts('a 0.15 billion dollar fund', 'en')).toEqual([{ value: 1.5e8, currency: 'USD' }]);
    expect(amounts('naik menjadi HK$22,50 per saham', 'id')).toEqual([{ value: 22.5, currency: 'HKD' }]);
  });
  it('reads scales, currencies and numeral systems of many languages', () => {
    expect(amounts('نحو ٢٫٥ مليار دولار', 'ar')).toEqual([{ value: 2.5e9, currency: 'USD' }]);
    expect(amounts('около 5 млрд рублей', 'ru')).toEqual([{ value: 5e9, currency: 'RUB' }]);
    expect(amounts('1億5000万ドルを調達', 'ja')).toEqual([{ value: 1.5e8, currency: 'USD' }]);
    expect(amounts('30億円', 'ja')).toEqual([{ value: 3e9, currency: 'JPY' }]);
    expect(amounts('1조 2000억 원', 'ko')).toEqual([{ value: 1.2e12, currency: 'KRW' }]);
    expect(amounts('2.000 millones de dólares', 'es')).toEqual([{ value: 2e9, currency: 'USD' }]);
    expect(amounts("2,5 milliards d'euros", 'fr')).toEqual([{ value: 2.5e9, currency: 'EUR' }]);
    expect(amounts('1,2 Billionen Euro', 'de')).toEqual([{ value: 1.2e12, currency: 'EUR' }]);
    expect(amounts('₹500 करोड़', 'hi')).toEqual([{ value: 5e9, currency: 'INR' }]);
    expect(amounts('£5m deal', 'en')).toEqual([{ value: 5e6, currency: 'GBP' }]);
    expect(amounts('0.1 million HKD', 'en')).toEqual([{ value: 1e5, currency: 'HKD' }]);
  });
  it('keeps a bracketed dollar conversion as usd, and flags hedges and bare dollars', () => {
    const [a] = findAmounts(one('২.২ বিলিয়ন ইউয়ান (৩৪৮ মিলিয়ন ডলার) তহবিল'), 'bn');
    expect(a).toMatchObject({ value: 2.2e9, currency: 'CNY', usd: 3.48e8 });
    const [b] = findAmounts(one('roughly 250 billion yen'), 'en');
    expect(b).toMatchObject({ value: 2.5e11, currency: 'JPY', approximate: true });
    expect(findAmounts(one('$ 2.5 billion'), 'en')[0]!.note).toMatch(/US dollars/);
  });
  it('takes no number without a currency, nor names with digits, as an amount', () => {
    expect(amounts('the 10 billion innovation fund', 'en')).toEqual([]);
    expect(amounts('Xiaomi H1 2024 and the G3 model', 'en')).toEqual([]);
    expect(amounts('he won 3 games', 'en')).toEqual([]);
  });
  it('writes only ISO 4217 codes', () => {
    const all = findAmounts(one('US$1 ¥2 €3 £4 ₩5 ₽6 RM7 Rp8 R$9 S$10 NT$11 5 rupiah 6 ringgit 7 baht'), 'en');
    expect(all.length).toBeGreaterThan(10);
    for (const a of all) expect(currencyCode.safeParse(a.currency).success).toBe(true);
  });
});

describe('percentages', () => {
  it('reads signs and words in many scripts', () => {
    const values = (text: string, lang: string) => findPercentages(one(text), lang).map((p) => p.value);
    expect(values('стали 6,3%, а затем 10%.', 'ru')).toEqual([6.3, 10]);
    expect(values('প্রায় ৩৬.২% বেড়েছে', 'bn')).toEqual([36.2]);
    expect(values('一時12.5%上昇', 'ja')).toEqual([12.5]);
    expect(values('Hisseler %5 düştü', 'tr')).toEqual([5]);
    expect(values('naik 5,4 persen', 'id')).toEqual([5.4]);
    expect(values('rose 9 per cent', 'en')).toEqual([9]);
    expect(values('بنسبة 20 في المائة', 'ar')).toEqual([20]);
    expect(values('a lost number%% here', 'en')).toEqual([]);
  });
});

describe('datelines', () => {
  const date = (text: string, lang: string) => {
    const [d] = findDates(one(text), lang);
    return d && { y: d.year, m: d.month, d: d.day, t: d.time, p: d.precision };
  };
  it('reads the formats of the issue with their precision', () => {
    expect(date('Новости — 28 марта 2021, 20:53', 'ru')).toEqual({ y: 2021, m: 3, d: 28, t: '20:53', p: 'day' });
    expect(date('cls.cn · Dec 20 08:20', 'en')).toEqual({ y: undefined, m: 12, d: 20, t: '08:20', p: 'day' });
    expect(date('2021年03月30日', 'zh')).toEqual({ y: 2021, m: 3, d: 30, t: undefined, p: 'day' });
    expect(date('09.11.2017', 'de')).toEqual({ y: 2017, m: 11, d: 9, t: undefined, p: 'day' });
  });
  it('reads month names of other languages and scripts from Intl data', () => {
    expect(date('28 de marzo de 2022', 'es')).toMatchObject({ y: 2022, m: 3, d: 28 });
    expect(date('Publié le 3 mars 2023 à 14h05', 'fr')).toMatchObject({ y: 2023, m: 3, d: 3, t: '14:05' });
    expect(date('২৮ মার্চ ২০২১', 'bn')).toMatchObject({ y: 2021, m: 3, d: 28 });
    expect(date('١٥ مارس ٢٠٢٤', 'ar')).toMatchObject({ y: 2024, m: 3, d: 15 });
    expect(date('Selasa, 19 Oktober 2021 14:05 WIB', 'id')).toMatchObject({ y: 2021, m: 10, d: 19, t: '14:05' });
    expect(date('2024년 5월 2일', 'ko')).toMatchObject({ y: 2024, m: 5, d: 2 });
    expect(date('June 3, 2024 8:15 PM', 'en')).toMatchObject({ y: 2024, m: 6, d: 3, t: '20:15' });
    expect(date('March 2021', 'en')).toMatchObject({ y: 2021, m: 3, p: 'month' });
  });
  it('rejects impossible dates and lower-case words that are month names elsewhere', () => {
    expect(date('31.02.2020', 'de')).toBeUndefined();
    expect(date('he may 5 times', 'en')).toBeUndefined();
  });
  it('says when day and month order was guessed', () => {
    expect(findDates(one('03/04/2021'), 'en')[0]!.ambiguity).toMatch(/could be/);
    expect(findDates(one('25/04/2021'), 'en')[0]!.ambiguity).toBeUndefined();
  });
  it('becomes a stated partial date only when the year is given', () => {
    expect(toPartialDate(findDates(one('28 марта 2021'), 'ru')[0]!)).toMatchObject({
      value: '2021-03-28',
      precision: 'day',
      basis: 'stated',
    });
    expect(toPartialDate(findDates(one('Dec 20 08:20'), 'en')[0]!)).toBeUndefined();
  });
});

describe('language detection', () => {
  const samples = JSON.parse(readFileSync('tests/fixtures/ingest/language-samples.json', 'utf8')).samples as Record<string, string[]>;
  it('names the language of a paragraph in each language of the samples', () => {
    for (const [lang, texts] of Object.entries(samples)) {
      expect(detectLanguage(texts.join(' '))?.tag.split('-')[0], lang).toBe(lang);
    }
  });
  it('tells simplified from traditional Chinese', () => {
    expect(chineseScript('这家公司计划明年在上海建设新的研发中心')).toBe('zh-Hans');
    expect(chineseScript('這家公司計劃明年在上海建設新的研發中心')).toBe('zh-Hant');
    expect(detectLanguage('这家公司计划明年在上海建设新的研发中心，投资者对人工智能领域的热情持续高涨。')?.tag).toBe('zh-Hans');
  });
});

describe('reading raw files', () => {
  const enc = new TextEncoder();
  it('accepts UTF-8 with a BOM and CRLF line ends, and normalises to NFC', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('Cafe\u0301\r\nline two\r\n')]);
    const r = decodeArticle(bytes, 'a.txt');
    expect(r.text).toBe('Café\nline two\n');
    expect(r.hadBom).toBe(true);
    expect(r.hadCrlf).toBe(true);
  });
  it('refuses invalid UTF-8 and says where', () => {
    const bytes = new Uint8Array([...enc.encode('ok line\nbad '), 0xe9, ...enc.encode('té')]);
    expect(() => decodeArticle(bytes, 'latin1.txt')).toThrow(IngestInputError);
    expect(() => decodeArticle(bytes, 'latin1.txt')).toThrow(/latin1\.txt: the file is not valid UTF-8: bytes e9 .* at line 2, byte 5/);
  });
  it('refuses binary files, UTF-16 and empty files', () => {
    expect(() => decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'x.png')).toThrow(/binary/);
    expect(() => decodeArticle(new Uint8Array([0xff, 0xfe, 0x41, 0]), 'u16.txt')).toThrow(/UTF-16/);
    expect(() => decodeArticle(new Uint8Array([]), 'empty.txt')).toThrow(/empty/);
  });
  it('keeps the zero-width non-joiner inside Persian words and takes out only the ones the policy refuses', () => {
    const persian = 'شرکت\u200Cها سرمایه\u200Cگذاری کردند.';
    expect(decodeArticle(enc.encode(persian), 'fa.txt')).toEqual({ text: persian, hadBom: false, hadCrlf: false });
    const mixed = decodeArticle(enc.encode(`${persian}\nAc\u200Cme\u2028Corp`), 'mixed.txt');
    expect(mixed.text).toBe(`${persian}\nAcme\nCorp`);
    expect(mixed.removed).toMatchObject({ count: 2, first: { codePoint: 'U+200C', line: 2, column: 3 } });
    expect(describeRemoved(mixed.removed!)).toMatch(/line 2, column 3/);
  });
});

describe('machine-translation damage', () => {
  it('finds words fused across scripts and lost numbers', () => {
    const found = findMtDamage(
      one('এবং traditionalতিহ্যবাহী ওয়েস্টার্ন, কাছ থেকে%% শেয়ার, $ billion, Aлибаба, but not AI公司 or Apple은 or 36.2% or %5'),
    );
    expect(found.filter((d) => d.kind === 'mixed-script').map((d) => d.text)).toEqual(['traditionalতিহ্যবাহী', 'Aлибаба']);
    expect(found.filter((d) => d.kind === 'lost-number')).toHaveLength(2);
  });
});

describe('slugs', () => {
  it('transliterates any script into lower-case ASCII words', () => {
    expect(slugify('Xiaomi будет выпускать собственные электромобили')).toBe('xiaomi-budet-vypuskat-sobstvennye-elektromobili');
    expect(slugify('阿里巴巴创业者基金')).toBe('a-li-ba-ba-chuang-ye-zhe-ji-jin');
    expect(slugify("Alibaba's AI fund: 1.5 billion!")).toBe('alibabas-ai-fund-1-5-billion');
    expect(slugify('البنك المركزي')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('entity mentions', () => {
  const index = buildAliasLookup([
    {
      id: 'acme',
      data: {
        name: 'Acme Motors',
        aliases: [
          { name: 'Acme', lang: 'en', kind: 'short' },
          { name: 'ACM', lang: 'en', kind: 'ticker' },
          { name: 'অ্যাকমি', lang: 'bn', kind: 'transliteration' },
          { name: 'Акме', lang: 'ru', kind: 'transliteration' },
          { name: '艾克米', lang: 'zh-Hans', kind: 'transliteration' },
          { name: '애크미', lang: 'ko', kind: 'transliteration' },
        ],
      },
    },
    { id: 'acme-bank', data: { name: 'Acme Bank', aliases: [] } },
    { id: 'lone-ticker', data: { name: 'Lone Ticker Holdings', aliases: [{ name: 'LT', lang: 'en', kind: 'ticker' }] } },
  ]);
  const ids = (text: string) => findEntityMentions(one(text), index).mentions.map((m) => m.entity);
  it('matches names in every script, with the endings languages glue to them', () => {
    expect(ids('অ্যাকমির নতুন গাড়ি')).toEqual(['acme']);
    expect(ids('акции Акме выросли, у Акмы')).toEqual(['acme']);
    expect(ids('艾克米公司宣布')).toEqual(['acme']);
    expect(ids('애크미는 발표했다')).toEqual(['acme']);
    expect(ids("Acme Motors' shares")).toEqual(['acme']);
  });
  it('prefers the longest name and keeps word boundaries and capitals', () => {
    expect(ids('Acme Bank lent money')).toEqual(['acme-bank']);
    expect(ids('the acme of his career')).toEqual([]);
    expect(ids('Acmeville is a town')).toEqual([]);
  });
  it('links a short ticker only beside a surer mention', () => {
    expect(ids('LT rose 5%')).toEqual([]);
    expect(findEntityMentions(one('LT rose 5%'), index).unconfirmed).toEqual([{ entity: 'lone-ticker', alias: 'LT', line: 1 }]);
    expect(ids('Acme (ACM) rose')).toEqual(['acme']);
  });
  it('lists unmatched names as candidates, not sentence openers or calendar words', () => {
    const lines = one('The deal was signed in March by Acme Motors and Zenith Dynamics. However, Zenith Dynamics declined to comment.');
    const { spans } = findEntityMentions(lines, index);
    expect(findNameCandidates(lines, spans, 'en').map((c) => c.name)).toEqual(['Zenith Dynamics']);
  });
  it('joins the declined forms of a name into one candidate, with the forms it was written in', () => {
    const lines = [
      { line: 1, text: 'Завод у Києві відкрили. Директор Олег Петренко сказав, що Київ і Львів залишаться центрами.' },
      { line: 2, text: 'Офіс під Києвом переїде до Львова. Компанія з Кракова також інвестує.' },
      { line: 3, text: 'В интервью Илона Маска журналисты спросили, что думает Илон Маск.' },
    ];
    const candidates = findNameCandidates(lines, new Map(), 'uk');
    const named = (name: string) => candidates.find((c) => c.name === name);
    expect(named('Київ')).toMatchObject({ count: 3, lines: [1, 2] });
    expect(new Set(named('Київ')!.forms)).toEqual(new Set(['Києві', 'Києвом']));
    expect(named('Львів')).toMatchObject({ count: 2, forms: ['Львова'] });
    expect(named('Илон Маск')).toMatchObject({ count: 2, forms: ['Илона Маска'] });
    // A name no other candidate declines stands alone, without forms.
    expect(named('Кракова')).toEqual({ name: 'Кракова', count: 1, lines: [2] });
    expect(candidates.map((c) => c.name)).not.toEqual(expect.arrayContaining(['Києві', 'Києвом', 'Львова', 'Илона Маска']));
  });
  it('finds a Ukrainian name whose last vowel alternates, in its declined forms', () => {
    const cities = buildAliasLookup([
      { id: 'kyiv', data: { name: 'Київ', aliases: [] } },
      { id: 'lviv', data: { name: 'Львів', aliases: [] } },
    ]);
    const found = (text: string) => findEntityMentions(one(text), cities).mentions.map((m) => m.entity);
    expect(found('Завод у Києві, офіс під Києвом')).toEqual(['kyiv']);
    expect(found('Склад біля Львова')).toEqual(['lviv']);
    expect(found('Склад у Луцьку')).toEqual([]);
  });
});

describe('boilerplate classification', () => {
  it('keeps a subheading between paragraphs and removes prompts around the article', () => {
    const text = [
      'Home › World › Business',
      'A headline about a harbour deal',
      'Published 12.03.2021',
      'The port operator signed a contract with the city on Monday to expand its container terminal by a third.',
      'What comes next',
      'Construction is due to start next spring, the operator said in a statement, and finish within two years.',
      'Share this article',
      'Leave a comment',
    ].map((t, i) => ({ line: i + 1, text: t }));
    const c = classifyLines(text, 'en');
    expect(c.lines.map((l) => l.role)).toEqual([
      'boilerplate',
      'headline',
      'dateline',
      'body',
      'body',
      'body',
      'boilerplate',
      'boilerplate',
    ]);
    expect(c.dateline).toMatchObject({ year: 2021, month: 3, day: 12 });
  });
});
