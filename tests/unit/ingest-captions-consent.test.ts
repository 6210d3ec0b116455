// Photo credits in more languages (the word for a photo, a site as the credit, a credit written
// after the photographer's name) and consent banners ending in a row of buttons. Lines written for
// these tests.
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/ingest/boilerplate.ts';
import { isConsentBanner } from '../../src/ingest/consent.ts';

/** The fate of `line` set between two paragraphs of an article under a headline. */
function fate(line: string, lang: string): string {
  const text = [
    'A headline for the test page here',
    '',
    'First paragraph of the article body, long enough to be a sentence of the article text.',
    '',
    line,
    '',
    'Another paragraph of the article body, long enough to count as the article text itself.',
  ].join('\n');
  const c = classifyLines(
    text.split('\n').map((t, i) => ({ line: i + 1, text: t })),
    lang,
  );
  const l = c.lines.find((x) => x.line === 5)!;
  return l.removal?.category ?? l.role;
}

describe('photo credits', { timeout: 60_000 }, () => {
  it('reads the word for a photo in Bulgarian, Basque, Gujarati, Lao, Malayalam, Sinhala, Tamil and Tagalog', () => {
    for (const [line, lang] of [
      ['Работници на новата линия в завода край Русе. Снимка: Иван Петров', 'bg'],
      ['Langileak lantegi berrian, Eibarren. Argazkia: Ane Zubiri', 'eu'],
      ['નવા પ્લાન્ટમાં કામ કરતા કર્મચારીઓ. તસવીર: રમેશ શાહ', 'gu'],
      ['ພະນັກງານເຮັດວຽກຢູ່ໂຮງງານໃໝ່. ພາບ: ສົມສັກ', 'lo'],
      ['പുതിയ ഫാക്ടറിയിലെ ജീവനക്കാർ. ചിത്രം: രാജേഷ് കുമാർ', 'ml'],
      ['නව කර්මාන්තශාලාවේ සේවකයින්. ඡායාරූපය: සුනිල් සිල්වා', 'si'],
      ['புதிய ஆலையில் பணியாளர்கள். படம்: ரமேஷ்', 'ta'],
      ['Ang mga manggagawa sa bagong pabrika sa Laguna. (Kuha ni Jose Cruz)', 'tl'],
    ] as const)
      expect(fate(line, lang), line).toBe('photo-credit');
  });
  it('takes a site named as the credit, and a Lithuanian credit written after the name', () => {
    expect(fate('Yangi zavod ishchilari ish jarayonida. Foto: Xabar.uz', 'uz')).toBe('photo-credit');
    expect(fate('Darbuotojai naujoje gamykloje Klaipėdoje. Jono Petraičio (ELTA) nuotr.', 'lt')).toBe('photo-credit');
  });
  it('keeps a sentence that merely names a site or ends in a name', () => {
    expect(fate('The company said it would hire more workers at its site in Tashkent next year.', 'en')).toBe('body');
    expect(fate('Bendrovė sako, kad gamykloje dirbs 200 žmonių. Tai patvirtino Jonas Petraitis.', 'lt')).toBe('body');
  });
});

describe('consent banners', () => {
  it('takes a cued sentence followed by a row of short items set off by wide gaps as a banner, listed or not', () => {
    expect(isConsentBanner('Tento web používá soubory cookie k měření návštěvnosti.   Souhlasím   Nastavení', 12)).toBe(true);
    expect(isConsentBanner('આ સાઇટ કૂકીઝનો ઉપયોગ કરે છે.   સ્વીકારો   વધુ માહિતી', 9)).toBe(true);
    expect(isConsentBanner('ເວັບໄຊນີ້ໃຊ້ຄຸກກີ້.   ຍອມຮັບ   ຂໍ້ມູນເພີ່ມ', 4)).toBe(true);
    expect(isConsentBanner('මෙම අඩවිය කුකීස් භාවිත කරයි.   එකඟ වෙමි   වැඩි විස්තර', 8)).toBe(true);
    expect(isConsentBanner('Vefurinn notar vafrakökur.   Samþykkja   Meira', 5)).toBe(true);
  });
  it('needs the cue, the sentence end and short items', () => {
    expect(isConsentBanner('Tento web používá soubory cookie k měření návštěvnosti', 8)).toBe(false);
    expect(isConsentBanner('Tento web používá soubory cookie.   Celý článek o tom, jak je používáme a proč', 14)).toBe(false);
  });
});
