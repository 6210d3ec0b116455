// Forms of the world's news pages the ingest reads: Thai era markers and Buddhist-Era years, Thai
// paragraphs without a full stop, log-in rows, Persian boilerplate, copyright lookalikes, amounts
// in genitive Greek, toman, pesos and words, declined names, short CJK names, and candidates that
// swallow a common word. Expectations are checked by hand.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/ingest/analyse.ts';
import { findAmounts } from '../../src/ingest/amounts.ts';
import { classifyLines } from '../../src/ingest/boilerplate.ts';
import { findOutlet, isCopyrightNotice } from '../../src/ingest/byline.ts';
import { findDates } from '../../src/ingest/dateline.ts';
import { buildAliasLookup, findEntityMentions, findNameCandidates } from '../../src/ingest/entity-mentions.ts';
import { isLinkRow, isProse } from '../../src/ingest/text-features.ts';

const one = (text: string) => [{ line: 1, text }];
const lines = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const amounts = (text: string, lang: string) => findAmounts(one(text), lang).map((a) => [a.value, a.currency]);

describe('Thai dates', { timeout: 30_000 }, () => {
  const read = (text: string) => findDates(one(text), 'th').map((d) => [d.year, d.month, d.day, d.time ?? null]);
  it('reads the era marker between month and year (พ.ศ. Buddhist, ค.ศ. Christian)', () => {
    expect(read('วันที่ 15 มีนาคม พ.ศ. 2567 เวลา 09:45 น.')).toEqual([[2024, 3, 15, '09:45']]);
    expect(read('2 เม.ย. พ.ศ. 2566')).toEqual([[2023, 4, 2, null]]);
    expect(read('5 ธันวาคม ค.ศ. 2023')).toEqual([[2023, 12, 5, null]]);
  });
  it('reads a two-digit year after an abbreviated Thai month as a Buddhist-Era year', () => {
    expect(read('15 มี.ค. 67')).toEqual([[2024, 3, 15, null]]);
    expect(read('3 ก.พ. 68 เวลา 10:15 น.')).toEqual([[2025, 2, 3, '10:15']]);
  });
  it('leaves a number after a month name in other languages alone', () => {
    expect(findDates(one('On 15 March 24 companies signed'), 'en').map((d) => d.year)).toEqual([undefined]);
  });
});

describe('Thai paragraphs', { timeout: 30_000 }, () => {
  const last = 'ด้าน Kestrel Energy จะเป็นผู้จัดหาแผงโซลาร์ให้กับโครงการนี้ตลอดระยะเวลาห้าปี';
  it('counts a Thai line of twenty words or more in two clauses as prose, a headline not', () => {
    expect(isProse('นอกจากนี้ยังมีแผนลงทุนเพิ่มอีก 4 พันล้านบาท ในศูนย์วิจัย ขณะที่บริษัทอื่นกำลังศึกษาการตั้งฐานการผลิตในภูมิภาคเช่นกัน')).toBe(true);
    expect(isProse('BMW ทุ่ม 3 หมื่นล้านบาท ตั้งโรงงานแบตเตอรี่ที่ระยอง')).toBe(false);
  });
  it('keeps a short last paragraph right under the article', () => {
    const c = classifyLines(
      lines(
        [
          'Volna ลงทุน 2 พันล้านบาท สร้างคลังแบตเตอรี่ในชลบุรี',
          '',
          'บริษัท Volna ผู้พัฒนาระบบกักเก็บพลังงาน ประกาศลงทุน 2 พันล้านบาท สร้างคลังแบตเตอรี่ขนาดใหญ่ในจังหวัดชลบุรี โดยคาดว่าจะเปิดดำเนินการได้ภายในสองปี',
          last,
          '',
          'ราคาน้ำมันปรับลดลงสัปดาห์นี้',
        ].join('\n'),
      ),
      'th',
    );
    expect(c.lines.find((l) => l.text === last)?.role).toBe('body');
    expect(c.lines.at(-1)?.role).toBe('boilerplate');
  });
});

describe('log-in rows and Persian boilerplate', { timeout: 30_000 }, () => {
  it('takes a row of short items between separators or wide gaps for a link row', () => {
    expect(isLinkRow('เข้าสู่ระบบ | สมัครสมาชิก')).toBe(true);
    expect(isLinkRow('התחברות   הרשמה לניוזלטר')).toBe(true);
    expect(isLinkRow('Log in · Register')).toBe(true);
    expect(isLinkRow('Nio תשקיע 450 מיליון דולר במרכז פיתוח בחיפה')).toBe(false);
    expect(isLinkRow('Tesla invests $1bn in a new plant | Example News')).toBe(false);
  });
  it('never takes a log-in row for the headline', () => {
    for (const row of ['Σύνδεση | Εγγραφή', 'התחברות   הרשמה לניוזלטר', 'เข้าสู่ระบบ | สมัครสมาชิก']) {
      const c = classifyLines(
        lines(
          `${row}\nVolna baut ein Werk in Sachsen\n3. März 2024\n\nDas Werk soll 2026 fertig sein und zweihundert Menschen beschäftigen.`,
        ),
        'de',
      );
      expect(c.headline?.main.text).toBe('Volna baut ein Werk in Sachsen');
    }
  });
  it('removes Persian share, related and copyright lines', () => {
    const text = [
      'پولاریس در نیروگاه بادی سرمایه‌گذاری می‌کند',
      '',
      'شرکت پولاریس اعلام کرد که ۲۰ میلیون دلار در یک نیروگاه بادی در شمال کشور سرمایه‌گذاری خواهد کرد.',
      'کارشناسان انتظار دارند ظرفیت تولید برق منطقه تا دو سال دیگر دو برابر شود.',
      '',
      'اشتراک‌گذاری: تلگرام واتساپ توییتر',
      'مطالب مرتبط',
      'بورس تهران امروز سبز شد',
      'تمامی حقوق این وب‌سایت محفوظ است.',
    ].join('\n');
    const c = classifyLines(lines(text), 'fa');
    expect(c.lines.slice(5).map((l) => l.removal?.category)).toEqual(['share', 'related', 'related', 'legal']);
  });
});

describe('copyright lines', { timeout: 30_000 }, () => {
  it('knows the © lookalikes, rights-reserved phrases and copyright words in more languages', () => {
    expect(isCopyrightNotice('ⓒ 한빛경제 hanbiteconomy.co.kr')).toBe(true);
    expect(isCopyrightNotice('Ⓒ 2024 Example')).toBe(true);
    expect(isCopyrightNotice('℗ 2024 Example Records')).toBe(true);
    expect(isCopyrightNotice('(c) 2024 Example Media')).toBe(true);
    expect(isCopyrightNotice('Усі права застережено. Передрук лише з дозволу редакції ekonomika-demo.ua')).toBe(true);
    expect(isCopyrightNotice('حقوق النشر ٢٠٢٤ موقع الاقتصاد اليوم eqtisad-demo.com')).toBe(true);
    expect(isCopyrightNotice('저작권자 © 한빛경제 무단전재 및 재배포 금지')).toBe(true);
    expect(isCopyrightNotice('Copyright Example Media')).toBe(true);
    // A sentence about copyright, and list items, are no notices.
    expect(isCopyrightNotice('Copyright lawsuits against AI firms rose sharply in 2024.')).toBe(false);
    expect(isCopyrightNotice('options (a), (b) and (c) were studied')).toBe(false);
  });
  it('reads the outlet from a copyright line, even one under a "read also" header, only when no other line names one, with a warning', () => {
    expect(findOutlet(undefined, [{ text: 'ⓒ 한빛경제 hanbiteconomy.co.kr' }])).toBeUndefined();
    const a = analyseArticle(
      {
        fileName: 'uk.txt',
        sha256: '0'.repeat(64),
        text: 'Волна вкладе гроші у сховища енергії\nКиїв, 22 травня 2024\n\nКомпанія Волна вкладе 150 млн доларів США у будівництво сховищ енергії під Києвом.\n\nЧитайте також\nЦіни на електроенергію зросли\nУсі права застережено. Передрук лише з дозволу редакції novyny-demo.ua',
      },
      buildAliasLookup([]),
    );
    expect(a.outlet).toBe('novyny-demo.ua');
    expect(a.warnings.join('\n')).toMatch(/copyright or footer line/);
    expect(a.removed.at(-1)?.category).toBe('legal');
  });
});

describe('amounts', { timeout: 30_000 }, () => {
  it('reads the approximate hedges added for Spanish, Portuguese, Italian, French, Dutch and Malay', () => {
    const approx = (text: string, lang: string) => findAmounts(one(text), lang).map((a) => a.approximate ?? false);
    expect(approx('Captó unas 40 millones de euros y aproximadamente 12 millones de dólares', 'es')).toEqual([true, true]);
    expect(approx('una inversión en torno a 75 millones de euros', 'es')).toEqual([true]);
    expect(approx('um aporte em torno de 90 milhões de reais', 'pt')).toEqual([true]);
    expect(approx('un investimento intorno a 30 milioni di euro', 'it')).toEqual([true]);
    expect(approx('une levée de quelque 25 millions d’euros', 'fr')).toEqual([true]);
    expect(approx('een investering van ongeveer 60 miljoen euro', 'nl')).toEqual([true]);
    expect(approx('pelaburan kira-kira 200 juta ringgit', 'ms')).toEqual([true]);
  });
  it('reads Urdu "کے قریب" as "near (a place)", not as a hedge; "قریب" alone still hedges', () => {
    const approx = (text: string) => findAmounts(one(text), 'ur').map((a) => a.approximate ?? false);
    expect(approx('ملتان کے قریب 300 کروڑ روپے کا شمسی پارک')).toEqual([false]);
    expect(approx('منصوبے پر قریب 300 کروڑ روپے لگیں گے')).toEqual([true]);
  });
  it('reads Greek currency and scale words whatever their accent', () => {
    expect(amounts('350 εκατ. δολαρίων', 'el')).toEqual([[350e6, 'USD']]);
    expect(amounts('2 εκατομμυρίων ευρώ', 'el')).toEqual([[2e6, 'EUR']]);
  });
  it('records toman as rials, ten to the toman, with a note', () => {
    const [a] = findAmounts(one('۳۰ هزار میلیارد تومان'), 'fa');
    expect([a?.value, a?.currency]).toEqual([3e14, 'IRR']);
    expect(a?.note).toMatch(/a unit of 10 IRR/);
  });
  it('tells pesos apart by their country', () => {
    expect(amounts('2.000 millones de pesos mexicanos y 500 millones de pesos argentinos', 'es')).toEqual([
      [2e9, 'MXN'],
      [5e8, 'ARS'],
    ]);
    expect(amounts('3 mil millones de pesos colombianos', 'es')).toEqual([[3e9, 'COP']]);
  });
  it('reads small numbers written as words before a scale word, and the Arabic dual', () => {
    expect(amounts('zwei Milliarden Euro', 'de')).toEqual([[2e9, 'EUR']]);
    expect(amounts('три миллиарда рублей', 'ru')).toEqual([[3e9, 'RUB']]);
    expect(amounts('dos mil millones de pesos chilenos', 'es')).toEqual([[2e9, 'CLP']]);
    expect(amounts('ملياري درهم', 'ar')).toEqual([[2e9, 'AED']]);
    // A number word without a scale word is no figure, nor is one in another language's article.
    expect(amounts('zwei Euro', 'de')).toEqual([]);
    expect(amounts('sei miliardi di euro', 'de')).toEqual([]);
    expect(amounts('sei miliardi di euro', 'it')).toEqual([[6e9, 'EUR']]);
  });
});

describe('declined and short names', { timeout: 30_000 }, () => {
  const index = buildAliasLookup([
    { id: 'musk', data: { name: 'Elon Musk', aliases: [{ name: 'Илон Маск', lang: 'ru', kind: 'transliteration' }] } },
    { id: 'volna', data: { name: 'Volna', aliases: [{ name: 'Волна', lang: 'uk', kind: 'native' }] } },
    { id: 'xiaomi', data: { name: 'Xiaomi', aliases: [{ name: '小米', lang: 'zh-Hans', kind: 'short' }] } },
  ]);
  const ids = (text: string, lang?: string) => findEntityMentions(one(text), index, lang).mentions.map((m) => m.entity);
  it('declines every word of a Russian name', () => {
    expect(ids('Представители Илона Маска заявили')).toEqual(['musk']);
    expect(ids('встреча с Илоном Маском')).toEqual(['musk']);
  });
  it('reads the Ukrainian dative and locative in -і', () => {
    expect(ids('Про це Волні повідомили')).toEqual(['volna']);
  });
  it('reads Polish case forms that replace the final -a, only in Polish', () => {
    expect(ids('Z Volną współpracuje bank, akcje Volny i Volnie', 'pl')).toEqual(['volna']);
    expect(ids('Volną', 'en')).toEqual([]);
  });
  it('counts a short name in a caseless script where it is a whole run, not inside a longer word', () => {
    expect(ids('小米、日本に投資')).toEqual(['xiaomi']);
    expect(ids('小米は3日に発表した')).toEqual(['xiaomi']);
    expect(findEntityMentions(one('小米粥を食べる'), index).unconfirmed.map((u) => u.entity)).toEqual(['xiaomi']);
  });
});

describe('name candidates', { timeout: 30_000 }, () => {
  const index = buildAliasLookup([
    { id: 'musk', data: { name: 'Elon Musk', aliases: [{ name: 'Илон Маск', lang: 'ru', kind: 'transliteration' }] } },
  ]);
  const names = (text: string, lang: string) => {
    const l = one(text);
    return findNameCandidates(l, findEntityMentions(l, index, lang).spans, lang).map((c) => c.name);
  };
  it('drops a sentence-initial common noun, and the country of a currency', () => {
    expect(names('Представители Илона Маска встретились с Ковалёвым.', 'ru')).not.toContain('Представители');
    expect(names('Фонд отримає 300 млн доларів США від Kervolt Group.', 'uk')).toEqual(['Kervolt Group']);
  });
  it('splits names joined by a conjunction, keeps "&" and a known joined name, and skips units after a number', () => {
    const joined = buildAliasLookup([{ id: 'bosch-siemens', data: { name: 'Bosch und Siemens Hausgeräte', aliases: [] } }] as never);
    const withJoined = (text: string, lang: string) => {
      const l = one(text);
      return findNameCandidates(l, findEntityMentions(l, joined, lang).spans, lang).map((c) => c.name);
    };
    expect(names('El parque abastecerá a Galicia y Asturias desde el próximo año.', 'es')).toEqual(['Asturias', 'Galicia']);
    expect(names('The contract went to Marlow & Finch and Teravolt Systems.', 'en')).toEqual(['Marlow & Finch', 'Teravolt Systems']);
    expect(withJoined('Kunden von Bosch und Siemens Hausgeräte warten.', 'de')).toEqual([]);
    expect(names('A 250 MW plant and a 40 MWh battery near Valmora.', 'en')).toEqual(['Valmora']);
    expect(names('Станция на 120 МВт откроется под Тверью.', 'ru')).toEqual(['Тверью']);
  });
  it('drops German articles and common nouns before a name', () => {
    const found = names('Das Unternehmen Volna baut in der Nähe von Dresden ein Werk. Der Zulieferer Trevolt liefert.', 'de');
    expect(found).toContain('Trevolt');
    expect(found.some((n) => /^(Das|Nähe)/u.test(n))).toBe(false);
  });
});

describe('cookie-consent banners', { timeout: 60_000 }, () => {
  // Banners written for this test, one per language; each stands above a headline and a dated paragraph.
  const banners: [string, string][] = [
    ['it', 'Utilizziamo i cookie per misurare il traffico del sito. Proseguendo la navigazione acconsenti. Accetto   Rifiuta'],
    ['tr', 'Web sitemizde size daha iyi hizmet sunmak için çerezler kullanıyoruz. Tamam'],
    ['uk', 'Наш портал зберігає файли cookie для аналітики. Прийняти'],
    ['ru', 'Мы храним файлы cookie, чтобы сайт работал лучше. Принять'],
    ['fa', 'ما برای بهبود خدمات از کوکی استفاده می‌کنیم. قبول'],
    ['ur', 'ہماری سائٹ بہتر تجربے کے لیے کوکیز محفوظ کرتی ہے۔ قبول کریں'],
    ['ar', 'نستخدم الكوكيز لتحليل الزيارات على موقعنا. أوافق'],
    ['ta', 'எங்கள் தளம் குக்கீகளைச் சேமிக்கிறது. சரி'],
    ['bn', 'আমাদের পোর্টাল কুকিজ সংরক্ষণ করে। ঠিক আছে'],
    ['hi', 'हमारी वेबसाइट अनुभव सुधारने के लिए कुकीज़ रखती है। स्वीकार करें'],
    ['ja', '本サービスは利便性向上のためクッキーを保存します。閉じる'],
    ['zh', '我们利用Cookie分析流量。继续浏览即表示同意。我知道了'],
    ['ko', '본 포털은 쿠키를 저장합니다. 확인'],
    ['th', 'พอร์ทัลนี้เก็บคุกกี้เพื่อวิเคราะห์ผู้เข้าชม ตกลง'],
    ['vi', 'Chúng tôi lưu cookie để đo lượng truy cập. Đồng ý'],
    ['id', 'Portal kami memakai cookie untuk statistik kunjungan. Setuju'],
    ['ms', 'Laman kami menyimpan kuki untuk statistik pelawat. Terima'],
    ['sw', 'Tunahifadhi vidakuzi ili kupima idadi ya wasomaji. Nakubali'],
    ['es', 'Empleamos cookies analíticas propias. Al continuar navegando aceptas su uso. Rechazar   Aceptar'],
    ['fr', 'Nous déposons des cookies de mesure d’audience. Tout refuser   Tout accepter'],
    ['pt', 'Utilizamos cookies para medir audiência. Aceitar'],
    ['de', 'Wir setzen Cookies zur Reichweitenmessung ein. Ablehnen   Akzeptieren'],
    ['pl', 'Serwis zapisuje pliki cookie w celach statystycznych. Akceptuję'],
    ['nl', 'Wij plaatsen cookies om bezoekersaantallen te meten. Akkoord'],
  ];
  const page = (banner: string) =>
    lines(
      [
        'Home | Economy | Markets',
        banner,
        'Halvorsen Grid opens a battery plant in Tromsø',
        '3 March 2025',
        '',
        'Halvorsen Grid opened a battery plant in Tromsø on Monday, its chief executive said. The plant employs 300 people and cost 40 million euros.',
      ].join('\n'),
    );
  it.each(banners)('takes the headline, not the %s consent banner above it', (_lang, banner) => {
    const c = classifyLines(page(banner));
    expect(c.headline?.main.line).toBe(3);
    expect(c.lines[1]!.role).toBe('boilerplate');
  });
  it('takes no line of two sentences, or one ending in buttons after a sentence, for the headline', () => {
    const c = classifyLines(page('Our pages remember your choices. Continue to the site. Continue'));
    expect(c.headline?.main.line).toBe(3);
    expect(classifyLines(page('Members vote to accept')).headline?.main.line).toBe(2);
  });
  it('keeps a headline about cookies that is no banner', () => {
    const c = classifyLines(
      lines(
        [
          'Regulator fines retailer over tracking cookies',
          '3 March 2025',
          '',
          'The regulator fined a retailer 2 million euros on Monday for setting tracking cookies without consent, it said.',
        ].join('\n'),
      ),
    );
    expect(c.headline?.main.line).toBe(1);
  });
});

describe('datelines closing with a time zone', { timeout: 30_000 }, () => {
  const page = (dateline: string) =>
    lines(
      [
        'Kestrel Energy inaugura un parco eolico in Puglia',
        dateline,
        '',
        'Kestrel Energy ha inaugurato un parco eolico da 90 milioni di euro vicino a Foggia, ha detto la società in una nota diffusa in mattinata.',
      ].join('\n'),
    );
  it.each([
    ['MOMBASA, Ijumaa 7 Februari 2025, saa 9:30 (EAT)', 2025],
    ['Bandung, 21 Mei 2025 (WITA)', 2025],
    ['Bari, 3 marzo 2025 alle 08:15 (CET)', 2025],
    ['Lisboa, 02/06/2025 14h30 (UTC+1)', 2025],
  ])('keeps "%s" as the dateline, not a photo credit', (dateline, year) => {
    const c = classifyLines(page(dateline));
    expect(c.lines[1]!.removal).toBeUndefined();
    expect(c.dateline?.year).toBe(year);
  });
  it('still removes a caption closing with an agency credit', () => {
    const c = classifyLines(page('Le turbine del nuovo parco vicino a Foggia (ANSA)'));
    expect(c.lines[1]!.removal?.category).toBe('photo-credit');
  });
});
