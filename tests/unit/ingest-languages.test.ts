// Ingest in many languages and on hostile input: datelines, amounts, key facts, names and outlets
// read from per-language data (src/ingest/languages.ts and Intl), control characters, and work that
// grows with the input's size. All text is written for these tests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/check/corpus.ts';
import { readContent } from '../../src/check/read-content.ts';
import { analyseArticle } from '../../src/ingest/analyse.ts';
import { findAmounts } from '../../src/ingest/amounts.ts';
import { classifyLines } from '../../src/ingest/boilerplate.ts';
import { findOutlet } from '../../src/ingest/byline.ts';
import { main } from '../../src/ingest/cli.ts';
import { findDates, toPartialDate } from '../../src/ingest/dateline.ts';
import { byMarkers, detectLanguage } from '../../src/ingest/detect-language.ts';
import { languageData, languageKey } from '../../src/ingest/languages.ts';
import { renderDraft } from '../../src/ingest/draft-writer.ts';
import { buildAliasLookup, findEntityMentions, findNameCandidates } from '../../src/ingest/entity-mentions.ts';
import { keyFactCandidates } from '../../src/ingest/key-facts.ts';
import { findPercentages } from '../../src/ingest/percentages.ts';
import { decodeArticle, IngestInputError } from '../../src/ingest/read-text.ts';
import { sentences } from '../../src/ingest/sentences.ts';
import { unsafeCharacter } from '../../src/lib/content/unsafe-characters.ts';
import { adversarialArticles } from '../support/adversarial-articles.ts';
import { LANGUAGE_LABELS } from '../fixtures/ingest/multilingual/labels.ts';
import { scoreLanguageArticle } from '../evals/score.ts';

const one = (text: string) => [{ line: 1, text }];
const amounts = (text: string, lang: string) => findAmounts(one(text), lang).map(({ value, currency }) => ({ value, currency }));
const lines = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));

describe('datelines', { timeout: 30_000 }, () => {
  it('reads a Hebrew date with the month prefix Intl writes ("ב"), and keeps the line as the dateline', () => {
    expect(findDates(one('תל אביב, 3 במרץ 2024'), 'he')[0]).toMatchObject({ year: 2024, month: 3, day: 3 });
    const c = classifyLines(
      lines(
        'ראשי | חדשות | כלכלה\nחברה מקומית מרחיבה את פעילותה בצפון\nחיפה, 24 בפברואר 2025\nהחברה הודיעה היום על פתיחת מפעל חדש בעיר, שיעסיק מאות עובדים בשנים הקרובות.',
      ),
      'he',
    );
    expect(c.dateline).toMatchObject({ year: 2025, month: 2, day: 24, line: 3 });
    expect(c.lines[2]!.role).toBe('dateline');
  });
  it('reads month names written without optional marks (Greek capitals, Hindi without nukta) and Vietnamese "tháng 5, 2024"', () => {
    expect(findDates(one('ΑΘΗΝΑ, 15 ΙΟΥΝΙΟΥ 2023'), 'el')[0]).toMatchObject({ year: 2023, month: 6, day: 15 });
    expect(findDates(one('नई दिल्ली, 2 फरवरी 2024'), 'hi')[0]).toMatchObject({ year: 2024, month: 2, day: 2 });
    expect(findDates(one('TP.HCM, 30 tháng 11, 2023'), 'vi')[0]).toMatchObject({ year: 2023, month: 11, day: 30 });
  });
  it('takes a line that ends like a sentence as the dateline only when little but the date is left', () => {
    const thai = classifyLines(
      lines(
        'ข่าวเศรษฐกิจ\nบริษัทพลังงานเปิดโรงงานใหม่ในภาคเหนือ\nเชียงใหม่ 5 มกราคม 2567 เวลา 09:15 น.\nบริษัทพลังงานแห่งหนึ่งเปิดโรงงานแห่งใหม่ในภาคเหนือ เพื่อผลิตแผงโซลาร์เซลล์สำหรับตลาดในประเทศ และคาดว่าจะจ้างงานหลายร้อยคน ในช่วงสองปีข้างหน้า ตามแผนงานที่วางไว้',
      ),
      'th',
    );
    expect(thai.dateline).toMatchObject({ year: 2024, month: 1, day: 5, line: 3 });
    const sentence = classifyLines(
      lines(
        'A headline about the deal\nThe deal was signed by both companies on 3 March 2024.\nThe company said on Monday that the deal was final and that it expected no further changes to it.',
      ),
      'en',
    );
    expect(sentence.dateline?.line).not.toBe(2);
  });
  it('reads month names that some languages write in lower case before the language is known, and not in English', () => {
    expect(findDates(one('Utrecht, 7 april 2024'), 'nl')[0]).toMatchObject({ year: 2024, month: 4, day: 7 });
    const c = classifyLines(
      lines(
        'Nyheter | Ekonomi\nEtt bolag bygger en ny fabrik\nGöteborg, 12 december 2023\nBolaget meddelade i dag att det bygger en ny fabrik i staden som ska ge hundratals jobb.',
      ),
    );
    expect(c.dateline).toMatchObject({ year: 2023, month: 12, day: 12, line: 3 });
    expect(findDates(one('the shares may 10 times'), 'en')).toEqual([]);
  });
  it('converts Solar Hijri dates with Intl calendar data, and reads none without the year', () => {
    const [d] = findDates(one('شیراز، ۲۵ مهر ۱۴۰۳'), 'fa');
    expect(d).toMatchObject({ year: 2024, month: 10, day: 16, calendar: 'persian' });
    expect(toPartialDate(d!)?.note).toMatch(/Persian/);
    expect(findDates(one('کابل، ۲۲ حمل ۱۴۰۳'), 'fa')[0]).toMatchObject({ year: 2024, month: 4, day: 10 });
    expect(findDates(one('۲۵ مهر'), 'fa')).toEqual([]);
    expect(findDates(one('۳۱ اسفند ۱۴۰۳'), 'fa')).toEqual([]);
  });
  it('reads dates that write the year first (Hungarian, Lithuanian, Latvian, Korean with spaces) and English ordinals before the month', () => {
    expect(findDates(one('Debrecen, 2024. március 15.'), 'hu')[0]).toMatchObject({ year: 2024, month: 3, day: 15 });
    expect(findDates(one('Vilnius, 2024 m. kovo 15 d.'), 'lt')[0]).toMatchObject({ year: 2024, month: 3, day: 15 });
    expect(findDates(one('Liepāja, 2024. gada 15. marts'), 'lv')[0]).toMatchObject({ year: 2024, month: 3, day: 15 });
    expect(findDates(one('입력 2024. 3. 15. 오전 9:10'), 'ko')[0]).toMatchObject({ year: 2024, month: 3, day: 15 });
    expect(findDates(one('Friday, 15th March 2024'), 'en')[0]).toMatchObject({ year: 2024, month: 3, day: 15, precision: 'day' });
  });
  it('reads the years of Japanese and Republic of China eras', () => {
    expect(findDates(one('平成31年4月30日 18時'), 'ja')[0]).toMatchObject({ year: 2019, month: 4, day: 30 });
    expect(findDates(one('令和元年5月1日'), 'ja')[0]).toMatchObject({ year: 2019, month: 5, day: 1 });
    expect(findDates(one('民國113年2月29日'), 'zh-Hant')[0]).toMatchObject({ year: 2024, month: 2, day: 29 });
    expect(findDates(one('113年2月29日'), 'zh-Hant')).toEqual([]);
  });
});

describe('page structure in more scripts', { timeout: 30_000 }, () => {
  it('takes a paragraph ending with the Urdu full stop for prose, and a log-in link for no headline', () => {
    const c = classifyLines(
      lines(
        'صفحہ اول | کاروبار | کھیل\nلاگ ان کریں\nایک کمپنی نے نئی فیکٹری کا اعلان کیا\nلاہور، 5 مارچ 2024\nکمپنی نے کہا کہ وہ شہر میں ایک نئی فیکٹری لگائے گی جس میں سینکڑوں افراد کام کریں گے۔\nحکام کے مطابق اس منصوبے پر کام اگلے سال شروع ہو گا۔\n© 2024',
      ),
    );
    expect(c.headline?.main.line).toBe(3);
    expect(c.lines.filter((l) => l.role === 'body').map((l) => l.line)).toEqual([5, 6]);
  });
  it('does not take 登录 注册 or ログイン for the headline', () => {
    const zh = classifyLines(
      lines(
        '首页 > 科技\n登录 注册\n某公司宣布在上海新建研发中心\n2024年5月2日\n某公司今天宣布，将在上海新建一座研发中心，预计明年投入使用。',
      ),
    );
    expect(zh.headline?.main.line).toBe(3);
  });
});

describe('language detection with marker words', { timeout: 30_000 }, () => {
  const italian =
    'Il gruppo ha annunciato che la produzione inizierà nel 2026 nello stabilimento della Lombardia. Anche gli investitori sono soddisfatti, e il titolo è salito del 4% alla borsa di Milano.';
  const swahili =
    'Kampuni hiyo ilisema kwamba itajenga kiwanda kipya katika mkoa wa Arusha mwaka ujao. Kwa mujibu wa taarifa yake, kiwanda hicho kitaajiri watu wengi na kuongeza mauzo ya bidhaa za kilimo katika nchi jirani.';
  it('overrules a neighbour the detector confused, and names a language it does not know', () => {
    expect(byMarkers(italian, 'es', 0.56)).toBe('it');
    expect(byMarkers(italian, 'it', 0.9)).toBeUndefined();
    expect(byMarkers(swahili, 'tl', 0.5)).toBe('sw');
    expect(byMarkers(swahili, 'tl', 0.95)).toBeUndefined();
    expect(detectLanguage(swahili)).toMatchObject({ tag: 'sw', method: 'words' });
  });
  it('reads a Tagalog guess (canonically "fil") as the languages.ts "tl" entry, and overrules it on Indonesian markers when unsure', () => {
    const indonesian =
      'Perusahaan tekstil itu berencana membangun pabrik baru di Semarang dengan investasi Rp 2 triliun, karena permintaan ekspor terus naik dibandingkan tahun lalu.';
    expect(languageKey('fil')).toBe('tl');
    expect(languageKey('id')).toBe('id');
    // Every reader of the language's data finds it under either tag.
    expect(languageData('fil')).toBe(languageData('tl'));
    expect(languageData('fil-PH').scales).toBeDefined();
    expect(byMarkers(indonesian, 'fil', 0.3)).toBe('id');
  });
  it('tells Malay from Indonesian, and leaves English with a stray marker word alone', () => {
    expect(
      detectLanguage(
        'Syarikat itu berkata pelaburan tersebut akan membantu kerajaan negeri mewujudkan lebih banyak peluang pekerjaan. Menurut beliau, kilang baharu itu dijangka siap pada tahun hadapan kerana permintaan daripada pelanggan semakin meningkat.',
      )?.tag,
    ).toBe('ms');
    expect(
      detectLanguage(
        'Perusahaan tersebut mengatakan bahwa investasi itu akan membantu pemerintah daerah menciptakan lapangan kerja. Menurut dia, pabrik baru itu diperkirakan selesai tahun depan karena permintaan dari pelanggan terus meningkat.',
      )?.tag,
    ).toBe('id');
    expect(detectLanguage('The company said it would build a plant in Arusha; "kwa" and "ya" are Swahili words.')?.tag).toBe('en');
  });
});

describe('amounts in every language', { timeout: 30_000 }, () => {
  it('reads Thai scale words that multiply and glue to the currency', () => {
    expect(amounts('ลงทุน 2.5 หมื่นล้านบาท ในปีนี้', 'th')).toEqual([{ value: 2.5e10, currency: 'THB' }]);
    expect(amounts('กำไร 3 แสนบาท และ 8 พันล้านดอลลาร์สหรัฐ', 'th')).toEqual([
      { value: 3e5, currency: 'THB' },
      { value: 8e9, currency: 'USD' },
    ]);
  });
  it('reads Greek abbreviated scales (εκατ., δισ.) and currency words, with the decimal comma', () => {
    expect(amounts('κεφάλαια 4,5 εκατ. ευρώ και 2 δισ. δολάρια', 'el')).toEqual([
      { value: 4.5e6, currency: 'EUR' },
      { value: 2e9, currency: 'USD' },
    ]);
  });
  it('reads Hebrew scales and currencies, and the glued hedge "כ-"', () => {
    const found = findAmounts(one('החברה גייסה כ-12 מיליון דולר ועוד 3 מיליארד שקלים'), 'he');
    expect(found.map(({ value, currency }) => ({ value, currency }))).toEqual([
      { value: 12e6, currency: 'USD' },
      { value: 3e9, currency: 'ILS' },
    ]);
    expect(found[0]!.approximate).toBe(true);
  });
  it('keeps the readings of the languages read before', () => {
    expect(amounts('40 مليون دولار و 15 مليون درهم', 'ar')).toEqual([
      { value: 40e6, currency: 'USD' },
      { value: 15e6, currency: 'AED' },
    ]);
    expect(amounts('15 triệu USD và 2 nghìn tỷ đồng', 'vi')).toEqual([
      { value: 15e6, currency: 'USD' },
      { value: 2e12, currency: 'VND' },
    ]);
    expect(amounts('3 mil millones de dólares', 'es')).toEqual([{ value: 3e9, currency: 'USD' }]);
    expect(amounts('6 करोड़ डॉलर', 'hi')).toEqual([{ value: 6e7, currency: 'USD' }]);
    expect(amounts('5 खरब रुपये', 'hi')).toEqual([{ value: 5e11, currency: 'INR' }]);
  });
  it('reads Polish, Ukrainian and Turkish scales and currency words, with their endings', () => {
    expect(amounts('Spółka pozyska 450 mln zł oraz 20 mln dolarów od funduszu.', 'pl')).toEqual([
      { value: 450e6, currency: 'PLN' },
      { value: 20e6, currency: 'USD' },
    ]);
    expect(amounts('Інвестиції сягнуть 3 млрд гривень, або 70 млн доларів.', 'uk')).toEqual([
      { value: 3e9, currency: 'UAH' },
      { value: 70e6, currency: 'USD' },
    ]);
    expect(amounts('Şirket 2,5 milyar TL ve 80 milyon dolarlık yatırım yapacak.', 'tr')).toEqual([
      { value: 2.5e9, currency: 'TRY' },
      { value: 80e6, currency: 'USD' },
    ]);
  });
  it('reads Persian, Urdu and Tamil scales and currencies, and a number right after "ரூ." or "Rs."', () => {
    expect(amounts('این شرکت ۳ هزار میلیارد ریال و ۵۰ میلیون دلار سرمایه\u200Cگذاری می\u200Cکند.', 'fa')).toEqual([
      { value: 3e12, currency: 'IRR' },
      { value: 50e6, currency: 'USD' },
    ]);
    expect(amounts('منصوبے پر 12 ارب روپے اور 3 کروڑ ڈالر خرچ ہوں گے۔', 'ur')).toEqual([
      { value: 12e9, currency: 'PKR' },
      { value: 3e7, currency: 'USD' },
    ]);
    expect(amounts('இதற்கு ரூ.450 கோடி மற்றும் 2 பில்லியன் டாலர் செலவாகும்.', 'ta')).toEqual([
      { value: 4.5e9, currency: 'INR' },
      { value: 2e9, currency: 'USD' },
    ]);
    expect(amounts('a fee of Rs.500 per month', 'en')).toEqual([{ value: 500, currency: 'INR' }]);
  });
  it('reads Swahili scales written before the number, after the currency, and flags a shilling of no country', () => {
    expect(amounts('Benki itatoa shilingi za Kenya bilioni 3 na dola milioni 12.', 'sw')).toEqual([
      { value: 3e9, currency: 'KES' },
      { value: 12e6, currency: 'USD' },
    ]);
    expect(amounts('Mradi wa TSh 40 bilioni', 'sw')).toEqual([{ value: 40e9, currency: 'TZS' }]);
    const [shilingi] = findAmounts(one('Serikali itachangia takriban shilingi bilioni 5.'), 'sw');
    expect(shilingi).toMatchObject({ value: 5e9, currency: 'TZS', approximate: true, text: 'shilingi bilioni 5' });
    expect(shilingi!.note).toMatch(/which country/);
    expect(amounts('Watu milioni 40 wanaishi huko.', 'sw')).toEqual([]);
  });
  it('reads French "M€" and "Md€", and named dollars of Romance languages', () => {
    expect(amounts('une levée de 150 M€ puis de 1,2 Md€', 'fr')).toEqual([
      { value: 150e6, currency: 'EUR' },
      { value: 1.2e9, currency: 'EUR' },
    ]);
    expect(amounts('une tour de 3 m de haut', 'fr')).toEqual([]);
    expect(amounts('ricavi per 2 miliardi di dollari taiwanesi', 'it')).toEqual([{ value: 2e9, currency: 'TWD' }]);
    expect(amounts('ventas de 40 millones de dólares canadienses', 'es')).toEqual([{ value: 40e6, currency: 'CAD' }]);
  });
  it('reads Swedish, Czech, Romanian ("20 de milioane"), Tagalog and Bengali amounts, and the krone of the article\'s language', () => {
    expect(amounts('Satsningen kostar 3 miljarder kronor och 40 miljoner euro.', 'sv')).toEqual([
      { value: 3e9, currency: 'SEK' },
      { value: 40e6, currency: 'EUR' },
    ]);
    expect(amounts('Investice za 1,5 miliardy korun a 200 milionů eur.', 'cs')).toEqual([
      { value: 1.5e9, currency: 'CZK' },
      { value: 200e6, currency: 'EUR' },
    ]);
    expect(amounts('o investiție de 30 de milioane de euro și 2 miliarde de lei', 'ro')).toEqual([
      { value: 30e6, currency: 'EUR' },
      { value: 2e9, currency: 'RON' },
    ]);
    expect(amounts('el 20 de mayo pagó 5 millones de euros', 'es')).toEqual([{ value: 5e6, currency: 'EUR' }]);
    expect(amounts('aabot sa 300 milyong piso ang puhunan', 'tl')).toEqual([{ value: 300e6, currency: 'PHP' }]);
    expect(amounts('ব্যাংক ২০০ কোটি টাকার ঋণ দেবে', 'bn')).toEqual([{ value: 2e9, currency: 'BDT' }]);
    expect(amounts('en investering på 2 milliarder kroner', 'da')).toEqual([{ value: 2e9, currency: 'DKK' }]);
    expect(amounts('en investering på 2 milliarder kroner', 'nb')).toEqual([{ value: 2e9, currency: 'NOK' }]);
  });
  it('reads Finnish and Hungarian endings on scale and currency words, Brazilian "bi" and "mi", and flags a bare جنيه or "Sh"', () => {
    expect(amounts('Yhtiö sijoittaa 80 miljoonaa euroa ja 1,5 miljardia dollaria.', 'fi')).toEqual([
      { value: 80e6, currency: 'EUR' },
      { value: 1.5e9, currency: 'USD' },
    ]);
    expect(amounts('A beruházás 40 milliárd forintba és 20 millió euróba kerül.', 'hu')).toEqual([
      { value: 40e9, currency: 'HUF' },
      { value: 20e6, currency: 'EUR' },
    ]);
    expect(amounts('a 500 ft tower', 'en')).toEqual([]);
    expect(amounts('A rede captou R$ 2,5 bi e US$ 40 mi.', 'pt')).toEqual([
      { value: 2.5e9, currency: 'BRL' },
      { value: 40e6, currency: 'USD' },
    ]);
    expect(amounts('pays $2 bi-weekly', 'en')).toEqual([{ value: 2, currency: 'USD' }]);
    expect(findAmounts(one('باستثمارات 4 مليارات جنيه'), 'ar')[0]).toMatchObject({
      value: 4e9,
      currency: 'EGP',
      note: expect.stringMatching(/جنيه/),
    });
    expect(findAmounts(one('Mradi wa Sh3 bilioni'), 'sw')[0]).toMatchObject({
      value: 3e9,
      currency: 'TZS',
      note: expect.stringMatching(/which country/),
    });
  });
  it('takes a bare 元 as the currency named before the number, and flags it alone in Traditional Chinese', () => {
    expect(findAmounts(one('公司投資新台幣80億元興建新廠'), 'zh-Hant')).toMatchObject([{ value: 8e9, currency: 'TWD' }]);
    expect(findAmounts(one('公司投資新台幣80億元興建新廠'), 'zh-Hant')[0]!.note).toBeUndefined();
    expect(amounts('營收達3兆元新台幣', 'zh-Hant')).toEqual([{ value: 3e12, currency: 'TWD' }]);
    const [bare] = findAmounts(one('營收達500億元'), 'zh-Hant');
    expect(bare).toMatchObject({ value: 5e10, currency: 'CNY' });
    expect(bare!.note).toMatch(/元/);
    expect(findAmounts(one('公司投资50亿元建设工厂'), 'zh-Hans')[0]!.note).toBeUndefined();
  });
});

describe('key-fact candidates', { timeout: 30_000 }, () => {
  const facts = (text: string, lang: string) => {
    const body = one(text);
    return keyFactCandidates(body, findAmounts(body, lang), findPercentages(body, lang), lang).map((k) => k.text);
  };
  it('finds sentences with figures in Thai (no full stops), Greek and Hebrew', () => {
    expect(facts('บริษัทเปิดเผยว่า ได้รับเงินลงทุน 9 พันล้านบาท จากนักลงทุนต่างชาติ', 'th')).toEqual(['ได้รับเงินลงทุน 9 พันล้านบาท']);
    expect(facts('Η εταιρεία άντλησε 8 εκατ. ευρώ. Η διοίκηση είναι αισιόδοξη.', 'el')).toEqual(['Η εταιρεία άντλησε 8 εκατ. ευρώ.']);
    expect(facts('החברה גייסה 20 מיליון דולר. המנכ"ל מרוצה.', 'he')).toEqual(['החברה גייסה 20 מיליון דולר.']);
  });
  it('does not split a sentence inside a figure ("12 Mio. Euro")', () => {
    expect(facts('Der Hersteller investiert 12 Mio. Euro in ein neues Werk. Die Stadt freut sich.', 'de')).toEqual([
      'Der Hersteller investiert 12 Mio. Euro in ein neues Werk.',
    ]);
  });
  it('splits Thai at spaces between words, never beside a number', () => {
    const text = 'ยอดขาย 1.5 หมื่นล้านบาท ปีนี้';
    expect(sentences(text, 'th').map((s) => text.slice(s.start, s.end))).toEqual(['ยอดขาย 1.5 หมื่นล้านบาท', 'ปีนี้']);
  });
});

describe('entity names in any case and form', { timeout: 30_000 }, () => {
  const index = buildAliasLookup([
    { id: 'nio', data: { name: 'NIO', aliases: [] } },
    { id: 'acme', data: { name: 'Acme Motors', aliases: [{ name: 'Acme', lang: 'en', kind: 'short' }] } },
    {
      id: 'olympia',
      data: {
        name: 'Olympia Holdings',
        aliases: [
          { name: 'Ολυμπία Συμμετοχών', lang: 'el', kind: 'native' },
          { name: 'Όμιλος Κρόνος', lang: 'el', kind: 'native' },
        ],
      },
    },
    { id: 'yozh', data: { name: 'Yozh Group', aliases: [{ name: 'Ёж Групп', lang: 'ru', kind: 'native' }] } },
  ]);
  const ids = (text: string) => findEntityMentions(one(text), index).mentions.map((m) => m.entity);
  it('links NIO written Nio, and nio beside a surer mention', () => {
    expect(ids('Der Elektroautobauer Nio meldet Zahlen')).toEqual(['nio']);
    expect(ids('Nio and nio shares')).toEqual(['nio']);
    expect(findEntityMentions(one('the nio brand'), index).unconfirmed.map((u) => u.entity)).toEqual(['nio']);
    expect(ids('the acme of his career')).toEqual([]);
  });
  it('matches Greek names in capitals without accents, with final sigma, and declined', () => {
    expect(ids('Η ΟΛΥΜΠΙΑ ΣΥΜΜΕΤΟΧΩΝ ανακοίνωσε')).toEqual(['olympia']);
    expect(ids('ο ΟΜΙΛΟΣ ΚΡΟΝΟΣ και του Ομίλου Κρόνου')).toEqual(['olympia']);
  });
  it('matches Latin-script names with the case endings Polish, Czech, Finnish and Hungarian glue to them', () => {
    expect(ids('Przedstawiciele Acme Motorsu i Nio')).toEqual(['acme', 'nio']);
    expect(ids('Umowę z Acme Motorsem podpisano wczoraj')).toEqual(['acme']);
    expect(ids('Akcie Nia a Acmeovi')).toEqual(['acme']);
    expect(ids('Acmen liikevaihto kasvoi')).toEqual(['acme']);
    expect(ids('az Acmeval kötött szerződés')).toEqual(['acme']);
    expect(ids('Acmeology is a word, and so is Acmes')).toEqual([]);
    expect(ids('Nion and NIOn are other names')).toEqual([]);
  });
  it("takes a Latin ending only in its own language's article", () => {
    const inArticle = (text: string, lang: string) => findEntityMentions(one(text), index, lang).mentions.map((m) => m.entity);
    expect(inArticle('Acmen liikevaihto kasvoi', 'fi')).toEqual(['acme']);
    expect(inArticle('Przedstawiciele Acme Motorsu', 'pl')).toEqual(['acme']);
    // Finnish -n and Polish -u are no endings in English.
    expect(inArticle('Acmen and Acmeu are other words', 'en')).toEqual([]);
    expect(inArticle('Acmeu', 'pl')).toEqual(['acme']);
  });
  it('matches Cyrillic "ё" written "е"', () => {
    expect(ids('Компания Еж Групп сообщила')).toEqual(['yozh']);
  });
  it('does not glue a preceding common noun to a German name, nor take a compound noun for one', () => {
    const text = one(
      'Der chinesische Elektroautobauer Qorvana plant den Elektroauto-Start in Europa. Der Batteriehersteller Lumetra liefert die Zellen.',
    );
    const names = findNameCandidates(text, findEntityMentions(text, index).spans, 'de').map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Qorvana', 'Lumetra']));
    for (const n of names) expect(n).not.toMatch(/Elektroauto|hersteller/);
  });
});

describe('outlet', { timeout: 30_000 }, () => {
  it('is never taken from a copyright, legal or navigation line, and the draft says when there is none', () => {
    expect(
      findOutlet(undefined, [
        { text: '© 2017 Alle Rechte vorbehalten. Impressum | Datenschutz' },
        { text: 'Copyright © 2024 Beispiel Zeitung' },
      ]),
    ).toBeUndefined();
    expect(
      findOutlet(undefined, [
        { text: 'Mehr auf beispiel-zeitung.de' },
        { text: 'Abonnieren: beispiel-zeitung.de/abo' },
        { text: 'Impressum: anderer-verlag.de', removal: { category: 'legal' } },
      ]),
    ).toBe('beispiel-zeitung.de');
    const a = analyseArticle(
      {
        fileName: 'x.txt',
        sha256: '0'.repeat(64),
        text: 'Ein Titel über die Firma\n\n3. März 2024\n\nDie Firma hat heute in Berlin ein neues Werk eröffnet, das zweihundert Menschen beschäftigen soll.\n\n© 2024 Alle Rechte vorbehalten.',
      },
      buildAliasLookup([]),
    );
    expect(a.outlet).toBeUndefined();
    expect(a.warnings.join('\n')).toMatch(/no outlet found/);
  });
  it('knows copyright lines without "©" in more languages, and source labels that name no domain', () => {
    expect(findOutlet(undefined, [{ text: 'Wszelkie prawa zastrzeżone gazetaprzyklad.pl' }])).toBeUndefined();
    expect(findOutlet(undefined, [{ text: 'Haki zote zimehifadhiwa habarimfano.co.tz' }])).toBeUndefined();
    expect(findOutlet(undefined, [{ text: 'Alla rättigheter förbehållna nyhetsexempel.se' }])).toBeUndefined();
    expect(findOutlet('Kraków, 12.05.2024 | Źródło: Agencja Przykład', [])).toBe('Agencja Przykład');
    expect(findOutlet('Київ, 12 травня 2024 | Джерело: Прикладне агентство', [])).toBe('Прикладне агентство');
  });
});

describe('the multilingual fixtures', { timeout: 30_000 }, () => {
  const dir = 'tests/fixtures/ingest/multilingual';
  const index = buildAliasLookup(readContent(join(dir, 'content')).collections.entities);
  for (const labels of LANGUAGE_LABELS) {
    it(`reads ${labels.file}: language, date, amounts, entities, key facts, outlet, and drafts it`, () => {
      const bytes = readFileSync(join(dir, 'articles', labels.file));
      const a = analyseArticle({ fileName: labels.file, sha256: sha256(bytes), text: decodeArticle(bytes, labels.file).text }, index);
      const s = scoreLanguageArticle(a, labels);
      expect({ language: s.language, date: s.date, outlet: s.outlet, keyFacts: s.keyFacts }).toEqual({
        language: 1,
        date: 1,
        outlet: 1,
        keyFacts: 1,
      });
      expect({
        amountsMissed: s.amounts.missed,
        amountsExtra: s.amounts.extra,
        entitiesMissed: s.entities.missed,
        entitiesExtra: s.entities.extra,
      }).toEqual({ amountsMissed: [], amountsExtra: [], entitiesMissed: [], entitiesExtra: [] });
      if (s.candidates) expect(s.candidates.missed).toEqual([]);
      // The draft fits the brief schema, whichever way the language was found (marker words for Swahili and Nepali).
      expect(() => renderDraft(a)).not.toThrow();
    });
  }
});

describe('hostile input', { timeout: 30_000 }, () => {
  const enc = new TextEncoder();
  const temps: string[] = [];
  afterAll(() => {
    for (const d of temps) rmSync(d, { recursive: true, force: true });
  });
  it('refuses a file of white space like an empty one', () => {
    expect(() => decodeArticle(enc.encode('  \n\t\n \u00A0 \n'), 'blank.txt')).toThrow(IngestInputError);
    expect(() => decodeArticle(enc.encode('  \n\t\n'), 'blank.txt')).toThrow(/blank\.txt: the file holds no text: only white space/);
    expect(() => decodeArticle(enc.encode('\u202E \u0007\n'), 'controls.txt')).toThrow(/controls\.txt: the file holds no text/);
  });
  it('removes control and bidi-override characters, says so, and the draft holds none of them', () => {
    const text =
      'A headline with a \u202Ehidden\u202C turn\n\n3 March 2024\n\nThe company\u001B[31m said\u0007 it raised $5 million from investors in a round that closed this week.\n';
    const r = decodeArticle(enc.encode(text), 'bidi.txt');
    expect(r.text).not.toMatch(/[\u202E\u202C\u001B\u0007]/);
    expect(r.removed).toMatchObject({ count: 4, first: { codePoint: 'U+202E', line: 1, column: 19 } });
    const draft = renderDraft(analyseArticle({ fileName: 'bidi.txt', sha256: '0'.repeat(64), text: r.text }, buildAliasLookup([])));
    expect(unsafeCharacter(draft)).toBeUndefined();
    // The CLI names the file and what it removed.
    const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-lang-'));
    temps.push(dir);
    writeFileSync(join(dir, 'bidi.txt'), text);
    const out: string[] = [];
    main(['--dry-run', '--content-dir', join(dir, 'content'), join(dir, 'bidi.txt')], {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      cwd: dir,
    });
    expect(out.join('\n')).toMatch(
      /bidi\.txt[^\n]*\n(?:.*\n)*?\s+note: removed 4 character\(s\) that npm run check refuses: a right-to-left override mark \(U\+202E\)/,
    );
  });
  it('does work that grows linearly with the input: CPU time at 4x the size stays far below 16x (quadratic)', () => {
    const index = buildAliasLookup(readContent('content').collections.entities);
    const cpuOnce = (text: string) => {
      const start = process.cpuUsage();
      renderDraft(analyseArticle({ fileName: 'x.txt', sha256: '0'.repeat(64), text }, index));
      const used = process.cpuUsage(start);
      return used.user + used.system;
    };
    /**
     * The best of five runs of each size, the two sizes taken in turn: a garbage collection or a
     * busy core inflates single runs, never the work, and a core shared with another test file
     * (the other test worker, a hyperthread of the same core) inflates both sizes alike rather
     * than whichever ran while it was busy.
     */
    const cpuPair = (small: string, large: string) => {
      let [bestSmall, bestLarge] = [Infinity, Infinity];
      for (let k = 0; k < 5; k++) {
        bestSmall = Math.min(bestSmall, cpuOnce(small));
        bestLarge = Math.min(bestLarge, cpuOnce(large));
      }
      return [bestSmall, bestLarge] as const;
    };
    cpuOnce('Warm-up headline\n\n3 March 2024\n\nThe company raised $5 million from investors in Berlin today.');
    // Sizes large enough that the work, not a garbage collection or a timer tick, is what is
    // measured; a pattern cheaper than 20 ms at the small size counts as 20 ms (it cannot be
    // quadratic enough to matter), so the ratio of two tiny, noisy times never decides.
    const small = adversarialArticles(128 * 1024);
    const large = adversarialArticles(512 * 1024);
    const ratios = Object.fromEntries(
      small.map((s, i) => {
        const [smallCpu, largeCpu] = cpuPair(s.text, large[i]!.text);
        return [s.name, largeCpu / Math.max(smallCpu, 20_000)];
      }),
    );
    for (const [name, ratio] of Object.entries(ratios))
      expect(ratio, `${name}: ${ratio.toFixed(1)}x the CPU time for 4x the input`).toBeLessThan(9);
    // A wall-clock bound only against a hang: the verdict is the CPU ratio, and a loaded machine may take minutes.
  }, 600_000);
});
