// Languages, scripts and page forms beyond the first eighteen: Georgian, Armenian, Burmese, Khmer,
// Amharic (and its Ethiopian calendar), Kazakh, Mongolian, Nepali, Urdu rupees, Hungarian "Ft",
// Romanian "mil.", Tagalog "P", ranges that leave the scale to their upper end, update lines above
// the publication date, lone domain lines, and currency signs after the figure. Expectations are
// checked by hand.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/ingest/analyse.ts';
import { findAmounts } from '../../src/ingest/amounts.ts';
import { classifyLines } from '../../src/ingest/boilerplate.ts';
import { bylineLineAuthor, findOutlet, languageBylineAuthor, nameBesideDomain } from '../../src/ingest/byline.ts';
import { findDates } from '../../src/ingest/dateline.ts';
import { detectLanguage } from '../../src/ingest/detect-language.ts';
import { buildAliasLookup, findEntityMentions } from '../../src/ingest/entity-mentions.ts';
import { findMtDamage } from '../../src/ingest/mt-damage.ts';
import { renderDraft } from '../../src/ingest/draft-writer.ts';
import type { Entity } from '../../src/lib/content/entries.ts';

const one = (text: string) => [{ line: 1, text }];
const lines = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const amounts = (text: string, lang: string) => findAmounts(one(text), lang).map((a) => [a.value, a.currency]);
const dates = (text: string, lang: string) => findDates(one(text), lang).map((d) => [d.year, d.month, d.day]);

describe('amounts in more languages', { timeout: 120_000 }, () => {
  it('reads Marathi, Serbian in both alphabets, Bulgarian, Lithuanian, Azerbaijani and Uzbek scale and currency words', () => {
    expect(amounts('कंपनी ₹१२० कोटी गुंतवणार आहे, सुमारे ५० कोटी रुपये', 'mr')).toEqual([
      [1.2e9, 'INR'],
      [5e8, 'INR'],
    ]);
    expect(amounts('инвестиција од 250 милиона евра и 3 милијарде динара', 'sr')).toEqual([
      [250e6, 'EUR'],
      [3e9, 'RSD'],
    ]);
    expect(amounts('investicija od 250 miliona evra', 'sr')).toEqual([[250e6, 'EUR']]);
    expect(amounts('инвестиция от 120 милиона лева и 40 млн. евро', 'bg')).toEqual([
      [120e6, 'BGN'],
      [40e6, 'EUR'],
    ]);
    expect(amounts('investicijos siekia 30 mln. eurų', 'lt')).toEqual([[30e6, 'EUR']]);
    expect(amounts('layihəyə 150 milyon manat', 'az')).toEqual([[150e6, 'AZN']]);
    expect(amounts("loyiha 1,2 trln so'm, 500 mlrd soʻm", 'uz')).toEqual([
      [1.2e12, 'UZS'],
      [500e9, 'UZS'],
    ]);
    expect(amounts('Investice 850 mil. Kč', 'cs')).toEqual([[850e6, 'CZK']]);
    expect(amounts('en budget på 2 mdkr', 'sv')).toEqual([[2e9, 'SEK']]);
    // Serbian's dinar and Azerbaijan's manat are read in their own articles only.
    expect(amounts('The fund paid 5 million dinars', 'en')).toEqual([]);
    expect(amounts('The fund paid 150 million manat', 'en')).toEqual([]);
  });
  it('reads Georgian, Armenian, Kazakh and Mongolian scale and currency words, declined, and their signs', () => {
    expect(amounts('პროექტის ღირებულება 45 მილიონი ლარია, 12 მლნ აშშ დოლარს და 1,2 მლრდ ლარს', 'ka')).toEqual([
      [45e6, 'GEL'],
      [12e6, 'USD'],
      [1.2e9, 'GEL'],
    ]);
    expect(amounts('₾5 მლნ', 'ka')).toEqual([[5e6, 'GEL']]);
    expect(amounts('8 միլիարդ դրամ, մոտ 15 մլն դոլար, 2 մլրդ ֏', 'hy')).toEqual([
      [8e9, 'AMD'],
      [15e6, 'USD'],
      [2e9, 'AMD'],
    ]);
    expect(amounts('45 млрд теңгеге, ₸1,5 млрд', 'kk')).toEqual([
      [45e9, 'KZT'],
      [1.5e9, 'KZT'],
    ]);
    expect(amounts('120 тэрбум төгрөг, 35 сая ам.доллар, ₮8 тэрбумын', 'mn')).toEqual([
      [120e9, 'MNT'],
      [35e6, 'USD'],
      [8e9, 'MNT'],
    ]);
  });
  it('reads Burmese currency and lakh before the figure, and Khmer scale words in a row', () => {
    expect(amounts('ကျပ်သိန်း ၅၀,၀၀၀ ဖြင့်', 'my')).toEqual([[5e9, 'MMK']]);
    expect(amounts('အမေရိကန်ဒေါ်လာ ၁၂ သန်း ထည့်ဝင်', 'my')).toEqual([[12e6, 'USD']]);
    expect(amounts('ប្រមាណ ៤០ លានដុល្លារអាមេរិក និង ២០០ ពាន់លានរៀល', 'km')).toEqual([
      [40e6, 'USD'],
      [200e9, 'KHR'],
    ]);
  });
  it('reads Amharic birr and dollars, approximate after "ወደ"', () => {
    const found = findAmounts(one('3 ቢሊዮን ብር የሚያወጣ፤ ወደ 25 ሚሊዮን የአሜሪካ ዶላር'), 'am');
    expect(found.map((a) => [a.value, a.currency, a.approximate ?? false])).toEqual([
      [3e9, 'ETB', false],
      [25e6, 'USD', true],
    ]);
  });
  it('gives "Rs" and "रु" the rupee of the article\'s language', () => {
    expect(amounts('Rs 45 لاکھ', 'ur')).toEqual([[4.5e6, 'PKR']]);
    expect(amounts('Rs 5 crore', 'en')).toEqual([[5e7, 'INR']]);
    expect(amounts('रु ५ अर्बको आयोजना, ५० लाख रुपैयाँ', 'ne')).toEqual([
      [5e9, 'NPR'],
      [5e6, 'NPR'],
    ]);
    expect(amounts('रु. 500 करोड़ का निवेश', 'hi')).toEqual([[5e9, 'INR']]);
  });
  it('reads words that mean money only in their own language: Hungarian "Ft", Tagalog "P"', () => {
    expect(amounts('2,5 mrd Ft támogatás', 'hu')).toEqual([[2.5e9, 'HUF']]);
    expect(amounts('The tower is 500 ft tall', 'en')).toEqual([]);
    expect(amounts('P1.2 bilyon at ₱2.5 bilyon', 'tl')).toEqual([
      [1.2e9, 'PHP'],
      [2.5e9, 'PHP'],
    ]);
    expect(amounts('P1.2 billion', 'en')).toEqual([]);
  });
  it('reads Romanian "mil." as millions before a currency, and Portuguese "mil" as a thousand', () => {
    expect(amounts('un ajutor de 45 mil. lei', 'ro')).toEqual([[45e6, 'RON']]);
    expect(amounts('cerca de R$ 350 mil.', 'pt')).toEqual([[350e3, 'BRL']]);
  });
  it('reads a range whose lower end leaves the scale and currency to the upper end', () => {
    expect(amounts('2–3 Mrd. € Umsatz', 'de')).toEqual([
      [2e9, 'EUR'],
      [3e9, 'EUR'],
    ]);
    expect(amounts('$2-3 billion', 'en')).toEqual([
      [2e9, 'USD'],
      [3e9, 'USD'],
    ]);
    expect(amounts('от 2 до 3 млрд рублей', 'ru')).toEqual([
      [2e9, 'RUB'],
      [3e9, 'RUB'],
    ]);
    expect(amounts('2〜3億円', 'ja')).toEqual([
      [2e8, 'JPY'],
      [3e8, 'JPY'],
    ]);
    const [low] = findAmounts(one('2 bis 3 Mrd. Euro'), 'de');
    expect(low!.note).toMatch(/lower end of a range/);
    // A count before an amount is no range; nor is a descending pair.
    expect(amounts('5-10 employees and $3 billion', 'en')).toEqual([[3e9, 'USD']]);
    expect(amounts('10 - 3 billion dollars', 'en')).toEqual([[3e9, 'USD']]);
  });
  it('reads a range whose upper end repeats the currency, "and" after "between", and more languages\' words between', () => {
    const range = [
      [2e9, 'USD'],
      [3e9, 'USD'],
    ];
    expect(amounts('The deal is worth $2 to $3 billion.', 'en')).toEqual(range);
    expect(amounts('The deal is worth between $2 and $3 billion.', 'en')).toEqual(range);
    expect(amounts('Sales of 2 and 3 billion dollars', 'en')).toEqual([[3e9, 'USD']]);
    expect(amounts('Investice dosáhne 2 až 3 mld. Kč.', 'cs')).toEqual([
      [2e9, 'CZK'],
      [3e9, 'CZK'],
    ]);
    expect(amounts('Inwestycja od 2 do 3 mld zł.', 'pl')).toEqual([
      [2e9, 'PLN'],
      [3e9, 'PLN'],
    ]);
    // Greek "έως" (up to) is also a hedge, but between two figures it hedges neither.
    const approximate = (text: string) => findAmounts(one(text), 'el').map((a) => [a.value, Boolean(a.approximate)]);
    expect(approximate('επένδυση 150 έως 200 εκατ. ευρώ')).toEqual([
      [150e6, false],
      [200e6, false],
    ]);
    expect(approximate('επένδυση περίπου 150 έως 200 εκατ. ευρώ')).toEqual([
      [150e6, true],
      [200e6, true],
    ]);
  });
});

describe('language of scripts a detector does not know', { timeout: 120_000 }, () => {
  it('takes a Georgian text for Georgian, whatever tinyld says', () => {
    expect(detectLanguage('განახლებადი ენერგიის კომპანია Kestrel Energy თბილისის მახლობლად მზის ელექტროსადგურს ააშენებს.')?.tag).toBe('ka');
  });
  it('tells Nepali from Hindi by their common words', () => {
    expect(
      detectLanguage(
        'नवीकरणीय ऊर्जा कम्पनी Kestrel Energy ले काठमाडौं नजिकै सौर्य विद्युत आयोजना निर्माण गर्ने घोषणा गरेको छ। सरकारले पनि अनुदान दिने जनाएको छ।',
      ),
    ).toMatchObject({
      tag: 'ne',
      method: 'words',
    });
    expect(detectLanguage('कंपनी ने पुणे में एक नया संयंत्र लगाने की घोषणा की है और इसके लिए निवेश किया जाएगा।')?.tag).toBe('hi');
  });
});

describe('dates in more languages and calendars', { timeout: 120_000 }, () => {
  it('reads a year with the word written after it before the month or the day', () => {
    expect(dates('2025 թ. ապրիլի 3, 16:45', 'hy')).toEqual([[2025, 4, 3]]);
    expect(dates('2025 ж. 14 наурыз', 'kk')).toEqual([[2025, 3, 14]]);
    expect(dates('2025-ж., 14-март', 'ky')).toEqual([[2025, 3, 14]]);
    expect(dates('2025. gada 14. marts', 'lv')).toEqual([[2025, 3, 14]]);
    expect(dates('2025 m. kovo 14 d.', 'lt')).toEqual([[2025, 3, 14]]);
  });
  it('skips the words for day, month and year of Khmer and Burmese dates', () => {
    expect(dates('ថ្ងៃទី១៤ ខែមីនា ឆ្នាំ២០២៥', 'km')).toEqual([[2025, 3, 14]]);
    expect(dates('၂၀၂၅ ခုနှစ်၊ မေလ ၂၀ ရက်', 'my')).toEqual([[2025, 5, 20]]);
  });
  it('reads two-letter month names of scripts other than Latin and Han', () => {
    expect(dates('14 मई 2025', 'hi')).toEqual([[2025, 5, 14]]);
  });
  it('reads Mongolian numbered months', () => {
    expect(dates('2025 оны 3-р сарын 14, 09:40', 'mn')).toEqual([[2025, 3, 14]]);
  });
  it('converts an Ethiopian-calendar date to the Gregorian day, with a note', () => {
    const [d] = findDates(one('መጋቢት 5 ቀን 2017 ዓ.ም'), 'am');
    expect([d!.year, d!.month, d!.day, d!.calendar]).toEqual([2025, 3, 14, 'ethiopic']);
  });
  it('leaves a year beside a month name without a day alone', () => {
    expect(dates('In 2025 March sales rose', 'en')).toEqual([]);
  });
});

describe('datelines of digits alone, with spaces, or closing with an abbreviation', { timeout: 120_000 }, () => {
  const article = (head: string[], body: string[]) =>
    analyseArticle({ fileName: 'x.txt', sha256: '0'.repeat(64), text: [...head, '', ...body].join('\n') }, buildAliasLookup([]));
  it('reads a day-first date with a space after each point', () => {
    expect(dates('Praha 5. 3. 2025 14:20', 'cs')).toEqual([[2025, 3, 5]]);
    expect(dates('Нови Сад, 17. 04. 2025.', 'sr')).toEqual([[2025, 4, 17]]);
  });
  it('keeps a line of digits that is a date as the dateline, and removes other lines without words', () => {
    const a = article(
      ['Pradžia | Naujienos', 'Kauno bendrovė stato naują gamyklą', '2025-06-04 09:12', '★★★★ 4,5', '1 234'],
      [
        'Kauno bendrovė „Baltic Parts“ pradėjo statyti naują gamyklą, kurioje dirbs apie du šimtus darbuotojų, o investicijos sieks trisdešimt milijonų eurų.',
        'Gamyklą planuojama atidaryti kitų metų pabaigoje, teigė bendrovės vadovas spaudos konferencijoje.',
      ],
    );
    expect(a.date).toMatchObject({ value: '2025-06-04', precision: 'day', basis: 'stated' });
    expect(a.removed.map((r) => r.line)).toEqual(expect.arrayContaining([4, 5]));
  });
  it('never takes a dateline closing with an abbreviation for the first paragraph, so the byline under it is read', () => {
    const a = article(
      ['«Сибирские Станки» построят новый завод', 'Новосибирск, 14 марта 2025 г.', 'Автор: Анна Соколова'],
      [
        'Новосибирская компания «Сибирские Станки» объявила о строительстве нового завода по выпуску станков стоимостью три миллиарда рублей.',
        'Как сообщили в пресс-службе компании, первая очередь завода будет запущена в конце следующего года.',
      ],
    );
    expect(a.date).toMatchObject({ value: '2025-03-14', precision: 'day' });
    expect(a.author).toBe('Анна Соколова');
    expect(a.body.map((b) => b.line)).toEqual([5, 6]);
  });
});

describe('page forms', { timeout: 120_000 }, () => {
  it('takes the publication date, not an update time above it', () => {
    const page = [
      'Kestrel Energy to invest Rs 1,200 crore in Kochi solar park',
      'By Priya Nair | Updated: Mar 15, 2025, 09:12 IST',
      'Published on: 2025-03-13 | coastlinebiz.in',
      '',
      'Renewable developer Kestrel Energy said yesterday it will invest Rs 1,200 crore in a 300 MW solar park near the city of Kochi.',
      'Orbis Capital will contribute about $40 million, and a state agency has set aside Rs 45 lakh for land surveys in the district.',
    ].join('\n');
    const a = analyseArticle({ fileName: 'x.txt', sha256: '0'.repeat(64), text: page }, buildAliasLookup([]));
    expect(a.date?.value).toBe('2025-03-13');
    expect(a.author).toBe('Priya Nair');
    expect(a.outlet).toBe('coastlinebiz.in');
  });
  it('keeps a line that gives both the publication and the update as the dateline', () => {
    const c = classifyLines(
      lines(
        '케스트렐, 부산에 공장\n입력 2024.11.05 10:00 수정 2024.11.06 11:00\n기사 2024.11.07\n\n케스트렐에너지는 5일 부산에 태양광 패널 공장을 짓는다고 밝혔다. 투자 규모는 2000억원이다.',
      ),
    );
    expect([c.dateline?.year, c.dateline?.month, c.dateline?.day]).toEqual([2024, 11, 5]);
  });
  it('never takes a Georgian cookie banner for the headline', () => {
    const page = [
      'ჩვენ ვიყენებთ ქუქი-ფაილებს საიტის გასაუმჯობესებლად. ვეთანხმები',
      'Kestrel Energy თბილისში მზის ელექტროსადგურს ააშენებს',
      '14 მარტი, 2025',
      '',
      'განახლებადი ენერგიის კომპანია Kestrel Energy თბილისის მახლობლად მზის ელექტროსადგურს ააშენებს. პროექტის ღირებულება 45 მილიონი ლარია.',
    ].join('\n');
    expect(classifyLines(lines(page)).headline?.main.line).toBe(2);
  });
  it('reads the outlet from a line that is one domain, never from a copyright line', () => {
    expect(findOutlet(undefined, [{ text: 'addisbiz.com.et', removal: { category: 'navigation' } }])).toBe('addisbiz.com.et');
    expect(findOutlet(undefined, [{ text: 'Home | addisbiz.com.et | News', removal: { category: 'navigation' } }])).toBeUndefined();
    expect(findOutlet(undefined, [{ text: '© 2025 addisbiz.com.et', removal: { category: 'legal' } }])).toBeUndefined();
  });
  it('finds no lost figure where a currency sign follows its figure', () => {
    expect(findMtDamage(one('Il piano prevede anche 350 mln € per la ricerca.'))).toEqual([]);
    expect(findMtDamage(one('Der Preis liegt bei 12 € pro Stück.'))).toEqual([]);
    expect(findMtDamage(one('The company raised $ billion in the round.')).map((d) => d.kind)).toEqual(['lost-number']);
  });
  it('finds a stake given as a bare number, whose percent sign was lost, and no other number after a stake word', () => {
    const lost = (text: string, lang: string) =>
      findMtDamage(one(text), lang)
        .filter((d) => d.kind === 'lost-number')
        .map((d) => d.text);
    expect(lost('Il fondo ha acquisito una quota del 30 nella bolognese Fonderie Rossi.', 'it')).toEqual(['quota del 30']);
    expect(lost('The fund took a stake of 12.5 in the Lyon start-up.', 'en')).toEqual(['stake of 12.5']);
    expect(lost('Der Fonds erwarb einen Anteil von 40 an dem Hersteller.', 'de')).toEqual(['Anteil von 40']);
    expect(lost('Фонд получил долю в 45 в компании.', 'ru')).toEqual(['долю в 45']);
    for (const [text, lang] of [
      ['Il fondo ha acquisito una quota del 30% nella società.', 'it'],
      ['Il fondo ha acquisito una quota del 30 per cento.', 'it'],
      ['The fund took a stake of 25 to 30 percent in the firm.', 'en'],
      ['The fund took a stake of 25 million shares.', 'en'],
      ['The fund took a stake of 5 billion dollars.', 'en'],
      ['The fund took a stake of 2024 shares in the firm.', 'en'],
      ['The stake of 25-year bonds grew.', 'en'],
      // A name after a stake word, and the article's language only: "Quota 100" is a pension rule.
      ['La riforma Quota 100 scade.', 'it'],
      // A count or a time after a stake word and another linking word.
      ['The fund holds stakes in 12 companies.', 'en'],
      ['It held the stake for 20 years.', 'en'],
      ['It sold its stake on 3 March.', 'en'],
      ['La quota di 30 lavoratori resta.', 'it'],
      ['Он продал долю за 3 дня.', 'ru'],
      ['Die Beteiligung an 3 Firmen wuchs.', 'de'],
      ['The fund took a stake of 30 in the firm.', 'fr'],
    ])
      expect(lost(text!, lang!), text).toEqual([]);
  });
  it('finds a figure lost before a percent word, in any language, but not before a written-out number', () => {
    const lost = (text: string, lang: string) =>
      findMtDamage(one(text), lang)
        .filter((d) => d.kind === 'lost-number')
        .map((d) => d.explanation);
    expect(lost('Le azioni sono salite del per cento venerdì.', 'it')).toEqual([
      '"per cento" follows no number: the figure before it was lost',
    ]);
    expect(lost('Cổ phiếu tăng phần trăm trong phiên.', 'vi')).toHaveLength(1);
    expect(lost('акции выросли на процентов.', 'ru')).toHaveLength(1);
    expect(lost('Die Aktie stieg um Prozent.', 'de')).toHaveLength(1);
    for (const [text, lang] of [
      ['Le azioni sono salite del 5 per cento.', 'it'],
      ['Le azioni sono salite del cinque per cento.', 'it'],
      ['Die Aktie stieg um zwei Prozent.', 'de'],
      ['Cổ phiếu tăng 5,2 phần trăm.', 'vi'],
      ['Shares rose five percent, a percentage not seen since 2019.', 'en'],
      // An adjective of the same root is no percent word: interest rates.
      ['ЦБ снизил процентные ставки.', 'ru'],
    ])
      expect(lost(text!, lang!), text).toEqual([]);
  });
  it('drafts an article whose language was found by its marker words', () => {
    const text =
      'Kampuni ya ZAVO kujenga kiwanda Mombasa\n\n14 Machi 2025\n\nKampuni ya ZAVO imesema kuwa itajenga kiwanda cha betri katika mji wa Mombasa kwa gharama ya dola milioni 40, na hii ni hatua ya kwanza ya mpango wake.';
    const a = analyseArticle({ fileName: 'sw.txt', sha256: '0'.repeat(64), text }, buildAliasLookup([]));
    expect(a.language).toMatchObject({ tag: 'sw', method: 'words' });
    expect(() => renderDraft(a)).not.toThrow();
  });
});

describe('names declined in more languages', { timeout: 120_000 }, () => {
  const place = (id: string, name: string, alias?: [string, string]) =>
    ({
      id,
      data: { name, type: 'place', aliases: alias ? [{ name: alias[0], lang: alias[1], kind: 'native' }] : [] },
    }) as unknown as Entity;
  const index = buildAliasLookup([
    place('tbilisi', 'Tbilisi', ['თბილისი', 'ka']),
    place('addis-ababa', 'Addis Ababa', ['አዲስ አበባ', 'am']),
    place('tampere', 'Tampere'),
    place('almaty', 'Almaty', ['Алматы', 'kk']),
    place('ulaanbaatar', 'Ulaanbaatar', ['Улаанбаатар', 'mn']),
    place('yerevan', 'Yerevan', ['Երևան', 'hy']),
  ]);
  const found = (text: string, lang: string) => findEntityMentions(one(text), index, lang).mentions.map((m) => m.entity);
  it('links Georgian names whose final ი the case replaces', () => {
    expect(found('Kestrel Energy თბილისში ააშენებს', 'ka')).toEqual(['tbilisi']);
    expect(found('თბილისის მახლობლად', 'ka')).toEqual(['tbilisi']);
  });
  it('links names behind Amharic prepositions and with Finnish, Kazakh, Mongolian and Armenian endings', () => {
    expect(found('ኩባንያው በአዲስ አበባ አቅራቢያ', 'am')).toEqual(['addis-ababa']);
    expect(found('Kestrel Energy aikoo rakentaa Tampereelle aurinkovoimalan.', 'fi')).toEqual(['tampere']);
    expect(found('Kestrel Energy Алматыда станция салады', 'kk')).toEqual(['almaty']);
    expect(found('ZAVO Улаанбаатарт үйлдвэр барина', 'mn')).toEqual(['ulaanbaatar']);
    expect(found('Volna-ն Երևանում կներդնի', 'hy')).toEqual(['yerevan']);
  });
});

describe('amounts repeated in headline and body', { timeout: 120_000 }, () => {
  it('keeps the first mention, approximate when the body hedges it', () => {
    const text = [
      'ZAVO invests 40 million dollars in Phnom Penh battery plant',
      '14 March 2025',
      '',
      'The battery maker ZAVO said it will invest about 40 million dollars in a plant in Phnom Penh, creating some 600 jobs this year.',
    ].join('\n');
    const a = analyseArticle({ fileName: 'x.txt', sha256: '0'.repeat(64), text }, buildAliasLookup([]));
    expect(a.amounts.map((m) => [m.value, m.line, m.approximate ?? false])).toEqual([[40e6, 1, true]]);
  });
});

describe("outlets beside other text, and bylines in the article's language", { timeout: 60_000 }, () => {
  const nav = { category: 'navigation' };
  it('reads a source label on any head line, and a line naming one site beside a name', () => {
    expect(findOutlet(undefined, [], [{ text: 'شناسه مطلب: ۱۲۳۴ | منبع: bazarkar.ir' }])).toBe('bazarkar.ir');
    expect(findOutlet(undefined, [], [{ text: 'المصدر: aswaq-alkhalij.ae' }])).toBe('aswaq-alkhalij.ae');
    expect(findOutlet(undefined, [{ text: 'Diário do Porto - diariodoporto.com.br', removal: nav }])).toBe('diariodoporto.com.br');
    expect(findOutlet(undefined, [{ text: 'By Otieno Kamau | sokoleo.co.ke', removal: nav }])).toBe('sokoleo.co.ke');
    // A row of links and two sites stay unread.
    expect(findOutlet(undefined, [{ text: 'Home | sokoleo.co.ke | Sport', removal: nav }])).toBeUndefined();
    expect(findOutlet(undefined, [{ text: 'sokoleo.co.ke - habarinet.co.tz', removal: nav }])).toBeUndefined();
  });
  it('reads a name without capitals after a shared byline cue and its colon, and only there', () => {
    expect(bylineLineAuthor('लेखक: राहुल शर्मा')).toBe('राहुल शर्मा');
    expect(bylineLineAuthor('লেখক: রাহুল দাস | ঢাকা')).toBe('রাহুল দাস');
    expect(bylineLineAuthor('Автор: Иван Петров, Москва')).toBe('Иван Петров');
    expect(bylineLineAuthor('लेखक राहुल शर्मा')).toBeUndefined();
    expect(bylineLineAuthor('by the way, this is')).toBeUndefined();
    // Han names are read by their own rule (two to four characters), not as words without capitals.
    expect(bylineLineAuthor('编辑：据新华社报道')).toBeUndefined();
  });
  it('removes a caption closing with a photo credit in any case, and in Greek', () => {
    const removed = (caption: string) =>
      classifyLines(
        lines(
          [
            'Ein Unternehmen baut in der Stadt ein neues Werk für Batterien, das im kommenden Jahr in Betrieb gehen soll.',
            caption,
            'Das Werk soll dreihundert Menschen beschäftigen, teilte das Unternehmen am Dienstag in einer Mitteilung mit.',
          ].join('\n'),
        ),
      ).lines.find((l) => l.line === 2)?.removal?.category;
    expect(removed('Die neue Halle am Stadtrand (Foto: dpa)')).toBe('photo-credit');
    expect(removed('Το νέο εργοστάσιο (φωτογραφία: Γιάννης Π.)')).toBe('photo-credit');
    expect(removed('Die Halle am Stadtrand (FOTO: dpa)')).toBe('photo-credit');
    expect(removed('Das Werk am Stadtrand (bis 2026)')).toBeUndefined();
    expect(removed('Auf dem Dach entsteht eine neue Anlage (Fotovoltaik)')).toBeUndefined();
  });
  it("reads byline cues of the article's language only, before a name at the start of a short line", () => {
    expect(languageBylineAuthor('Autorka: Zofia Wrona', 'pl')).toBe('Zofia Wrona');
    expect(languageBylineAuthor('Muhabir: Kerem Yıldız', 'tr')).toBe('Kerem Yıldız');
    expect(languageBylineAuthor('di Paola Ferri – corriereveneto.it', 'it')).toBe('Paola Ferri');
    expect(languageBylineAuthor('Na Baraka Mwangi | habari.co.tz', 'sw')).toBe('Baraka Mwangi');
    expect(languageBylineAuthor('خبرنگار: مریم احمدی', 'fa')).toBe('مریم احمدی');
    // Not in another language's article, not in a sentence, not before a lower-case word.
    expect(languageBylineAuthor('di Paola Ferri', 'en')).toBeUndefined();
    expect(languageBylineAuthor('Na Rais alisema jana kwamba mpango huo utaendelea', 'sw')).toBeUndefined();
    expect(languageBylineAuthor('di recente la Banca ha alzato i tassi', 'it')).toBeUndefined();
  });
  it('takes a name beside the domain for the author, unless the name spells the domain', () => {
    expect(nameBesideDomain('Phạm Quốc Bảo - tinthitruong.vn')).toBe('Phạm Quốc Bảo');
    expect(nameBesideDomain('Otieno Kamau | sokoleo.co.ke')).toBe('Otieno Kamau');
    expect(nameBesideDomain('Soko Leo - sokoleo.co.ke')).toBeUndefined();
    expect(nameBesideDomain('Jornal do Vale - jornaldovale.com.br')).toBeUndefined();
    expect(nameBesideDomain('Economia - Negócios - Mercados')).toBeUndefined();
  });
  it('never takes a line naming the site for a headline in another script', () => {
    const c = classifyLines(
      lines(
        [
          'شركة نجمة الخليج تبني مصنعا للألواح الشمسية في الدمام',
          'الدمام، ٣ مارس ٢٠٢٥',
          'المصدر: akhbar-alsharqiya.sa',
          '',
          'أعلنت شركة نجمة الخليج أنها ستبني مصنعا للألواح الشمسية في الدمام بتكلفة ٢٠٠ مليون ريال، وفق بيان صدر اليوم.',
        ].join('\n'),
      ),
    );
    expect(c.headline?.main.line).toBe(1);
    expect(c.headline?.alternate).toBeUndefined();
  });
  it('takes the byline and outlet of a page in its language', () => {
    const text = [
      'Nyumbani | Habari | Biashara',
      'Kampuni ya Tembo Solar yapata dola milioni 12',
      'ARUSHA, 4 Aprili 2025',
      'Na Neema Mushi | habarisoko.co.tz',
      '',
      'Kampuni ya nishati ya jua Tembo Solar imepata dola milioni 12 kutoka kwa wawekezaji wa ndani na wa kimataifa, kwa mujibu wa taarifa yake ya Ijumaa.',
      'Fedha hizo zitatumika kujenga mitambo mipya katika mikoa ya kaskazini ya nchi hiyo, kampuni hiyo ilisema.',
    ].join('\n');
    const a = analyseArticle({ fileName: 'sw.txt', sha256: '0'.repeat(64), text }, buildAliasLookup([]));
    expect(a.language.tag).toBe('sw');
    expect(a.author).toBe('Neema Mushi');
    expect(a.outlet).toBe('habarisoko.co.tz');
  });
});

describe('numbers with letters for digits', { timeout: 60_000 }, () => {
  it('flags O for 0 and l or I for 1 in a number, not units, ordinals or names', () => {
    expect(
      findMtDamage(one('Il nuovo impianto sarà pronto entro il 2O28, con 1O,4 milioni di pannelli.')).map((d) => [d.kind, d.text]),
    ).toEqual([
      ['garbled-number', '2O28'],
      ['garbled-number', '1O,4'],
    ]);
    expect(findMtDamage(one('La société emploie l2 ingénieurs.')).map((d) => d.text)).toEqual(['l2']);
    expect(findMtDamage(one('O2 sells 5l bottles on the 1o of May, ISO 9001, A4, B2B, COVID-19.'))).toEqual([]);
  });
  it('says the dateline year is garbled, and warns of the damage', () => {
    const text = [
      'Vantero Logistica apre un hub a Verona',
      'Verona, 9 ottobre 2O24',
      '',
      'Vantero Logistica ha aperto un nuovo hub da 35 milioni di euro a Verona, con 2OO dipendenti, ha annunciato la società.',
    ].join('\n');
    const a = analyseArticle({ fileName: 'it.txt', sha256: '0'.repeat(64), text }, buildAliasLookup([]));
    expect(a.date).toBeUndefined();
    expect(a.warnings.some((w) => w.includes('year is garbled ("2O24"'))).toBe(true);
    expect(a.warnings.some((w) => w.startsWith('machine translation or OCR damage'))).toBe(true);
  });
});

describe('names glued to the word before them in Thai', { timeout: 120_000 }, () => {
  const place = (id: string, name: string, alias: [string, string]) =>
    ({ id, data: { name, type: 'place', aliases: [{ name: alias[0], lang: alias[1], kind: 'native' }] } }) as unknown as Entity;
  const index = buildAliasLookup([place('khon-kaen', 'Khon Kaen', ['ขอนแก่น', 'th']), place('vientiane', 'Vientiane', ['ວຽງຈັນ', 'lo'])]);
  const found = (text: string, lang: string) => findEntityMentions(one(text), index, lang).mentions.map((m) => m.entity);
  it('links a Thai name after a glued preposition where a word segment starts, and a Lao one', () => {
    expect(found('บริษัทจะตั้งโรงงานแบตเตอรี่ในขอนแก่นภายในปีหน้า', 'th')).toEqual(['khon-kaen']);
    expect(found('ขยายกิจการที่ขอนแก่น', 'th')).toEqual(['khon-kaen']);
    expect(found('ບໍລິສັດຈະສ້າງໂຮງງານໃນວຽງຈັນ', 'lo')).toEqual(['vientiane']);
  });
});
