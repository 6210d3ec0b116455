// Readings that broad rules made on ordinary text, each next to the reading the rule was written
// for. The sentences are written for these tests; expectations are checked by hand. The first test
// of a block reads ten languages' patterns for the first time: a generous timeout on a busy machine.
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../src/ingest/amounts.ts';
import { analyseArticle } from '../../src/ingest/analyse.ts';
import { classifyLines } from '../../src/ingest/boilerplate.ts';
import { languageBylineAuthor } from '../../src/ingest/byline.ts';
import { consentCues, isConsentBanner } from '../../src/ingest/consent.ts';
import { findDates } from '../../src/ingest/dateline.ts';
import { detectLanguage } from '../../src/ingest/detect-language.ts';
import { findPercentages } from '../../src/ingest/percentages.ts';
import { buildAliasLookup } from '../../src/ingest/entity-mentions.ts';

const one = (text: string) => [{ line: 1, text }];
const amounts = (text: string, lang: string) =>
  findAmounts(one(text), lang).map((a) => [a.value, a.currency, Boolean(a.approximate)] as const);

describe('"more than" after an amount', { timeout: 120_000 }, () => {
  it('is no hedge at the end of its clause, where the amount is what another is compared with', () => {
    expect(amounts('इस बार बिक्री 900 करोड़ रुपये रही, जो बीते साल के 650 करोड़ रुपये से ज्यादा है।', 'hi')).toEqual([
      [9e9, 'INR', false],
      [6.5e9, 'INR', false],
    ]);
    expect(amounts('Ciro 900 milyon lira oldu, önceki yılın 650 milyon liradan fazla.', 'tr')).toEqual([
      [900e6, 'TRY', false],
      [650e6, 'TRY', false],
    ]);
    expect(amounts('Табыс 90 млрд теңге, бұл өткен жылғы 65 млрд теңгеден астам.', 'kk')).toEqual([
      [90e9, 'KZT', false],
      [65e9, 'KZT', false],
    ]);
    expect(amounts('Орлого 90 тэрбум төгрөг, өмнөх оны 65 тэрбум төгрөгөөс их байна.', 'mn')).toEqual([
      [90e9, 'MNT', false],
      [65e9, 'MNT', false],
    ]);
    expect(amounts("Daromad 900 million so'm, avvalgi yilgi 650 million so'mdan ko'proq.", 'uz')).toEqual([
      [900e6, 'UZS', false],
      [650e6, 'UZS', false],
    ]);
    expect(amounts('فروخت 900 کروڑ روپے رہی جو گزشتہ برس کے 650 کروڑ روپے سے زیادہ ہے۔', 'ur')).toEqual([
      [9e9, 'PKR', false],
      [6.5e9, 'PKR', false],
    ]);
    expect(amounts('बिक्री 900 करोड रुपैयाँ पुग्यो, जुन अघिल्लो वर्षको 650 करोड रुपैयाँ भन्दा बढी हो।', 'ne')).toEqual([
      [9e9, 'NPR', false],
      [6.5e9, 'NPR', false],
    ]);
    expect(amounts('বিক্রি 900 কোটি টাকা, আগের বছরের 650 কোটি টাকার বেশি।', 'bn')).toEqual([
      [9e9, 'BDT', false],
      [6.5e9, 'BDT', false],
    ]);
    expect(amounts('გაყიდვები 90 მილიონი ლარია, წინა წლის 65 მილიონ ლარზე მეტი.', 'ka')).toEqual([
      [90e6, 'GEL', false],
      [65e6, 'GEL', false],
    ]);
    expect(amounts('ሽያጩ 900 ሚሊዮን ብር ሲሆን ካለፈው ዓመት 650 ሚሊዮን ብር በላይ ነው።', 'am')).toEqual([
      [900e6, 'ETB', false],
      [650e6, 'ETB', false],
    ]);
  });
  it('still hedges an amount when a noun or a verb follows it, and an "about" word at a sentence end', () => {
    expect(amounts('नई लाइन पर 650 करोड़ रुपये से ज्यादा खर्च किए जाएंगे।', 'hi')).toEqual([[6.5e9, 'INR', true]]);
    expect(amounts('Yeni hat için 80 milyon dolardan fazla harcanacak.', 'tr')).toEqual([[80e6, 'USD', true]]);
    expect(amounts('Көпірге 12 млрд теңгеден астам қаражат бөлінді.', 'kk')).toEqual([[12e9, 'KZT', true]]);
    expect(amounts('Yola 40 milyon manatdan çox vəsait ayrılıb.', 'az')).toEqual([[40e6, 'AZN', true]]);
    expect(amounts('Ko‘prik 70 million dollardan ortiq turadi.', 'uz')).toEqual([[70e6, 'USD', true]]);
    expect(amounts('Köprünün maliyeti 2 milyar dolar civarında.', 'tr')).toEqual([[2e9, 'USD', true]]);
    expect(amounts('Anggaran jembatan Rp 3 triliun lebih.', 'id')).toEqual([[3e12, 'IDR', true]]);
  });
  it('hedges the figure after "के करीब", not the amount before it', () => {
    expect(amounts('बैंक ने 800 करोड़ रुपये के कर्ज में से 300 करोड़ रुपये के करीब 120 करोड़ रुपये लौटाए।', 'hi')).toEqual([
      [8e9, 'INR', false],
      [3e9, 'INR', false],
      [1.2e9, 'INR', true],
    ]);
    expect(amounts('बिक्री 450 करोड़ रुपये के करीब रही।', 'hi')).toEqual([[4.5e9, 'INR', true]]);
  });
  it('is no hedge in an article either, where one hedged mention would make every mention of the value approximate', () => {
    const text = [
      'Kiralar 650 milyon liraya ulaştı',
      '',
      'Şirketin kira geliri bu yıl 650 milyon lira oldu.',
      '',
      'Gelecek yıl gelir 900 milyon lira olacak, bu yılki 650 milyon liradan fazla.',
    ].join('\n');
    const a = analyseArticle({ fileName: 'tr-kira.txt', sha256: 'c'.repeat(64), text }, buildAliasLookup([]));
    expect(a.amounts.map((m) => [m.value, Boolean(m.approximate)])).toEqual([
      [650e6, false],
      [900e6, false],
    ]);
  });
});

describe('marker words a neighbouring language shares', { timeout: 120_000 }, () => {
  const article = (text: string) => analyseArticle({ fileName: 'x.txt', sha256: 'd'.repeat(64), text }, buildAliasLookup([]));
  it('leave a short Danish article Danish: kroner are DKK and the byline after "Af" is read', () => {
    const a = article(
      [
        'Færgeselskab hæver priserne',
        '',
        'Af Mette Lindholm',
        '',
        'Færgeselskabet hæver billetpriserne, hvor passagererne skal betale 40 millioner kroner mere om året. Prisen vil nå et nyt niveau, siger direktøren.',
      ].join('\n'),
    );
    expect([a.language.tag, a.author, a.amounts.map((m) => m.currency)]).toEqual(['da', 'Mette Lindholm', ['DKK']]);
  });
  it('leave a short Czech or Slovak text Czech or Slovak, not Slovene', () => {
    expect(
      detectLanguage(
        'Pivovar v stredu oznámil, že tento rok predal viac piva ako vlani. Pri tom riaditeľ povedal, že firma otvorí novú linku.',
      )?.tag,
    ).toBe('sk');
    expect(
      detectLanguage('Město v pondělí oznámilo, že opraví most. Starosta řekl, že práce začnou v létě a že potrvají dva roky.')?.tag,
    ).toBe('cs');
  });
  it('still read Bokmål and Slovene by their own markers', () => {
    const nb = article(
      [
        'Ferjeselskapet øker prisene',
        '',
        'Av Kari Nordlie',
        '',
        'Selskapet øker billettprisene, og passasjerene må betale 40 millioner kroner mer i året. Det blir dyrere, sier direktøren, som fikk mye kritikk etter møtet.',
      ].join('\n'),
    );
    expect([nb.author, nb.amounts.map((m) => m.currency)]).toEqual(['Kari Nordlie', ['NOK']]);
    expect(
      detectLanguage(
        'Pivovarna je v sredo sporočila, da je letos prodala več piva kot lani. Direktor je tudi dejal, da bodo odprli novo linijo, vendar ne letos.',
      )?.tag,
    ).toBe('sl');
  });
});

describe('a photo credit after a dash or a colon, without brackets', { timeout: 120_000 }, () => {
  const BODY = 'The council said on Monday that the new ferry line would start in spring and carry 2,000 people a day.';
  const page = (headline: string, line: string, lang: string) =>
    classifyLines(
      [headline, '', '14 March 2025', '', BODY, line, 'The operator expects the line to break even within three years of opening.']
        .join('\n')
        .split('\n')
        .map((text, i) => ({ line: i + 1, text })),
      lang,
    );
  const roleOf = (line: string, lang: string) => page('Ferry Line Opens in Spring', line, lang).lines[5]!.removal?.category;
  it('keeps a title-case headline whose second half opens with the word for a photo', () => {
    for (const [headline, lang] of [
      ['Camera Maker Redesigns Its App — Photos Get More Room', 'en'],
      ['Harga Lensa Turun - Foto Keluarga Makin Murah', 'id'],
    ]) {
      const c = page(headline!, 'The harbour was quiet on the day of the announcement, officials said.', lang!);
      expect(c.lines[0]!.removal, headline).toBeUndefined();
      expect(c.headline?.main.text).toBe(headline);
    }
  });
  it('keeps a body line whose tail after the dash is a sentence, in a cased script or not', () => {
    for (const [line, lang] of [
      ['The old app kept copies on the phone - Photos Library users now get more space in the cloud', 'en'],
      ['नई नीति पर बहस के बाद मंत्रालय का रुख — तस्वीर अब काफी हद तक साफ हो चुकी है।', 'hi'],
      ['নতুন সিনেমার শুটিং শেষ করলেন পরিচালক - ছবি মুক্তি পাবে আগামী বৈশাখে।', 'bn'],
      ['Er zeigte ein Foto: Darauf sieht man die neue Fähre im Hafen, die im Frühjahr fahren soll.', 'de'],
    ])
      expect(roleOf(line!, lang!), line).toBeUndefined();
  });
  it('still removes a caption closing with an agency or a photographer after the word for a photo', () => {
    for (const [line, lang] of [
      ['Nová kompa pri prístave v Komárne. FOTO: TASR/Jana Horváthová', 'sk'],
      ['Feri baharu di jeti Kuala Perlis - Foto BERNAMA', 'ms'],
      ['Die neue Fähre am Anleger. Foto: dpa/Anna Becker', 'de'],
      ['De nieuwe veerboot bij Zwolle. Foto: Rob van Dijk', 'nl'],
      ['ახალი ბორანი ფოთის პორტში. ფოტო: პორტის ადმინისტრაცია', 'ka'],
      ['Новий пором біля причалу в Одесі. Фото: прес-служба Укрпорту', 'uk'],
      ['नई नौका सेवा का उद्घाटन करते मंत्री। फोटो: पीटीआई', 'hi'],
    ])
      expect(roleOf(line!, lang!), line).toBe('photo-credit');
  });
});

describe('month names of Hausa, Somali, Maltese, Zulu and the like in other text', { timeout: 120_000 }, () => {
  const dates = (text: string, lang: string) => findDates(one(text), lang).map((d) => [d.year, d.month, d.day]);
  it('are read alone or with a year only in an article of their language', () => {
    expect(dates('Agusta 2027 Touring Bikes Get New Seats', 'und')).toEqual([]);
    expect(dates('Yuli 2026 Review of the Harbour', 'en')).toEqual([]);
    expect(dates('Lulju 2026 fil-port', 'en')).toEqual([]);
    expect(dates('Za a bude kasuwar a Yuli 2026', 'ha')).toEqual([[2026, 7, undefined]]);
    expect(dates('Dekedda cusub waxaa la furayaa Maarso 2026', 'so')).toEqual([[2026, 3, undefined]]);
  });
  it('are read in a full date with its day and year before the language is known', () => {
    expect(dates('Talata, 9 ga Yuli, 2026', 'und')).toEqual([[2026, 7, 9]]);
    expect(dates('Talata, 9 ga Yuli, 2026', 'ha')).toEqual([[2026, 7, 9]]);
  });
  it('leave a title-case headline a headline, not the dateline', () => {
    const c = classifyLines(
      [
        'Agusta 2027 Touring Bikes Get New Seats',
        '',
        '3 March 2026',
        '',
        'The maker said on Tuesday that its touring range would get new seats and a larger fuel tank next year.',
      ]
        .join('\n')
        .split('\n')
        .map((text, i) => ({ line: i + 1, text })),
    );
    expect([c.headline?.main.text, c.dateline?.text]).toEqual(['Agusta 2027 Touring Bikes Get New Seats', '3 March 2026']);
  });
});

describe('a consent cue that is also a word for biscuits or cakes', { timeout: 120_000 }, () => {
  const banner = (text: string) => isConsentBanner(text, text.split(/\s+/u).length);
  it('is no cue in a sentence about food, even one ending in a word that is also a button', () => {
    for (const text of [
      'A cukrászda szerint a sütik iránti kereslet nőtt, a bevétel 300 millió forint körül alakult, és minden rendben.',
      'Ο φούρνος της γειτονιάς πούλησε μπισκότα για 2 εκατ. ευρώ και συμφωνώ με τον απολογισμό του.',
      'Пекарната продаде бисквитки за 3 милиона лева, приемам това като добър знак.',
      'La pastisseria ven galetes i cookies de xocolata a tot el barri.',
    ]) {
      expect(banner(text), text).toBe(false);
      // Only the English "cookies" is left a cue.
      expect(consentCues(text), text).toBe(text.includes('cookies') ? 1 : 0);
    }
  });
  it('still makes a banner next to a word of the web or before buttons after a sentence', () => {
    for (const text of [
      'Koristimo kolačiće kako bismo poboljšali vaše iskustvo na stranici. Prihvaćam',
      'Ez a honlap sütiket használ a böngészés kényelméért. Elfogadom',
      'Този сайт използва бисквитки за по-добро сърфиране. Приемам',
      'Aquest web utilitza galetes (cookies) per recordar les preferències de navegació i per a estadístiques.',
    ])
      expect(banner(text), text).toBe(true);
  });
});

describe('percent words', { timeout: 120_000 }, () => {
  const pct = (text: string, lang: string) => findPercentages(one(text), lang).map((p) => [p.value, p.text]);
  it('reads Somali "boqolkiiba" and Sorani "لەسەدا" before the figure, never after a year', () => {
    expect(pct('Sannadkii 2025 boqolkiiba 12 ayay korodhay iibka kalluunka.', 'so')).toEqual([[12, 'boqolkiiba 12']]);
    expect(pct('لە ساڵی 2025 لەسەدا 12 فرۆشتنی ماسی زیادی کرد.', 'ckb')).toEqual([[12, 'لەسەدا 12']]);
    expect(pct('فرۆشتن لە سەدا 8 زیادی کرد.', 'ckb')).toEqual([[8, 'لە سەدا 8']]);
    // Both also follow the figure.
    expect(pct('Dowladdu waxay heli doontaa 30 boqolkiiba saamiyada.', 'so')).toEqual([[30, '30 boqolkiiba']]);
    expect(pct('حکومەت ٣٠ لەسەدای پشکەکان وەردەگرێت.', 'ckb')).toEqual([[30, '٣٠ لەسەدای']]);
  });
  it('reads "posto" as percent in Croatian, Serbian and Bosnian articles, not in Portuguese or Italian ones', () => {
    expect(pct('A câmara abriu 1 posto de saúde novo na vila.', 'pt')).toEqual([]);
    expect(pct('Il comune ha aperto 1 posto di guardia medica.', 'it')).toEqual([]);
    expect(pct('Cijene kruha porasle su 12 posto u godinu dana.', 'hr')).toEqual([[12, '12 posto']]);
    expect(pct('Цене хлеба порасле су 12 посто.', 'sr')).toEqual([[12, '12 посто']]);
  });
  it('reads the Hebrew and Armenian percent word, not a longer word that begins like it', () => {
    expect(pct('ב-2025 אחוזת הנופש נמכרה לקרן.', 'he')).toEqual([]);
    expect(pct('המכירות עלו ב-12 אחוזים.', 'he')).toEqual([[12, '12 אחוזים']]);
    expect(pct('Բանկը 2025 տոկոսադրույքը բարձրացրեց։', 'hy')).toEqual([]);
    expect(pct('Վաճառքն աճել է 12 տոկոսով։', 'hy')).toEqual([[12, '12 տոկոսով']]);
  });
});

describe('two amounts joined by a dash', { timeout: 120_000 }, () => {
  const notes = (text: string) => findAmounts(one(text), 'en').map((a) => [a.value, /end of a range/u.test(a.note ?? '')]);
  it('are an amount and a difference, not a range, when a comparative follows the second', () => {
    expect(notes('The bakery chain raised $3 million — $4 million less than it had hoped for.')).toEqual([
      [3e6, false],
      [4e6, false],
    ]);
    expect(notes('The club collected $3 million - $4 million short of the target.')).toEqual([
      [3e6, false],
      [4e6, false],
    ]);
  });
  it('are still a range otherwise, also before "over" a period', () => {
    expect(notes('The new pier will cost $3 million – $4 million, the port said.')).toEqual([
      [3e6, true],
      [4e6, true],
    ]);
    expect(notes('The upgrade will cost $3 million – $4 million over three years.')).toEqual([
      [3e6, true],
      [4e6, true],
    ]);
  });
});

describe('an upper end written without scale or currency', { timeout: 120_000 }, () => {
  const all = (text: string, lang: string) => findAmounts(one(text), lang).map((a) => [a.value, a.currency]);
  it('is no day or month: "hadi 20 mwezi huu", "မှ ၂၅ ရက်အတွင်း"', () => {
    expect(all('Halmashauri itatoa shilingi milioni 3 hadi 20 mwezi ujao.', 'sw')).toEqual([[3e6, 'TZS']]);
    expect(all('ဒေါ်လာ သန်း ၁၀ မှ ၂၅ ရက်အတွင်း လွှဲပြောင်းမည်။', 'my')).toEqual([[10e6, 'USD']]);
  });
  it('is still read after the lower end when a noun or a verb follows', () => {
    expect(all('Daraja litagharimu dola milioni 30 hadi 45 kwa mujibu wa wizara.', 'sw')).toEqual([
      [30e6, 'USD'],
      [45e6, 'USD'],
    ]);
    expect(all('ဒေါ်လာ သန်း ၁၀ မှ ၂၅ ရင်းနှီးမည်။', 'my')).toEqual([
      [10e6, 'USD'],
      [25e6, 'USD'],
    ]);
  });
});

describe('Chinese and Japanese hedges after an amount', { timeout: 120_000 }, () => {
  it('are none where 多, 余 or 以上 open the next word', () => {
    for (const [text, lang] of [
      ['这家公司完成8亿元多轮融资。', 'zh'],
      ['项目投资30亿元以上海和苏州为重点。', 'zh'],
      ['合同按6亿元以上述条件签订。', 'zh'],
      ['公司已付500万元余下款项明年付清。', 'zh'],
      ['这笔3亿元多家机构参与认购。', 'zh'],
      ['今年の売上は前年より20億円多い。', 'ja'],
    ])
      expect(
        amounts(text!, lang!).map(([, , approximate]) => approximate),
        text,
      ).toEqual([false]);
  });
  it('still hedge at a clause end, before 的, and in Japanese 余り and 以上', () => {
    for (const [text, lang] of [
      ['项目总投资30亿元以上。', 'zh'],
      ['公司获得8亿元多的订单', 'zh'],
      ['融资额达8亿元余，创新高。', 'zh'],
      ['投資額は20億円余りとなる。', 'ja'],
      ['投資額は20億円以上となる。', 'ja'],
    ])
      expect(
        amounts(text!, lang!).map(([, , approximate]) => approximate),
        text,
      ).toEqual([true]);
  });
});

describe('a byline cue that is also a preposition', { timeout: 120_000 }, () => {
  it('names no one before a single capitalised word: a feast, a town, a company', () => {
    for (const [line, lang] of [
      ['De Rusalii, la Brașov', 'ro'],
      ['Per Sant Joan, a Lleida', 'ca'],
      ['Nga Durrësi', 'sq'],
      ['Av Statkraft', 'nb'],
      ['Af Carlsberg', 'da'],
    ])
      expect(languageBylineAuthor(line!, lang!), line).toBeUndefined();
  });
  it('still reads a writer of two names or more', () => {
    expect(languageBylineAuthor('De Mihai Ionescu', 'ro')).toBe('Mihai Ionescu');
    expect(languageBylineAuthor('Nga Dritan Leka', 'sq')).toBe('Dritan Leka');
    expect(languageBylineAuthor('Af Sofie Holm | 4. marts 2026', 'da')).toBe('Sofie Holm');
    expect(languageBylineAuthor('De Mihai Ionescu, 3 martie 2026', 'ro')).toBe('Mihai Ionescu');
  });
  it('names no one in a kicker above the headline', () => {
    expect(languageBylineAuthor('De Mihai Viteazul', 'ro', true)).toBeUndefined();
    expect(languageBylineAuthor('De Mihai Viteazul', 'ro')).toBe('Mihai Viteazul');
  });
});

describe("a Catalan month name after d'", { timeout: 120_000 }, () => {
  const dates = (text: string, lang: string) => findDates(one(text), lang).map((d) => [d.year, d.month, d.day]);
  it('is read after a straight apostrophe as after the curly one', () => {
    expect(dates("Tarragona, 9 d'abril del 2026", 'ca')).toEqual([[2026, 4, 9]]);
    expect(dates("Lleida, 17 d'agost 2026", 'ca')).toEqual([[2026, 8, 17]]);
    expect(dates('Tarragona, 9 d’abril del 2026', 'ca')).toEqual([[2026, 4, 9]]);
  });
});
