// Builds the fixture site of tests/fixtures/search-scripts (briefs in each script, mostly
// two that share vocabulary, each with an entity whose native name is an alias) under a
// sub-path, serves it, and runs reader queries through /search/?q= in Chromium: each
// must find its brief in the top five, and where the query is specific, not the
// same-script distractor. Then it types reader queries into the header box, whose quick
// index of names and titles has rules of its own (src/lib/search/quick-tokens.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { createStaticServer } from '../support/static-server.ts';
import { buildSite } from '../support/build-site.ts';

const BASE = '/news/';
const work = mkdtempSync(join(tmpdir(), 'dossier-scripts-'));
const site = join(work, 'site');
let server: Server;
let browser: Browser;
let page: Page;
let origin = '';

beforeAll(async () => {
  const build = buildSite({
    content: resolve('tests/fixtures/search-scripts/content'),
    out: site,
    work,
    base: BASE,
    siteUrl: 'https://news.example.org',
  });
  if (build.status !== 0) throw new Error(`the fixture site did not build:\n${build.output}`);
  server = createStaticServer({ dir: site, base: BASE });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  rmSync(work, { recursive: true, force: true });
});

interface Answer {
  hits: string[];
  status: string;
  excerpts: string[];
}

async function search(query: string): Promise<Answer> {
  await page.goto(`${origin}${BASE}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-search-results]');
    return el?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-status]')?.textContent?.trim();
  });
  const hits = await page
    .locator('[data-search-results] li .hit-title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const excerpts = await page.locator('[data-search-results] li').evaluateAll((items) => items.map((li) => li.textContent ?? ''));
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  return { hits: hits.map((h) => h.slice(BASE.length)), status, excerpts };
}

const brief = (slug: string) => `briefs/${slug}/`;

/** The excerpt element of `slug`'s result for `query`, which must be among the results. */
async function excerptOf(query: string, slug: string) {
  const { hits } = await search(query);
  const at = hits.indexOf(brief(slug));
  expect(at, query).toBeGreaterThanOrEqual(0);
  return page.locator('[data-search-results] li .excerpt').nth(at);
}

// [query, brief it must find in the top five, same-script brief it must not find (or null)]
const CASES: [string, string, string | null][] = [
  // Word forms the text does not write: a plural, a stem, a clitic before a letter a query takes for one, a verb ending.
  ['מסופים', 'ashdod-port-terminal', 'haifa-chip-plant'],
  ['بطاريات', 'morocco-battery-plant', 'jordan-desalination'],
  ['திட்டம்', 'tamil-shipyard', 'tamil-retail'],
  ['मशीनें', 'india-textile-mill', 'india-solar-cells'],
  ['가동했다', 'korea-chip-line', 'korea-battery-factory'],
  ['ระยอง', 'thai-ev-plant', 'thai-solar-farm'],
  ['รถยนต์ไฟฟ้า', 'thai-ev-plant', 'thai-solar-farm'],
  ['แสงอาทิตย์', 'thai-solar-farm', 'thai-ev-plant'],
  ['โรงงาน ชลบุรี', 'thai-solar-farm', 'thai-ev-plant'],
  ['Dak Lak', 'vietnam-solar-plant', 'vietnam-wind-farm'],
  ['dien mat troi', 'vietnam-solar-plant', 'vietnam-wind-farm'],
  ['điện gió', 'vietnam-wind-farm', 'vietnam-solar-plant'],
  ['Bien Xanh', 'vietnam-wind-farm', null],
  ['חיפה', 'haifa-chip-plant', 'ashdod-port-terminal'],
  ['אשדוד', 'ashdod-port-terminal', 'haifa-chip-plant'],
  ['בגליל טק', 'haifa-chip-plant', null],
  ['البطاريات', 'morocco-battery-plant', 'jordan-desalination'],
  ['مياه', 'jordan-desalination', 'morocco-battery-plant'],
  ['348', 'morocco-battery-plant', null],
  ['δορυφόροι', 'greek-satellite-maker', 'greek-port-investment'],
  ['λιμανι Κερκυρα', 'greek-port-investment', 'greek-satellite-maker'],
  ['अनन्त ऊर्जा', 'india-solar-cells', 'india-textile-mill'],
  ['लागत', 'india-textile-mill', 'india-solar-cells'],
  ['データセンター', 'japan-data-centre', 'japan-chip-factory'],
  ['熊本', 'japan-chip-factory', 'japan-data-centre'],
  ['울산에서', 'korea-battery-factory', 'korea-chip-line'],
  ['반도체를', 'korea-chip-line', 'korea-battery-factory'],
  ['HK$22.50', 'ferry-fare-rise', 'ferry-new-route'],
  ['22,50', 'ferry-fare-rise', 'ferry-new-route'],
  ['கடை', 'tamil-retail', 'tamil-shipyard'],
  ['தூத்துக்குடியில்', 'tamil-shipyard', 'tamil-retail'],
  ['می\u200Cسازد', 'persian-factory', 'persian-bank'],
  ['میسازد', 'persian-factory', 'persian-bank'],
  ['بانك', 'persian-bank', 'persian-factory'],
  ['diyarbakir', 'turkish-textile', null],
  ['ILIK', 'turkish-textile', null],
  ['strasse', 'german-logistics', null],
  ['eroeffnet', 'german-logistics', null],
  // A German compound found by its last part (Lastwagenfahrer).
  ['Fahrer', 'german-logistics', null],
  ['ཆུ་གློག', 'tibet-hydro', 'tibet-school'],
  ['སློབ་གྲྭ', 'tibet-school', 'tibet-hydro'],
  // Simplified and Traditional Chinese: a query in one spelling finds text in the other.
  ['電池', 'china-battery-recycling', 'taiwan-chip-packaging'],
  ['兩萬噸', 'china-battery-recycling', 'taiwan-chip-packaging'],
  ['测试', 'taiwan-chip-packaging', 'china-battery-recycling'],
  ['封装测试厂', 'taiwan-chip-packaging', 'china-battery-recycling'],
  ['ሀዋሳ', 'amharic-fish-farm', 'amharic-coffee'],
  ['ቡና', 'amharic-coffee', 'amharic-fish-farm'],
  // Scripts and languages added after the first corpus: case forms from a dictionary form, letters as readers type them.
  ['თბილისი', 'georgian-winery', 'georgian-bank'],
  ['ᲗᲑᲘᲚᲘᲡᲘ', 'georgian-winery', 'georgian-bank'],
  ['ბათუმი', 'georgian-bank', 'georgian-winery'],
  ['ԵՐԵՎԱՆ', 'armenian-software', null],
  ['ፋብሪካዎች', 'amharic-textile', null],
  ['ਲੁਧਿਆਣਾ', 'punjabi-bicycle', null],
  ['ਵਿਚ ਫੈਕਟਰੀ', 'punjabi-bicycle', null],
  ['ఔషధం', 'telugu-pharma', null],
  ['ಬೆಂಗಳೂರು', 'kannada-aero', null],
  ['നഗരം', 'malayalam-shipyard', null],
  ['കപ്പല്\u200Dശാല', 'malayalam-shipyard', null],
  ['فیکٹریاں', 'urdu-cement', 'persian-factory'],
  ['Онтустик', 'kazakh-cement', null],
  ['жумысшы', 'kazakh-cement', null],
  // Arabic: a broken plural that no page has is asked for as its singular (مصانع as مصنع, عقود as عقد).
  ['مصانع', 'morocco-battery-plant', null],
  ['عقود', 'jordan-desalination', 'morocco-battery-plant'],
  // Persian: two words typed without the space that does not show after ز or ا (باز کرد, آریا خودرو).
  ['بازکرد', 'persian-bank', 'persian-factory'],
  ['آریاخودرو', 'persian-factory', 'persian-bank'],
  // The same with a clitic before (و) or an ending after (the ezafe ی), and in quotation marks.
  ['وبازکرد', 'persian-bank', 'persian-factory'],
  ['«آریاخودروی»', 'persian-factory', 'persian-bank'],
  // Hebrew: a feminine singular finds the construct state (חברת) and the plural (מכולות).
  ['חברה', 'haifa-chip-plant', 'ashdod-port-terminal'],
  ['מכולה', 'ashdod-port-terminal', 'haifa-chip-plant'],
  // Ukrainian: a fleeting vowel (гривень), a closed syllable's і (Львів, у Львові).
  ['гривня', 'ukrainian-drone-plant', null],
  ['Львів', 'ukrainian-drone-plant', null],
  ['Gence', 'azerbaijani-steel', null],
  // Azerbaijani: a plural no page has, cut by the Turkish stemmer as typed, with its ı (zavodları).
  ['zavodları', 'azerbaijani-steel', null],
  // Polish: Pagefind stems a query as English, nowy as nowi; asked without the y (elektrycznych).
  ['elektryczny', 'polish-bus-plant', null],
  ['autobus elektryczny', 'polish-bus-plant', null],
  // Serbian: Cyrillic text found by Latin letters, and a nominative by the Serbian stemmer (Крагујевцу).
  ['fabrika baterija', 'serbian-battery-plant', null],
  ['Kragujevac', 'serbian-battery-plant', null],
  ['Крагујевац', 'serbian-battery-plant', null],
  // Swahili: a noun in another class (tunda for matunda; viwanda, retried without vi-, for kiwanda).
  ['tunda', 'swahili-juice-plant', null],
  ['viwanda', 'swahili-juice-plant', null],
  ['mfanyakazi', 'swahili-juice-plant', null],
  // Zulu: a place behind its locative e- (eThekwini), a singular for a plural class (umsebenzi for
  // abasebenzi), a noun behind a possessive and a class prefix (imoto in yezimoto).
  ['Thekwini', 'zulu-car-plant', null],
  ['umsebenzi', 'zulu-car-plant', null],
  ['imoto', 'zulu-car-plant', null],
  // Somali: a definite plural and a plural no page has, retried without their endings.
  ['warshadaha', 'somali-sugar-plant', null],
  ['shaqooyin', 'somali-sugar-plant', null],
  // Catalan: a plural retried as its singular's stem (fàbriques, fàbrica).
  ['fàbriques', 'catalan-cell-plant', null],
  // Malay: a verb's stem (labur, indexed from melabur), a plural written twice.
  ['labur', 'malay-solar-plant', null],
  ['kilang-kilang Kulim', 'malay-solar-plant', null],
  // Pashto and Sorani letters typed on a Persian keyboard; a Pashto oblique ending; a Sorani definite plural.
  ['ننگرهار', 'pashto-solar-plant', null],
  ['فابریکې', 'pashto-solar-plant', null],
  ['کارگران', 'pashto-solar-plant', null],
  ['هەولیر', 'sorani-panel-plant', null],
  ['کارگەکان', 'sorani-panel-plant', null],
  // Chromium cuts this Khmer word in two, and joins two words Node's ICU keeps apart.
  ['រោងចក្រ', 'khmer-garment', null],
  ['នឹងជួល', 'khmer-garment', null],
  // ນ້ຳ typed with its tone mark after the niggahita; Icelandic þ, Uzbek oʻ and French elision as readers type them.
  ['ນໍ້າທາ', 'lao-hydro', null],
  ['Thorlakshofn', 'icelandic-fish', null],
  ["O'zbekiston", 'uzbek-cotton', null],
  ['Ozbekiston', 'uzbek-cotton', null],
  ['assemblage', 'french-usine', null],
  // A number with separators in the script's own digits, typed in ASCII with or without them or as written.
  ['2400 ล้านบาท', 'thai-solar-farm', 'thai-ev-plant'],
  ['๒,๔๐๐', 'thai-solar-farm', 'thai-ev-plant'],
  ['1,850 करोड़', 'india-textile-mill', 'india-solar-cells'],
  ['2600', 'jordan-desalination', 'morocco-battery-plant'],
  // A currency code glued to the sign; แ typed as two เ; plural endings; a Japanese verb's auxiliary.
  ['S$22.50', 'ferry-fare-rise', 'ferry-new-route'],
  ['เเสงอาทิตย์', 'thai-solar-farm', 'thai-ev-plant'],
  ['반도체들을', 'korea-chip-line', 'korea-battery-factory'],
  ['கப்பல்கள்', 'tamil-shipyard', 'tamil-retail'],
  ['شعبه‌ها', 'persian-bank', 'persian-factory'],
  ['採用する', 'japan-chip-factory', 'japan-data-centre'],
  // A Turkish plural no page writes, retried cut to its stem by the stemmer of a language the site's briefs are in.
  ['boyahaneler', 'turkish-textile', null],
  ['fabrikalar Diyarbakır', 'turkish-textile', null],
  // Two words each in a form the text does not write, one of them on another page as typed
  // (elettrici): both asked cut to their stems.
  ['mulini elettrici', 'italian-mill', 'italian-buses'],
  // Welsh: a place after a nasal mutation (ym Mhontypridd), found by its radical.
  ['Pontypridd becws', 'welsh-bakery', null],
  // Bulgarian: a plural in -ци found by its singular (техници), a full article off (цехът).
  ['техник', 'bulgarian-bakery', null],
  ['цехът Смолян', 'bulgarian-bakery', null],
  // Hausa: hooked letters typed as the plain ones.
  ['bude sabulu', 'hausa-soap-plant', null],
  ['Kofar Ruwa', 'hausa-soap-plant', null],
];

describe('search in every script the table covers', () => {
  for (const [query, target, distractor] of CASES) {
    it(`“${query}” finds ${target}${distractor ? `, not ${distractor}` : ''}`, async () => {
      const { hits, status } = await search(query);
      expect(hits.slice(0, 5), `top 5 for “${query}”: ${hits.join(', ')}`).toContain(brief(target));
      // Every word of the query was found, not only some of them.
      expect(status).not.toContain('No page has');
      if (distractor) expect(hits).not.toContain(brief(distractor));
    });
  }

  it('says so when a word of the query is found nowhere, instead of matching a fragment of it', async () => {
    const { hits, status } = await search('ระยอง กกกกกก');
    expect(status).toContain('No page has “กกกกกก”');
    expect(hits).toContain(brief('thai-ev-plant'));
    // A word no page has leaves the other words their results, though Pagefind finds no page for the whole query.
    const number = await search('ระยอง 98765');
    expect(number.status).toContain('No page has “98765”');
    expect(number.hits).toContain(brief('thai-ev-plant'));
    // Only the piece of a typed word that segmentation cut off and no page has is named.
    const piece = await search('熊本ワニ');
    expect(piece.status).toContain('No page has “ワニ”');
    expect(piece.hits).toContain(brief('japan-chip-factory'));
    const none = await search('البطارياتزززز');
    expect(none.hits).toEqual([]);
    expect(none.status).toContain('No results');
  });

  it('finds no page, and fails on none, for words each on some page but none together', async () => {
    // Each on one brief of the pair; words spelled in ASCII in the index (Thai, Devanagari) have no retry stem.
    for (const query of ['ระยอง แสงอาทิตย์', 'गुजरात लागत']) {
      const { hits, status } = await search(query);
      expect(hits, query).toEqual([]);
      expect(status, query).toContain('No results');
    }
  });

  it('shows prose, and names the entity when a result is found through its alias', async () => {
    const { hits, excerpts } = await search('港灣渡輪');
    expect(hits.slice(0, 3)).toEqual(expect.arrayContaining([brief('ferry-fare-rise'), brief('ferry-new-route')]));
    const ferry = excerpts[hits.indexOf(brief('ferry-fare-rise'))]!;
    expect(ferry).toContain('Mentions Harbour Ferries (港灣渡輪)');
    // The aliases of the mentioned entities are not the excerpt.
    expect(ferry).not.toMatch(/港灣渡輪.*港灣渡輪/);
  });

  it("cuts a brief's excerpt from its summary, not from its title and the lines under it", async () => {
    // "adult" is in the title and the summary, "crossing" in the summary only.
    const excerpt = (await (await excerptOf('adult crossing', 'ferry-fare-rise')).textContent()) ?? '';
    expect(excerpt).toContain('HK$22.50');
    for (const furniture of ['Ferry operator raises the adult fare', 'Article date', 'The Test Gazette', 'source in', 'Summary'])
      expect(excerpt).not.toContain(furniture);
  });

  it('shows the spaces a Thai text wrote, and none of the cuts between its words', async () => {
    const excerpt = (await (await excerptOf('ฟาร์ม', 'thai-solar-farm')).textContent()) ?? '';
    expect(excerpt).toContain('ในปีหน้า มูลค่า');
    expect(excerpt).toContain('ฟาร์มพลังงานแสงอาทิตย์ที่จังหวัดชลบุรี');
    expect(excerpt).not.toContain('\u2063');
  });

  it('marks the word a query found through a form the index keeps out of sight (behind a clitic, respelled, inflected)', async () => {
    for (const [query, slug, word] of [
      ['חיפה', 'haifa-chip-plant', 'בחיפה'],
      ['مياه', 'jordan-desalination', 'المياه'],
      ['eroeffnet', 'german-logistics', 'eröffnet'],
      ['Fahrer', 'german-logistics', 'Lastwagenfahrer'],
      ['гривня', 'ukrainian-drone-plant', 'гривень'],
      ['מכולה', 'ashdod-port-terminal', 'מכולות'],
      ['بازکرد', 'persian-bank', 'باز'],
    ] as const) {
      const marked = await (await excerptOf(query, slug)).locator('mark').allTextContents();
      expect(marked, query).toContain(word);
    }
  });

  it("finds a deal by its own record, not by the deal table on its brief's page", async () => {
    // "Wombat" is in the deal's title only, which the brief's page shows in its deal table.
    const { status } = await search('wombat');
    expect(status).toContain('1 result');
    const link = (await page.locator('[data-search-results] li .hit-title a').getAttribute('href')) ?? '';
    expect(link).toMatch(new RegExp(`^${BASE}briefs/ferry-fare-rise/#.+`));
  });

  it('finds a brief by the name of its topic, and says so', async () => {
    const { hits, excerpts } = await search('industry ferry fare');
    expect(hits).toContain(brief('ferry-fare-rise'));
    expect(excerpts[hits.indexOf(brief('ferry-fare-rise'))]).toContain('Topic: Industry');
  });
});

interface QuickAnswer {
  hits: string[];
  items: string[];
}

/** Types `query` into the header box as a reader would and waits until its results are for the whole query. */
async function quickSearch(query: string): Promise<QuickAnswer> {
  await page.goto(`${origin}${BASE}`);
  await page.locator('#site-search').pressSequentially(query);
  await page.waitForFunction(
    (q) =>
      document.querySelector('#site-search-popup')?.getAttribute('aria-busy') === 'false' &&
      (document.querySelector('[data-header-search-status]')?.textContent ?? '').includes(`“${q}”`),
    query,
  );
  const popup = page.locator('#site-search-popup ol li');
  const hits = await popup.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { hits: hits.map((h) => h.slice(BASE.length)), items: await popup.allInnerTexts() };
}

// [query, page it must list in the top five]: names and aliases typed in part, without marks,
// in other letter forms, and headline words behind a clitic.
const QUICK_CASES: [string, string][] = [
  ['bien xanh', 'entities/bien-xanh/'],
  ['nang luong hoang son', 'entities/hoang-son-energy/'],
  ['الواحة', 'entities/al-waha/'],
  ['واحة', 'entities/al-waha/'],
  ['الْوَاحَة', 'entities/al-waha/'],
  ['العقبة', 'briefs/jordan-desalination/'],
  ['גָּלִיל', 'entities/galil-tech/'],
  ['אשדוד', 'briefs/ashdod-port-terminal/'],
  ['มอเตอร์', 'entities/siam-motor/'],
  ['ΑΣΤΡΟΛΑΒ', 'entities/astrolavos/'],
  ['अनन्त ऊर्जा', 'entities/anant-urja/'],
  ['ﾃﾞｰﾀ', 'entities/hokuto-data/'],
  ['半導体', 'entities/minamikaze-semiconductor/'],
  ['한빛배터리가', 'entities/hanbit-battery/'],
  ['渡輪', 'entities/harbour-ferries/'],
  ['அங்காடி', 'entities/nila-stores/'],
  ['اريا خودرو', 'entities/arya-khodro/'],
  // Two words typed without the space that does not show after ا.
  ['آریاخودرو', 'entities/arya-khodro/'],
  ['སློབ་སྦྱོང་', 'entities/lhasa-learning/'],
  ['ሀዋሳ', 'entities/hawassa-fisheries/'],
  ['ሀዋሳ', 'briefs/amharic-fish-farm/'],
  ['DİYARBAKIR', 'briefs/turkish-textile/'],
  ['eroeffnet', 'briefs/german-logistics/'],
  ['eröffnet', 'briefs/german-logistics/'],
  ['ᲐᲚᲐᲖᲐᲜᲘ', 'entities/alazani-wine/'],
  ['ბათუმი', 'briefs/georgian-bank/'],
  ['Онтустик Курылыс', 'entities/ontustik-qurylys/'],
  // A name typed in another case: each word cut to its stem, as on /search/.
  ['Степового Дрона', 'entities/stepovyi-dron/'],
  ['Степовому Дрону', 'entities/stepovyi-dron/'],
  ['മറൈന്\u200D', 'entities/kerala-marine/'],
  ['gence', 'briefs/azerbaijani-steel/'],
  ['ਲੁਧਿਆਣਾ', 'briefs/punjabi-bicycle/'],
  ['ಬೆಂಗಳೂರು', 'briefs/kannada-aero/'],
  ['ນໍ້າທາ', 'entities/namtha-power/'],
  ['thorsfiskur', 'entities/thorsfiskur/'],
  ["farg'ona", 'briefs/uzbek-cotton/'],
  ["l'usine", 'briefs/french-usine/'],
  ['kofar ruwa', 'entities/kofar-ruwa/'],
  ['bude sabulu', 'briefs/hausa-soap-plant/'],
];

describe('the header box in every script the table covers', () => {
  for (const [query, target] of QUICK_CASES) {
    it(`“${query}” lists ${target}`, async () => {
      const { hits } = await quickSearch(query);
      expect(hits.slice(0, 5), `top 5 for “${query}”: ${hits.join(', ')}`).toContain(target);
    });
  }

  it('shows the name that matched as written, in its own script, and none of the index’s spellings', async () => {
    const { hits, items } = await quickSearch('ሀዋሳ');
    expect(items[hits.indexOf('briefs/amharic-fish-farm/')]).toContain('Original headline: በሐዋሳ ሐይቅ አጠገብ የአሳ እርባታ ማዕከል ተከፈተ');
    const thai = await quickSearch('มอเตอร์');
    expect(thai.items[0]).toContain('Also known as: สยามมอเตอร์');
    for (const item of [...items, ...thai.items]) expect(item).not.toMatch(/\b[a-z]{2}q(?:[a-p]{2})+/);
  });

  it('isolates each name it shows, so a right-to-left one keeps its own direction inside the English line', async () => {
    await quickSearch('العقبة');
    const names = await page.locator('#site-search-popup li .excerpt bdi').allTextContents();
    expect(names).toEqual(['الواحة توقع عقدا لتحلية المياه في العقبة']);
    expect(await page.locator('#site-search-popup .popup-more bdi').textContent()).toBe('العقبة');
  });
});
