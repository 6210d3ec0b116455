// Money amounts in any language and numeral system, normalised to { value, currency }.
// Hand-written: the npm money parsers read one locale's formatting, not scale words such as
// "miliar", "млрд", "亿" or "কোটি" next to currency words in another script.
import { currencyCode } from '../schemas/currency.ts';
import { asciiDigits, NUMBER_SOURCE, parseNumber } from './numerals.ts';
import type { SourceLine } from './types.ts';

export interface AmountMention {
  value: number;
  /** ISO 4217 code. */
  currency: string;
  /** The US-dollar figure the article gives beside it, e.g. "2.2 billion yuan ($348 million)". */
  usd?: number;
  approximate?: boolean;
  /** The words of the article, verbatim. */
  text: string;
  line: number;
  note?: string;
}

/** Scale words after a number. `re` is a regex source matched right after the number and a space. */
interface Scale {
  re: string;
  value: number;
}

// Short forms ("m", "bn", "k") count only when glued to the number or followed by a currency.
const SCALES: Scale[] = [
  // English and shared abbreviations
  { re: 'trillions?|tn|trn', value: 1e12 },
  { re: 'billions?|bn|bln|billionen|billones|billón|biljoen(?:en)?', value: 1e9 },
  { re: 'millions?|mn|mln|mio\\.?', value: 1e6 },
  { re: 'thousands?', value: 1e3 },
  // German, Dutch, Scandinavian, French, Italian, Spanish, Portuguese, Polish, Czech, Turkish
  { re: 'milliarden?|mrd\\.?|miljard(?:en)?|milliards?|miliardi|miliardo|mld\\.?|miliard(?:y|ów|ů)?|milyar', value: 1e9 },
  { re: 'mil millones|mil milhões|bilhões|bilhão|bilh[aã]o', value: 1e9 },
  { re: 'millionen|miljoen(?:en)?|miljon(?:er)?|milioni|milione|millones|millón|milhões|milhão|milion(?:y|ów)?|milyon', value: 1e6 },
  { re: 'tausend|tsd\\.?|mille|mil', value: 1e3 },
  // Indonesian and Malay
  { re: 'triliun|trilion', value: 1e12 },
  { re: 'miliar|bilion', value: 1e9 },
  { re: 'juta', value: 1e6 },
  { re: 'ribu', value: 1e3 },
  // Vietnamese
  { re: 'nghìn tỷ|nghìn tỉ', value: 1e12 },
  { re: 'tỷ|tỉ', value: 1e9 },
  { re: 'triệu', value: 1e6 },
  { re: 'nghìn|ngàn', value: 1e3 },
  // Russian, Ukrainian, Bulgarian
  { re: 'трлн\\.?|триллион\\p{L}*|трильйон\\p{L}*', value: 1e12 },
  { re: 'млрд\\.?|миллиард\\p{L}*|мільярд\\p{L}*', value: 1e9 },
  { re: 'млн\\.?|миллион\\p{L}*|мільйон\\p{L}*', value: 1e6 },
  { re: 'тыс\\.?|тис\\.?|тысяч\\p{L}*|тисяч\\p{L}*', value: 1e3 },
  // Arabic
  { re: 'تريليون', value: 1e12 },
  { re: 'مليارات|مليار|بليون', value: 1e9 },
  { re: 'ملايين|مليون', value: 1e6 },
  { re: 'آلاف|ألف', value: 1e3 },
  // Bengali and Hindi (Indian numbering: lakh 1e5, crore 1e7)
  { re: 'ট্রিলিয়ন\\p{M}*\\p{L}*|ट्रिलियन', value: 1e12 },
  { re: 'বিলিয়ন\\p{M}*|बिलियन|अरब', value: 1e9 },
  { re: 'কোটি|करोड़|करोड', value: 1e7 },
  { re: 'মিলিয়ন\\p{M}*|मिलियन', value: 1e6 },
  { re: 'লাখ|লক্ষ|लाख', value: 1e5 },
  { re: 'হাজার|हज़ार|हजार', value: 1e3 },
  { re: 'lakh|lakhs|lac', value: 1e5 },
  { re: 'crores?|cr\\.?', value: 1e7 },
];

/** CJK scale characters multiply in sequence: 百万 = 100 × 10⁴, 十亿 = 10 × 10⁸. */
const CJK_SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12, 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12 };

const CJK_CONTINUATION = /^\s?(\d+(?:\.\d+)?)([十百千万萬亿億兆천만억조]+)/u;

/** Short scale letters glued to the number: "$5m", "€2bn", "10k". */
const GLUED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

interface CurrencyWord {
  re: string;
  code: string | ((lang: string) => string);
  /** "dollars" or "$" with no country: the code is a guess the draft must flag. */
  generic?: boolean;
  /** Written before the number ("$5", "Rp10", "人民币100亿元"); words such as "won" or "dollars" come after it. */
  before?: boolean;
}

const AGGLUTINATIVE = new Set(['tr', 'az', 'uz', 'kk', 'ky', 'tk', 'fi', 'et', 'hu', 'ko', 'ja', 'mn', 'ta', 'te', 'kn', 'ml']);

const YEN_OR_YUAN = (lang: string) => (lang.startsWith('zh') ? 'CNY' : 'JPY');

// Symbols and words. Longer, more specific forms come first ("HK$" before "$", "Hong Kong dollars" before "dollars").
const CURRENCIES: CurrencyWord[] = [
  { re: 'US\\$|U\\.S\\.\\$|USD\\$', code: 'USD', before: true },
  { re: 'HK\\$|HKD\\$', code: 'HKD', before: true },
  { re: 'S\\$|SG\\$', code: 'SGD', before: true },
  { re: 'A\\$|AU\\$', code: 'AUD', before: true },
  { re: 'C\\$|CA\\$', code: 'CAD', before: true },
  { re: 'NZ\\$', code: 'NZD', before: true },
  { re: 'NT\\$', code: 'TWD', before: true },
  { re: 'R\\$', code: 'BRL', before: true },
  { re: 'MX\\$', code: 'MXN', before: true },
  { re: '\\$', code: 'USD', generic: true, before: true },
  { re: '€', code: 'EUR', before: true },
  { re: '£', code: 'GBP', before: true },
  { re: '[¥￥]', code: YEN_OR_YUAN, before: true },
  { re: '₹|Rs\\.?', code: 'INR', before: true },
  { re: '₩', code: 'KRW', before: true },
  { re: '₽', code: 'RUB', before: true },
  { re: '₺', code: 'TRY', before: true },
  { re: '₫', code: 'VND', before: true },
  { re: '₱', code: 'PHP', before: true },
  { re: '₦', code: 'NGN', before: true },
  { re: '₴', code: 'UAH', before: true },
  { re: '₪', code: 'ILS', before: true },
  { re: '৳', code: 'BDT', before: true },
  { re: '฿', code: 'THB', before: true },
  { re: 'Rp\\.?', code: 'IDR', before: true },
  { re: 'RM', code: 'MYR', before: true },
  { re: 'zł', code: 'PLN', before: true },
  { re: 'RMB|CN¥', code: 'CNY', before: true },
  // Words. "dollar" alone is taken as the US dollar, and the draft says so.
  { re: 'hong kong dollars?|dólares? de hong kong|dollars? de hong kong|hongkong-dollars?|dolar hong kong|гонконгских долларов|港元|港币|港幣|港圓', code: 'HKD' },
  { re: 'singapore dollars?|dolar singapura|singapur-dollars?|新加坡元|新元', code: 'SGD' },
  { re: 'australian dollars?|austral(?:ische[nr]?|ian)-dollars?|dolar australia|澳元', code: 'AUD' },
  { re: 'canadian dollars?|kanadische[nr]? dollars?|dolar kanada|加元|加币', code: 'CAD' },
  { re: 'new taiwan dollars?|taiwan dollars?|新台币|新台幣', code: 'TWD' },
  {
    re: "u\\.?s\\.? dollars?|us-dollars?|dollars? américains?|dólares? estadounidenses|dólares? americanos|dollari? statunitensi|dolar as|dolar amerika|amerikanische[nr]? dollars?|американских долларов|долларов сша|美元|美金|米ドル|دولار أمريكي",
    code: 'USD',
  },
  { re: 'dollars?|dólares?|dollari|dolar|доллар\\p{L}*|долл\\.?|ডলার\\p{M}*\\p{L}*|डॉलर|دولار|달러|ドル', code: 'USD', generic: true },
  { re: 'euros?|евро|ইউরো|यूरो|يورو|유로|ユーロ|欧元|歐元', code: 'EUR' },
  { re: 'pounds? sterling|pounds?|sterling|фунт\\p{L}* стерлингов|фунт\\p{L}*|英镑|英鎊|ポンド|파운드', code: 'GBP' },
  { re: '人民币|人民幣', code: 'CNY', before: true },
  { re: 'yuan|renminbi|юан\\p{L}*|ইউয়ান\\p{M}*\\p{L}*|युआन|يوان|위안|人民元|元人民币|元人民幣|人民币|人民幣', code: 'CNY' },
  { re: '元', code: (lang) => (lang.startsWith('ja') ? 'JPY' : 'CNY') },
  { re: 'yen|иен\\p{L}*|ইয়েন|येन|ين|엔|日元|日圓|円', code: 'JPY' },
  { re: 'won|вон|원|韩元|韓元|ウォン', code: 'KRW' },
  { re: 'rupees?|rupee|рупи\\p{L}*|রুপি|रुपये|रुपया|रुपए|روبية', code: 'INR' },
  { re: 'rupiah', code: 'IDR' },
  { re: 'ringgit', code: 'MYR' },
  { re: 'baht|бат\\p{L}*', code: 'THB' },
  { re: 'đồng', code: 'VND' },
  { re: 'рубл\\p{L}*|руб\\.?|rubles?|roubles?|rubel|রুবল|卢布|盧布', code: 'RUB' },
  { re: 'гривн\\p{L}*|грн\\.?|hryvnias?', code: 'UAH' },
  { re: 'lira|lirası|türk lirası', code: 'TRY' },
  { re: 'টাকা', code: 'BDT' },
  { re: 'francs? suisses|schweizer franken|swiss francs?', code: 'CHF' },
];

/** Hedges before a figure ("about", "около", "约", "প্রায়") make it approximate. */
const HEDGES = new RegExp(
  String.raw`(?:about|around|approximately|roughly|nearly|almost|some|over|more than|less than|up to|at least|около|примерно|почти|более|свыше|порядка|до|sekitar|hampir|lebih dari|kurang dari|hingga|kira-kira|约|近|超过|逾|达|將近|约合|約|およそ|약|거의|প্রায়|লগভগ|करीब|लगभग|etwa|rund|fast|mehr als|über|bis zu|knapp|environ|près de|plus de|jusqu'à|alrededor de|casi|más de|cerca de|cerca de|quase|mais de|circa|quasi|oltre|حوالي|نحو|أكثر من|قرابة)\s*$`,
  'iu',
);

const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{M}])`;
const sticky = (source: string) => new RegExp(`(?:${source})`, 'iuy');
const SCALE_RES = SCALES.map((s) => ({ re: sticky(`(?:${s.re})${NOT_WORD_AFTER}`), value: s.value }));
const CURRENCY_AFTER = CURRENCIES.map((c) => ({ re: sticky(`(?:${c.re})`), code: c.code, generic: Boolean(c.generic), word: /\p{L}/u.test(c.re.replace(/\\p\{[LM]\}/g, '')) }));
const CURRENCY_BEFORE = CURRENCIES.filter((c) => c.before).map((c) => ({ re: new RegExp(`(?<![\\p{L}])(?:${c.re})[\\s\\u00A0]?$`, 'iu'), code: c.code, generic: Boolean(c.generic) }));
const ISO_CODE = /(?<![\p{L}])([A-Z]{3})(?![\p{L}])/uy;
const ISO_CODE_BEFORE = /(?<![\p{L}])([A-Z]{3})[\s\u00A0]?$/u;
const NUMBER = new RegExp(`(?<![\\d.,])${NUMBER_SOURCE}`, 'gu');

function resolveCode(code: string | ((lang: string) => string), lang: string): string {
  return typeof code === 'function' ? code(lang) : code;
}

function isCurrency(code: string): boolean {
  return currencyCode.safeParse(code).success;
}

/** Currency written right after position `at` (after optional space), with how far it reaches. */
/** "millones de dólares", "millions d'euros", "milioni di euro": a connector may stand before the currency. */
const CONNECTOR = /(?:de|d'|d’|di|des)\s*/iuy;

function currencyAfter(text: string, at: number, lang: string): { code: string; end: number; generic: boolean } | undefined {
  let pos = at;
  while (text[pos] === ' ' || text[pos] === '\u00A0') pos++;
  CONNECTOR.lastIndex = pos;
  const connector = pos > at ? CONNECTOR.exec(text) : null;
  if (connector) pos += connector[0].length;
  for (const c of CURRENCY_AFTER) {
    c.re.lastIndex = pos;
    const m = c.re.exec(text);
    if (!m) continue;
    // A currency word must end at a word end: "won" is not the start of "wonder". Languages that glue
    // endings to words are the exception: Turkish "dolarlık", Finnish "euroa".
    const end = pos + m[0].length;
    if (c.word && /[\p{L}]/u.test(text[end] ?? '') && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(m[0]) && !AGGLUTINATIVE.has(lang.split('-')[0]!)) continue;
    return { code: resolveCode(c.code, lang), end, generic: c.generic };
  }
  ISO_CODE.lastIndex = pos;
  const iso = ISO_CODE.exec(text);
  if (iso && isCurrency(iso[1]!)) return { code: iso[1]!, end: pos + 3, generic: false };
  return undefined;
}

function currencyBefore(text: string, start: number, lang: string): { code: string; start: number; generic: boolean } | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  for (const c of CURRENCY_BEFORE) {
    const m = c.re.exec(before);
    if (m) return { code: resolveCode(c.code, lang), start: start - m[0].length, generic: c.generic };
  }
  const iso = ISO_CODE_BEFORE.exec(before);
  if (iso && isCurrency(iso[1]!)) return { code: iso[1]!, start: start - iso[0].length, generic: false };
  return undefined;
}

/** Scale after the number: a word ("billion", "млрд"), CJK characters ("亿", "百万") or a glued letter ("5m"). */
function scaleAfter(text: string, at: number): { value: number; end: number; glued: boolean } | undefined {
  let cjk = 1;
  let pos = at;
  while (text[pos] === ' ' && CJK_SCALE[text[pos + 1] ?? ''] && /[\p{Script=Hangul}]/u.test(text[pos + 1]!)) pos++;
  while (CJK_SCALE[text[pos] ?? '']) cjk *= CJK_SCALE[text[pos++]!]!;
  if (cjk > 1) return { value: cjk, end: pos, glued: true };
  const glued = /^([a-zA-Z]{1,2})(?![\p{L}])/u.exec(text.slice(at, at + 3));
  if (glued && GLUED_SCALES[glued[1]!.toLowerCase()]) return { value: GLUED_SCALES[glued[1]!.toLowerCase()]!, end: at + glued[1]!.length, glued: true };
  pos = at;
  while (text[pos] === ' ' || text[pos] === '\u00A0') pos++;
  if (pos === at && text[pos] === '-') pos++; // "$3.2-billion"
  for (const s of SCALE_RES) {
    s.re.lastIndex = pos;
    const m = s.re.exec(text);
    if (m) return { value: s.value, end: pos + m[0].length, glued: false };
  }
  return undefined;
}

/** German and French "Billion"/"billion" is 10¹², Spanish "billón" too; English "billion" is 10⁹. */
function longScale(word: string, lang: string): boolean {
  return /^(de|fr|nl|es|it|pt|pl|cs|sv|da|nb|no|fi)$/.test(lang.split('-')[0]!) && /^(billion|billionen|billón|billones|biljoen)/i.test(word);
}

/**
 * Every amount of money in the lines: a number (any digits) with an optional scale and a currency
 * before or after it. A number without a currency is not an amount.
 */
export function findAmounts(lines: readonly SourceLine[], lang: string): AmountMention[] {
  const found: AmountMention[] = [];
  for (const { line, text: original } of lines) {
    const text = asciiDigits(original);
    const inLine: (AmountMention & { start: number; end: number })[] = [];
    let taken = 0;
    for (const m of text.matchAll(NUMBER)) {
      const start = m.index;
      if (start < taken) continue; // part of the amount before ("5000" in 1億5000万)
      let end = start + m[0].length;
      // "G3", "H1 2024": a number glued to a letter is a name unless the letters are a currency ("Rp10").
      if (/[\p{Lu}\p{Ll}]/u.test(text[start - 1] ?? '') && !currencyBefore(text, start, lang)) continue;
      const number = parseNumber(m[0], lang);
      if (number === undefined || number <= 0) continue;
      let value = number;
      const scale = scaleAfter(text, end);
      let scaleEnd = end;
      if (scale) {
        const word = text.slice(end, scale.end).trim();
        value *= longScale(word, lang) ? 1e12 : scale.value;
        scaleEnd = scale.end;
        // CJK numbers continue with smaller units: 1億5000万 = 1.5 × 10⁸, 1조 2000억 = 1.2 × 10¹².
        let unit = scale.value;
        for (;;) {
          const more = CJK_CONTINUATION.exec(text.slice(scaleEnd));
          if (!more) break;
          const part = [...more[2]!].reduce((p, ch) => p * CJK_SCALE[ch]!, 1);
          if (part >= unit) break;
          value += Number(more[1]) * part;
          unit = part;
          scaleEnd += more[0].length;
        }
      }
      const after = currencyAfter(text, scaleEnd, lang);
      const before = currencyBefore(text, start, lang);
      // Glued letters ("5m") are only a scale beside a currency; "$5m" yes, "5m tall" no.
      if (scale?.glued && !/[\p{Script=Han}\p{Script=Hangul}]/u.test(text.slice(end, scale.end)) && !after && !before) continue;
      if (!after && !before) continue;
      let currency: string;
      let note: string | undefined;
      if (after && before && after.code !== before.code) {
        // "HK$ … dollars": the specific form wins over a bare "$" or "dollars".
        currency = before.generic ? after.code : before.code;
        if (!before.generic && !after.generic) note = `the article writes both ${before.code} and ${after.code} for this figure`;
      } else {
        currency = (after ?? before)!.code;
      }
      const generic = (!after || after.generic) && (!before || before.generic);
      if (!isCurrency(currency)) continue;
      const from = before ? before.start : start;
      end = after ? after.end : scaleEnd;
      const hedged = HEDGES.test(text.slice(Math.max(0, from - 20), from)) || /^\s*(?:多|余|餘|以上|여|이상)/u.test(text.slice(end, end + 3));
      const mention: AmountMention & { start: number; end: number } = {
        value: Number(value.toPrecision(12)),
        currency,
        text: original.slice(from, end).trim(),
        line,
        start: from,
        end,
      };
      if (hedged) mention.approximate = true;
      if (!note && generic) note = 'written as "dollars" or "$" without a country: taken as US dollars';
      if (note) mention.note = note;
      inLine.push(mention);
      taken = end;
    }
    // "2.2 billion yuan ($348 million)": the dollar figure in brackets is the article's own conversion.
    for (let i = 0; i < inLine.length; i++) {
      const a = inLine[i]!;
      const next = inLine[i + 1];
      if (next && a.currency !== 'USD' && next.currency === 'USD' && /^\s*[(（]\s*(?:about|около|約|约|প্রায়|sekitar|etwa|environ)?\s*$/iu.test(text.slice(a.end, next.start))) {
        a.usd = next.value;
        inLine.splice(i + 1, 1);
        a.text = original.slice(a.start, Math.min(original.length, next.end + 1)).trim();
      }
    }
    for (const { start: _s, end: _e, ...mention } of inLine) found.push(mention);
  }
  return found;
}

const MONEY_WORD = new RegExp(`^(?:${[...SCALES.map((x) => x.re), ...CURRENCIES.map((c) => c.re)].join('|')})$`, 'iu');

/** A scale or currency word ("Milliarden", "US-Dollar", "euros"): never the name of an entity. */
export function isMoneyWord(word: string): boolean {
  return MONEY_WORD.test(word.replace(/\.$/, ''));
}
