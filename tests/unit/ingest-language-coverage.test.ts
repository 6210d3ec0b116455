// Page forms in languages the earlier tests leave out: hedges written after an amount, ranges in
// more languages, amounts, dates and language detection for Croatian, Catalan, Sinhala, Hausa,
// Azerbaijani, Uzbek and Marathi, year words with a case ending, bylines with the script's own
// colon, a name particle or the writer's role, photo credits in more languages and without
// brackets, cookie banners in more scripts, and percent words. The sentences are written for these
// tests; expectations are checked by hand.
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../src/ingest/amounts.ts';
import { classifyLines } from '../../src/ingest/boilerplate.ts';
import { languageBylineAuthor, nameWithRole } from '../../src/ingest/byline.ts';
import { findDates } from '../../src/ingest/dateline.ts';
import { detectLanguage } from '../../src/ingest/detect-language.ts';
import { findPercentages } from '../../src/ingest/percentages.ts';

const one = (text: string) => [{ line: 1, text }];
const amounts = (text: string, lang: string) =>
  findAmounts(one(text), lang).map((a) => [a.value, a.currency, Boolean(a.approximate)] as const);
const lines = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const dates = (text: string, lang: string) => findDates(one(text), lang).map((d) => [d.year, d.month, d.day]);

describe('hedges after the amount', { timeout: 30_000 }, () => {
  it('makes an amount approximate when a postposition or a "more than" after its case ending follows it', () => {
    expect(amounts('Fabrika için 250 milyon dolardan fazla harcanacak.', 'tr')).toEqual([[250e6, 'USD', true]]);
    expect(amounts('Maliyet 1,5 milyar dolar civarında.', 'tr')).toEqual([[1.5e9, 'USD', true]]);
    expect(amounts('Zavoda 120 milyon manatdan çox vəsait ayrılıb.', 'az')).toEqual([[120e6, 'AZN', true]]);
    expect(amounts('Zavod 300 million dollardan ortiq turadi.', 'uz')).toEqual([[300e6, 'USD', true]]);
    expect(amounts('Зауытқа 50 млрд теңгеден астам қаражат бөлінді.', 'kk')).toEqual([[50e9, 'KZT', true]]);
    expect(amounts('ဒေါ်လာ သန်း ၂၀၀ ခန့် ရင်းနှီးမည်။', 'my')).toEqual([[200e6, 'USD', true]]);
    expect(amounts('ፋብሪካው 2 ቢሊዮን ብር ገደማ ወጪ ይጠይቃል።', 'am')).toEqual([[2e9, 'ETB', true]]);
    expect(amounts('संयंत्र पर 500 करोड़ रुपये से अधिक खर्च होंगे।', 'hi')).toEqual([[5e9, 'INR', true]]);
    expect(amounts('Уурхайд 40 тэрбум төгрөг орчим зарцуулна.', 'mn')).toEqual([[40e9, 'MNT', true]]);
    expect(amounts('工厂投资100亿元以上。', 'zh')).toEqual([[1e10, 'CNY', true]]);
  });
  it('leaves an amount exact where the word after it says something else', () => {
    // "… more" after a figure without the ablative is a difference, not "more than".
    expect(amounts('Bütçe geçen yıla göre 100 milyon dolar fazla.', 'tr')).toEqual([[100e6, 'USD', false]]);
    // Indonesian "lebih" before an adjective: "5 trillion larger".
    expect(amounts('Anggaran itu Rp 5 triliun lebih besar dari tahun lalu.', 'id')).toEqual([[5e12, 'IDR', false]]);
    // 多 after a particle is "many", not "more than"; 超 in Chinese is "beat" (expectations).
    expect(amounts('投资100亿元的多个项目', 'zh')).toEqual([[1e10, 'CNY', false]]);
    expect(amounts('公司一季度营收100亿元超预期。', 'zh')).toEqual([[1e10, 'CNY', false]]);
    // A Korean hedge is a word or takes a particle; 여러 ("several") is none.
    expect(amounts('100억 원 이상의 투자', 'ko')).toEqual([[1e10, 'KRW', true]]);
    expect(amounts('100억 원 여러 차례', 'ko')).toEqual([[1e10, 'KRW', false]]);
  });
  it('reads a hedge of one language only in its own articles: Catalan "uns", German "uns"', () => {
    expect(amounts("L'empresa invertirà uns 300 milions d'euros.", 'ca')).toEqual([[300e6, 'EUR', true]]);
    expect(amounts('Die Stadt gab uns 5 Millionen Euro.', 'de')).toEqual([[5e6, 'EUR', false]]);
  });
});

describe('amounts in Croatian, Sinhala, Hausa and Slovak, and a range ending in a scaled currency word', { timeout: 30_000 }, () => {
  it('reads Croatian "milijuna eura", hedged', () => {
    expect(amounts('Tvrtka ulaže oko 50 milijuna eura u tvornicu.', 'hr')).toEqual([[50e6, 'EUR', true]]);
  });
  it('reads Sinhala and Hausa currency and scale words written before the figure', () => {
    expect(amounts('රුපියල් බිලියන 5 ක් පමණ ආයෝජනය කෙරේ.', 'si')).toEqual([[5e9, 'LKR', true]]);
    expect(amounts('Kamfanin zai kashe naira biliyan 50 da kimanin dala miliyan 20.', 'ha')).toEqual([
      [50e9, 'NGN', false],
      [20e6, 'USD', true],
    ]);
  });
  it('reads Slovak hedges', () => {
    expect(amounts('Firma investuje približne 1,2 miliardy eur.', 'sk')).toEqual([[1.2e9, 'EUR', true]]);
  });
  it('reads the lower end of "650–800 mnkr" in millions of kronor', () => {
    expect(amounts('Bygget kostar 650–800 mnkr enligt bolaget.', 'sv')).toEqual([
      [650e6, 'SEK', false],
      [800e6, 'SEK', false],
    ]);
  });
});

describe('dates in more languages', { timeout: 30_000 }, () => {
  it('reads Hausa month names and the "ga" between day and month', () => {
    expect(dates('Litinin, 14 ga Maris, 2025', 'ha')).toEqual([[2025, 3, 14]]);
  });
  it("reads no three-letter abbreviation of the added locales' months", () => {
    for (const line of ['Open Fri 9 to 5 Sat 10 to 2', '4 Mas stores', '5 Mat', '3 Maa', '5 Mee'])
      expect(dates(line, 'en'), line).toEqual([]);
  });
  it('reads the month names Sinhala news writes, beside those Intl gives', () => {
    expect(dates('2025 මාර්තු 14', 'si')).toEqual([[2025, 3, 14]]);
    expect(dates('2025 මැදින් 14', 'si')).toEqual([[2025, 3, 14]]);
  });
  it("reads the year field's own name after the year, with a case ending", () => {
    expect(dates('2025-yil 14-mart', 'uz')).toEqual([[2025, 3, 14]]);
    expect(dates('2025 жылғы 14 наурыз', 'kk')).toEqual([[2025, 3, 14]]);
  });
});

describe('languages the detector takes for a neighbour', { timeout: 30_000 }, () => {
  it('tells Azerbaijani, Uzbek, Marathi and Hausa by their common words', () => {
    const az =
      'Şirkət yeni zavodun tikintisinə sərmayə qoyacağını bildirib. Layihə 2026-cı ildə başa çatacaq və bölgədə iş yerləri yaradacaq.';
    const uz = 'Kompaniya yangi zavod qurilishi uchun sarmoya kiritadi. Loyiha 2026-yilda yakunlanadi va viloyatda ish joylari yaratiladi.';
    const mr = 'कंपनीने नवीन कारखान्यासाठी गुंतवणूक करण्याची घोषणा केली आहे. हा प्रकल्प पुढील वर्षी पूर्ण होणार असून जिल्ह्यात रोजगार मिळेल.';
    const ha =
      "Kamfanin ya sanar da cewa zai zuba jari a sabuwar masana'anta. Aikin zai kammala a shekarar 2026 kuma zai samar da ayyukan yi.";
    expect([az, uz, mr, ha].map((t) => detectLanguage(t)?.tag)).toEqual(['az', 'uz', 'mr', 'ha']);
  });
  it('keeps Turkish and Hindi texts as they are', () => {
    expect(detectLanguage('Şirket yeni fabrikanın inşaatı için yatırım yapacağını açıkladı ve bölgede iş imkânı doğacak.')?.tag).toBe('tr');
    expect(detectLanguage('कंपनी ने नए कारखाने के लिए निवेश की घोषणा की है और यह परियोजना अगले साल पूरी होगी।')?.tag).toBe('hi');
  });
});

describe("ranges joined by more languages' words", { timeout: 30_000 }, () => {
  it('reads the lower end before Amharic "እስከ" and Khmer "ទៅ"', () => {
    expect(amounts('ኩባንያው ከ80 እስከ 100 ሚሊዮን ዶላር ያወጣል።', 'am').map(([v]) => v)).toEqual([80e6, 100e6]);
    expect(amounts('ពី ២០០ ទៅ ២៥០ លានដុល្លារ', 'km').map(([v]) => v)).toEqual([200e6, 250e6]);
  });
  it('gives a bare upper end the scale and currency written before its lower end', () => {
    expect(amounts('dola milioni 40 hadi 50', 'sw')).toEqual([
      [40e6, 'USD', false],
      [50e6, 'USD', false],
    ]);
    expect(amounts('ဒေါ်လာ သန်း ၄၀ မှ ၅၀ အထိ', 'my').map(([v]) => v)).toEqual([40e6, 50e6]);
    // "until 2024", "until 30 June", "up to 50%" give no upper end.
    expect(amounts('shilingi bilioni 2 hadi 2024', 'sw').map(([v]) => v)).toEqual([2e9]);
    expect(amounts('Kampuni iliwekeza dola milioni 5 hadi 30 Juni.', 'sw').map(([v]) => v)).toEqual([5e6]);
    expect(amounts('Kampuni iliwekeza dola milioni 40 hadi 50%.', 'sw').map(([v]) => v)).toEqual([40e6]);
    expect(amounts('dala miliyan 20 zuwa 25 ga Maris', 'ha').map(([v]) => v)).toEqual([20e6]);
  });
  it('hedges neither end with a range word that is also a hedge', () => {
    expect(amounts('antara RM1 bilion hingga RM1.5 bilion', 'ms')).toEqual([
      [1e9, 'MYR', false],
      [1.5e9, 'MYR', false],
    ]);
  });
  it('takes no change ("from … to …") or two amounts joined by "and" for a range, and copies no hedge to them', () => {
    const read = (text: string, lang: string) =>
      findAmounts(one(text), lang).map((a) => [a.value, Boolean(a.approximate), a.note?.includes('range') ?? false]);
    expect(read('Revenue grew from about $1 billion to $2 billion.', 'en')).toEqual([
      [1e9, true, false],
      [2e9, false, false],
    ]);
    expect(read('Spoločnosť dostala približne 5 miliónov eur a 8 miliónov eur dostal partner.', 'sk')).toEqual([
      [5e6, true, false],
      [8e6, false, false],
    ]);
    expect(read('about $2 billion – $3 billion', 'en')).toEqual([
      [2e9, true, true],
      [3e9, true, true],
    ]);
  });
});

describe('languages the detector does not know', { timeout: 30_000 }, () => {
  it('tells Croatian from Serbian and Catalan from Spanish by their own words', () => {
    const hr =
      'Tvrtka će tijekom sljedeće dvije godine uložiti 60 milijuna eura u novu tvornicu baterija u Osijeku, a prije toga gradit će i skladište.';
    const sr =
      'Kompanija će tokom naredne dve godine uložiti 60 miliona evra u novu fabriku baterija u Kragujevcu, a pre toga će graditi i skladište.';
    const ca =
      "L'empresa invertirà uns 300 milions d'euros en la nova fàbrica de bateries, segons ha informat aquest dimarts. També obrirà un centre de recerca amb la universitat.";
    const es =
      'La empresa invertirá unos 300 millones de euros en la nueva fábrica de baterías, según informó este martes. También abrirá un centro de investigación con la universidad.';
    expect([hr, sr, ca, es].map((t) => detectLanguage(t)?.tag)).toEqual(['hr', 'sr', 'ca', 'es']);
  });
  it('leaves Slovak, German and Croatian with "i" as they are', () => {
    const sk =
      'Vláda a spoločnosť Volvo podpísali zmluvu o výstavbe závodu pre mesto Košice. Cena pozemkov bude vyššia a vzniknú dve nové cesty, ktoré povedú k areálu.';
    const de =
      'Als Nächstes plant das Unternehmen, als erstes in Europa, eine Fabrik zu bauen. Die Kosten sind höher als erwartet, sagte der Vorstand am Montag.';
    const hr =
      'Tvrtka Rimac i Vlada otvorili su novi pogon tijekom ožujka. Ministar i direktor obišli su tvornicu koja proizvodi baterije i dijelove i izvozi ih.';
    expect([sk, de, hr].map((t) => detectLanguage(t)?.tag)).toEqual(['sk', 'de', 'hr']);
  });
  it('reads "del" before a year', () => {
    expect(dates('Dimarts, 11 de març del 2025, 07:00', 'ca')).toEqual([[2025, 3, 11]]);
  });
});

describe('bylines', { timeout: 30_000 }, () => {
  it("reads the byline cues of more languages, after the script's own colon or a dash", () => {
    expect(languageBylineAuthor('de Ioana Marinescu', 'ro')).toBe('Ioana Marinescu');
    expect(languageBylineAuthor('Piše: Ivana Horvat', 'hr')).toBe('Ivana Horvat');
    expect(languageBylineAuthor('ავტორი: ნინო ბერიძე', 'ka')).toBe('ნინო ბერიძე');
    expect(languageBylineAuthor('Հեղինակ՝ Անի Պետրոսյան', 'hy')).toBe('Անի Պետրոսյան');
    expect(languageBylineAuthor('ដោយ៖ សុខ ចាន់ធី', 'km')).toBe('សុខ ចាន់ធី');
    expect(languageBylineAuthor('ရေးသားသူ - ဇော်မင်းထွန်း', 'my')).toBe('ဇော်မင်းထွန်း');
    // Romanian "de" opens sentences too.
    expect(languageBylineAuthor('de asemenea, compania a anunțat', 'ro')).toBeUndefined();
  });
  it('reads a name with a lower-case particle, but not a place joined by one', () => {
    expect(languageBylineAuthor('Door Pieter van Dijk', 'nl')).toBe('Pieter van Dijk');
    // The name does not end the line: no author, rather than "Mario Rossi da Milano".
    expect(languageBylineAuthor('di Mario Rossi da Milano', 'it')).toBeUndefined();
  });
  it("reads a name with the writer's role after it, and no other name", () => {
    expect(nameWithRole('Liisa Korhonen, toimittaja')).toBe('Liisa Korhonen');
    expect(nameWithRole('Олена Коваленко, журналістка')).toBe('Олена Коваленко');
    expect(nameWithRole('Mette Holm – journalist')).toBe('Mette Holm');
    expect(nameWithRole('Mette Holm, Esbjerg')).toBeUndefined();
    expect(nameWithRole('Ministeren, journalisten og borgmesteren mødtes i går')).toBeUndefined();
  });
});

describe('captions, cookie banners and percent words in more languages', { timeout: 30_000 }, () => {
  const roleOf = (line: string, lang = 'und') => {
    const c = classifyLines(
      lines(
        [
          'A company will build a battery plant near the city, which is to open next year',
          '14 March 2025',
          '',
          'The company announced on Friday that it would build a new factory near the city, creating 500 jobs over three years.',
          line,
          'The plant will produce battery cells for electric cars and is expected to start production in 2027, the company said.',
        ].join('\n'),
      ),
      lang,
    );
    return c.lines.find((l) => l.line === 5)!.removal?.category;
  };
  it("removes a caption closing with a photo credit in the language's own word, or after the caption without brackets", () => {
    for (const caption of [
      'Ministerka na stavenisku závodu v Trnave. FOTO: TASR/Martin Baumann',
      'Жаңа зауыттың құрылысы. Фото: Kazinform / Ерлан Омаров',
      'Kilang baharu di Kulim, Kedah - Foto BERNAMA',
      'Az új gyár Debrecenben (Fotó: Hanseong Materials)',
      'Tehdas Oulussa (Kuva: Lehtikuva / Markku Ojala)',
      'Նոր գործարանը Երևանում (Լուսանկարը՝ Photolure)',
      'រោងចក្រថ្មីនៅភ្នំពេញ (រូបថត៖ ហេង ជីវ័ន)',
      'አዲሱ ፋብሪካ በአዲስ አበባ (ፎቶ፦ ኢዜአ)',
      'ახალი ქარხანა თბილისში. ფოტო: ეკონომიკის სამინისტრო',
      'De nieuwe fabriek in Eindhoven (ANP / Rob Engelaar)',
    ])
      expect(roleOf(caption), caption).toBe('photo-credit');
  });
  it('keeps a paragraph that speaks of a photo, or closes with a bracket of another kind', () => {
    for (const paragraph of [
      'Er zeigte ein Foto: Darauf sieht man die neue Fabrik in Leipzig, die im Herbst öffnen soll.',
      'The company said it would publish the photo: the plant is expected to open next year and employ 500 people',
      'Sales grew by a fifth in the quarter (see chart)',
      'Doanh thu giảm mạnh trong quý (ảnh hưởng bởi dịch bệnh)',
      'Der Ölpreis stieg weiter (USD/Barrel)',
      'Die Fraktion stimmte zu (CDU/CSU Bundestagsfraktion)',
      'Die Kosten zeigt die Grafik (gambar di bawah)',
      'Die Zahlen im Bild: Umsatz und Gewinn wachsen',
      'Der Rundgang endete mit einem Gruppenbild - Foto mit Belegschaft inklusive',
    ])
      expect(roleOf(paragraph), paragraph).toBeUndefined();
  });
  it('keeps a paragraph about biscuits that names them twice', () => {
    expect(roleOf('Tvornica će proizvoditi kolačiće i kekse, a proizvodnja kolačića počinje u ožujku.', 'hr')).toBeUndefined();
  });
  it('never takes a cookie banner in Armenian, Khmer, Burmese or Amharic for the headline', () => {
    for (const [banner, headline, lang] of [
      ['Կայքն օգտագործում է քուքիներ։ Համաձայն եմ', 'Ֆրանսիական ընկերությունը գործարան կկառուցի Գյումրիում', 'hy'],
      ['គេហទំព័រនេះប្រើខូគី។ យល់ព្រម   បដិសេធ', 'ក្រុមហ៊ុនជប៉ុនវិនិយោគលើរោងចក្រថ្មីនៅកំពង់ស្ពឺ', 'km'],
      ['ဤဝက်ဘ်ဆိုက်သည် ကွတ်ကီးများကို အသုံးပြုပါသည်။ လက်ခံမည်', 'ထိုင်းကုမ္ပဏီ မန္တလေးတွင် စက်ရုံသစ် တည်ဆောက်မည်', 'my'],
      ['ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል። እስማማለሁ', 'የቻይና ኩባንያ በአዳማ አዲስ ፋብሪካ ሊገነባ ነው', 'am'],
    ]) {
      const c = classifyLines(lines([banner, '', headline, '14.03.2025', '', 'x '.repeat(30)].join('\n')), lang);
      expect(c.lines[0]!.role, banner).toBe('boilerplate');
      expect(c.headline?.main.text, banner).toBe(headline);
    }
  });
  it('reads percent words of more languages, and no percentage point', () => {
    const pct = (text: string) => findPercentages([{ line: 1, text }], 'und').map((p) => p.value);
    expect(pct('osuus 22 prosenttia, 35 százalék, udio od 30 posto')).toEqual([22, 35, 30]);
    expect(pct('49 пайыз, 10 տոկոս, 65 პროცენტი, 15 በመቶ, ၇၀ ရာခိုင်နှုန်း')).toEqual([49, 10, 65, 15, 70]);
    expect(pct('25 la sută, asilimia 20, 12 procentų')).toEqual([25, 20, 12]);
    expect(pct('2 punkty procentowe, 3 százalékpont, 5 percentage points')).toEqual([]);
    expect(pct('5 პროცენტული პუნქტით, 5 տոկոսային կետ, 5 пайыздық тармақ, 2 procentu punkti, 0.5퍼센트포인트')).toEqual([]);
    // Not a place (Italian "al 3 posto"), an interest rate (Turkish "faiz") or shares (Mongolian "хувьцаа").
    expect(pct('al 3 posto, 3 faiz indirimi, 40 хувьцаа')).toEqual([]);
  });
});
