// Money amounts in any language and numeral system, normalised to { value, currency }.
// Hand-written: the npm money parsers read one locale's formatting, not scale words such as
// "miliar", "млрд", "亿" or "কোটি" next to currency words in another script.
import { currencyCode } from '../schemas/currency.ts';
import { calendarWords } from './dateline.ts';
import { asciiDigits, NUMBER_SOURCE, parseNumber } from './numerals.ts';
import { languageData, languageKey, LANGUAGES, languagesFirst } from './languages.ts';
import { localCurrency, type PageCountry } from './page-country.ts';
import { PERCENT_WORDS_ONLY } from './percentages.ts';
import { escapeRegExp, execAll, GLUES_ON, UNSPACED } from './text-features.ts';
import type { SourceLine } from './types.ts';

/**
 * Greek accents move with the case ("δολάρια", "δολαρίων"; "εκατομμύρια", "εκατομμυρίων"), and
 * writers drop Latin accents ("dolares" for "dólares"): a word pattern's Greek vowels match with or
 * without tonos and dialytika, and its accented Latin letters also match their bare letter. (Latin
 * letters without an accent stay exact: Vietnamese tones tell words apart, "đồng" is not "đóng".)
 */
const GREEK_VOWELS: Record<string, string> = {
  α: 'αά',
  ά: 'αά',
  ε: 'εέ',
  έ: 'εέ',
  η: 'ηή',
  ή: 'ηή',
  ι: 'ιίϊΐ',
  ί: 'ιίϊΐ',
  ϊ: 'ιίϊΐ',
  ΐ: 'ιίϊΐ',
  ο: 'οό',
  ό: 'οό',
  υ: 'υύϋΰ',
  ύ: 'υύϋΰ',
  ϋ: 'υύϋΰ',
  ΰ: 'υύϋΰ',
  ω: 'ωώ',
  ώ: 'ωώ',
};

export function accentLoose(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      // An escape: "\\p{L}", "\\.", "\\s" stay as written.
      const brace = source[i + 1] === 'p' || source[i + 1] === 'P' ? source.indexOf('}', i) : -1;
      const stop = brace > 0 ? brace + 1 : i + 2;
      out += source.slice(i, stop);
      i = stop - 1;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const greek = GREEK_VOWELS[ch];
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (inClass) out += greek && greek !== ch ? greek : ch;
    else if (greek) out += `[${greek}]`;
    else if (/\p{Script=Latin}/u.test(ch) && bare.length === 1 && bare !== ch) out += `[${ch}${bare}]`;
    else out += ch;
  }
  return out;
}

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

/** A scale word after a number. `re` is a regex source matched right after the number and a space. */
interface Scale {
  re: string;
  value: number;
  /** Written in a script without spaces: no word end is needed after it ("ล้านบาท"). */
  unspaced: boolean;
}

// Scale words of every language (languages.ts), longest first so that "tỷ" is not read inside a longer word.
// Short forms ("m", "bn", "k") count only when glued to the number or followed by a currency.
const SCALES: Scale[] = Object.values(LANGUAGES)
  .flatMap((d) =>
    Object.entries(d.scales ?? {}).flatMap(([value, words]) =>
      words.map((re) => ({ re: accentLoose(re), value: Number(value), unspaced: UNSPACED.test(re) })),
    ),
  )
  .sort((x, y) => y.re.length - x.re.length);

/** Scale words of the languages that also write them before the number, after the currency (Swahili "dola milioni 40"). */
const SCALES_BEFORE: Scale[] = Object.values(LANGUAGES)
  .filter((d) => d.scalesBeforeNumber)
  .flatMap((d) =>
    Object.entries(d.scales ?? {}).flatMap(([value, words]) =>
      words.map((re) => ({ re, value: Number(value), unspaced: UNSPACED.test(re) })),
    ),
  )
  .sort((x, y) => y.re.length - x.re.length);

/** CJK scale characters multiply in sequence: 百万 = 100 × 10⁴, 十亿 = 10 × 10⁸. */
const CJK_SCALE: Record<string, number> = {
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  兆: 1e12,
  천: 1e3,
  만: 1e4,
  억: 1e8,
  조: 1e12,
};

const CJK_CONTINUATION = /\s?(\d+(?:\.\d+)?)([十百千万萬亿億兆천만억조]+)/uy;

/** Short scale letters glued to the number: "$5m", "€2bn", "10k". */
const GLUED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

interface CurrencyWord {
  re: string;
  code: string | ((lang: string) => string);
  /** "dollars" or "$" with no country: the code is a guess the draft must flag. */
  generic?: boolean;
  /** Language tags in which the code is a guess the draft flags ("元" in zh-Hant). */
  guessIn?: string[];
  /** A bare unit that takes the currency named before the number ("新台幣150億元"). */
  unit?: boolean;
  /** Written before the number ("$5", "Rp10", "人民币100亿元"); words such as "won" or "dollars" come after it. */
  before?: boolean;
  /** The word's unit in the code's units (toman: 10 rials). */
  factor?: number;
}

const AGGLUTINATIVE = new Set(['tr', 'az', 'uz', 'kk', 'ky', 'tk', 'fi', 'et', 'hu', 'ko', 'ja', 'mn', 'ta', 'te', 'kn', 'ml', 'gu', 'eu']);

const YEN_OR_YUAN = (lang: string) => (lang.startsWith('zh') ? 'CNY' : 'JPY');
/** "Rs" is the rupee of the country whose language the article is in: Pakistan's in Urdu, Nepal's in Nepali. */
const RUPEE_OF: Record<string, string> = { ur: 'PKR', ne: 'NPR', si: 'LKR', dv: 'MVR' };
const RUPEE = (lang: string) => RUPEE_OF[lang.split('-')[0]!.toLowerCase()] ?? 'INR';

// Symbols, the same in every language. Longer, more specific forms come first ("HK$" before "$").
// Currency names of running text are per language, in languages.ts.
const SYMBOLS: CurrencyWord[] = [
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
  { re: '₹', code: 'INR', before: true },
  { re: 'Rs\\.?', code: RUPEE, before: true },
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
  { re: '₾', code: 'GEL', before: true },
  { re: '֏', code: 'AMD', before: true },
  { re: '₸', code: 'KZT', before: true },
  { re: '₮', code: 'MNT', before: true },
  { re: '៛', code: 'KHR', before: true },
  { re: '₼', code: 'AZN', before: true },
  { re: '₭', code: 'LAK', before: true },
  { re: 'Rp\\.?', code: 'IDR', before: true },
  { re: 'RM', code: 'MYR', before: true },
  { re: 'zł', code: 'PLN', before: true },
  { re: 'RMB|CN¥', code: 'CNY', before: true },
];

/** Currency words of every language, the article's language first, named forms before bare "dollars". */
function currencyWords(lang: string): CurrencyWord[] {
  // The first entry is the article's own language; words marked ownOnly are read only there.
  const all = languagesFirst(lang).flatMap((d, i) =>
    (d.currencies ?? [])
      .filter((c) => i === 0 || !c.ownOnly)
      .map((c) => ({
        re: c.words.map(accentLoose).join('|'),
        factor: c.factor,
        code: c.code,
        generic: Boolean(c.generic),
        before: Boolean(c.before),
        unit: Boolean(c.unit),
        guessIn: c.guessIn,
      })),
  );
  return [...SYMBOLS, ...all.filter((c) => !c.generic), ...all.filter((c) => c.generic)];
}

/** Hedges before a figure ("about", "около", "约", "প্রায়", "כ-") make it approximate. */
// A lookbehind tried at the figure's start, so the words are matched once, backwards, not from every
// position of the text before the figure.
const HEDGES = new RegExp(
  `(?<=(?:${[...new Set(Object.values(LANGUAGES).flatMap((d) => d.hedges ?? []))]
    .sort((x, y) => y.length - x.length)
    .map(escapeRegExp)
    .join('|')})\\s*)`,
  'iuy',
);

/** Phrases that end in a hedge but are none (Urdu "کے قریب", "near"): languages.ts hedgeExceptions. */
const EXCEPTIONS = [...new Set(Object.values(LANGUAGES).flatMap((d) => d.hedgeExceptions ?? []))];
const NOT_HEDGES = EXCEPTIONS.length
  ? new RegExp(`(?<=(?:${EXCEPTIONS.map((e) => escapeRegExp(e).replace(/ /g, '\\s+')).join('|')})\\s*)`, 'iuy')
  : undefined;

const ownHedgeCache = new Map<string, RegExp | undefined>();
/** The article's own language's ownHedges (languages.ts) as a lookbehind like HEDGES. */
function ownHedges(lang: string): RegExp | undefined {
  const key = languageKey(lang);
  if (!ownHedgeCache.has(key)) {
    const words = languageData(key).ownHedges ?? [];
    ownHedgeCache.set(
      key,
      words.length ? new RegExp(`(?<=(?<![\\p{L}\\p{M}])(?:${words.map(escapeRegExp).join('|')})\\s*)`, 'iuy') : undefined,
    );
  }
  return ownHedgeCache.get(key);
}

function hedgedBefore(text: string, at: number, lang: string): boolean {
  HEDGES.lastIndex = at;
  if (!HEDGES.test(text)) {
    const own = ownHedges(lang);
    if (!own) return false;
    own.lastIndex = at;
    return own.test(text);
  }
  if (!NOT_HEDGES) return true;
  NOT_HEDGES.lastIndex = at;
  return !NOT_HEDGES.test(text);
}

const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{M}])`;

/**
 * Hedges after an amount (languages.ts hedgesAfter): letters glued to the amount's last word in a
 * script with spaces (a case ending of up to twelve letters, "dolar|dan fazla"), up to three
 * spaces, the hedge: bounded, so that a long run of letters or spaces is not searched from every
 * amount. Letters of a script
 * without spaces are never skipped, so "100亿元的多个" is no hedge; a Korean hedge ends at a word's
 * end or a particle ("100억 원 이상의"), so "이상하다" is none.
 */
const HEDGES_AFTER = new RegExp(
  `(?:(?![${GLUES_ON}])[\\p{L}\\p{M}]){0,12}?[\\s\\u00A0]{0,3}(?:${[
    ...new Set(Object.values(LANGUAGES).flatMap((d) => d.hedgesAfter ?? [])),
  ]
    .map((h) => {
      const source = h.replace(/ /g, '[\\s\\u00A0]+');
      if (/\p{Script=Hangul}$/u.test(h)) return String.raw`${source}[은는이가을를의에도로]?(?![\p{Script=Hangul}])`;
      return new RegExp(`[${GLUES_ON}]$`, 'u').test(h) ? source : `${source}${NOT_WORD_AFTER}`;
    })
    .join('|')})`,
  'iuy',
);

/**
 * A "more than" after an amount in a verb-final language, at the end of its clause: before a copula
 * or the sentence's end ("… के 500 करोड़ रुपये से ज्यादा है।", "… liradan fazla."). The amount is then
 * what another figure is compared with, not a hedged figure; before a noun or a verb ("dolardan fazla
 * harcanacak") it still is one. "About" words ("civarında.") hedge at a sentence's end too.
 */
const MORE_THAN = new RegExp(
  String.raw`(?:^|\s)(?:fazla|çok|çox|artıq|aşkın|астам|ашык|илүү|их|ko[ʻ'‘’]proq|ortiq|ziyod|अधिक|ज़्यादा|ज्यादा|ऊपर|बढी|धेरै|जास्त|ਵੱਧ|ਜ਼ਿਆਦਾ|ਜਿਆਦਾ|زیادہ|زائد|ډېر|زیات|বেশি|მეტი|በላይ)$`,
  'iu',
);
const CLAUSE_END = new RegExp(
  String.raw`[\s\u00A0]*(?:(?:है|हैं|था|थी|थे|थीं|हो|छ|छन्|थियो|आहे|होते|होता|ਹੈ|ਸੀ|ہے|ہیں|تھا|تھی|تھے|دی|ছিল|ነው|ናቸው|ነበር|байна|байв|байсан|байлаа|еді|болды|edi|idi|oldu|bo[ʻ'‘’]ldi)${NOT_WORD_AFTER}|[.!?।॥۔።…]|$)`,
  'iuy',
);
/**
 * Chinese 多 and 余 after an amount hedge it only at a clause's end, before 的 or Japanese 余り's り:
 * before another character they open a word ("10亿元多轮融资", "2000万元余下部分", "50億円多い"); 以上
 * before 述, 海 or 市 is 以 and a word ("以上海为中心", "以上述价格").
 */
const CJK_OPENS_WORD = /[多余餘](?![\p{P}\s的り]|$)|以上(?=[述海市])/uy;
/** A figure right after the hedge is the one it hedges: "… रुपये के करीब 200 …", of which about 200. */
const FIGURE_NEXT = /[\s\u00A0]*\p{Nd}/uy;

function hedgedAfter(text: string, end: number): boolean {
  HEDGES_AFTER.lastIndex = end;
  const hedge = HEDGES_AFTER.exec(text);
  if (!hedge) return false;
  const after = HEDGES_AFTER.lastIndex;
  const cjk = /(?:[多余餘]|以上)$/u.exec(hedge[0]);
  if (cjk) {
    CJK_OPENS_WORD.lastIndex = after - cjk[0].length;
    if (CJK_OPENS_WORD.test(text)) return false;
  }
  FIGURE_NEXT.lastIndex = after;
  if (FIGURE_NEXT.test(text)) return false;
  if (!MORE_THAN.test(hedge[0])) return true;
  CLAUSE_END.lastIndex = after;
  return !CLAUSE_END.test(text);
}

/**
 * All alternatives in one sticky regex, each in a named group (g0, g1, …), tried in order: one match
 * attempt per number instead of one per word, so that a page full of numbers stays fast.
 */
function oneOf(sources: readonly string[]): RegExp {
  return new RegExp(groups(sources), 'iuy');
}

/** The alternatives, each in a capturing group; the sources themselves must capture nothing. */
function groups(sources: readonly string[]): string {
  for (const src of sources)
    if (/(?<!\\)\((?!\?)/.test(src)) throw new Error(`amounts: the word pattern "${src}" has a capturing group; write (?:…)`);
  return sources.map((src) => `(${src})`).join('|');
}

/** The index of the alternative that matched, its group numbered from `first`. */
function whichGroup(m: RegExpExecArray, first = 1): number {
  for (let i = first; i < m.length; i++) if (m[i] !== undefined) return i - first;
  return -1;
}

const SCALE_BEFORE = SCALES_BEFORE.length
  ? new RegExp(
      // A word of a spaced script starts at a word start; one of a script without spaces may follow the currency ("ကျပ်သိန်း").
      `(?<=((?:${groups(SCALES_BEFORE.map((x) => (x.unspaced ? x.re : `(?<![\\p{L}\\p{M}])(?:${x.re})`)))})[\\s\\u00A0]+))`,
      'iuy',
    )
  : undefined;

/** A scale word written right before the number ("milioni 40"), with where it starts. */
function scaleBefore(text: string, start: number): { value: number; start: number } | undefined {
  if (!SCALE_BEFORE) return undefined;
  SCALE_BEFORE.lastIndex = start;
  const m = SCALE_BEFORE.exec(text);
  return m ? { value: SCALES_BEFORE[whichGroup(m, 2)]!.value, start: start - m[1]!.length } : undefined;
}

const SCALE_ANY = oneOf(SCALES.map((x) => (x.unspaced ? `(?:${x.re})` : `(?:${x.re})${NOT_WORD_AFTER}`)));

/** The scale word at `pos`, if any. */
function scaleAt(text: string, pos: number): { value: number; end: number } | undefined {
  SCALE_ANY.lastIndex = pos;
  const m = SCALE_ANY.exec(text);
  return m ? { value: SCALES[whichGroup(m)]!.value, end: pos + m[0].length } : undefined;
}

interface CompiledCurrencies {
  list: CurrencyWord[];
  /** Right after the number (and a space): each word ends at a word end unless its script glues. */
  after: RegExp;
  /** Written before the number: a lookbehind, so the text before is not copied. */
  beforeList: CurrencyWord[];
  before: RegExp;
}
const compiledCache = new Map<string, CompiledCurrencies>();

function compiledCurrencies(lang: string): CompiledCurrencies {
  const key = lang.split('-')[0]!.toLowerCase();
  const cached = compiledCache.get(key);
  if (cached) return cached;
  const list = currencyWords(key);
  // A currency word must end at a word end: "won" is not the start of "wonder". Languages that glue
  // endings to words are the exception (Turkish "dolarlık", Finnish "euroa"), and so are scripts without spaces.
  const glues = AGGLUTINATIVE.has(key);
  const after = list.map((c) => {
    const word = /\p{L}/u.test(c.re.replace(/\\p\{[LM]\}/g, ''));
    return word && !glues ? `(?:${c.re})(?:(?![\\p{L}])|(?<=[${GLUES_ON}]))` : `(?:${c.re})`;
  });
  const beforeList = list.filter((c) => c.before);
  const compiled: CompiledCurrencies = {
    list,
    after: oneOf(after),
    beforeList,
    // A word starts after a non-letter, except in scripts without spaces ("投資新台幣150億元").
    before: new RegExp(
      `(?<=((?:${groups(beforeList.map((c) => (UNSPACED.test(c.re) ? c.re : `(?<![\\p{L}])(?:${c.re})`)))})[\\s\\u00A0]?))`,
      'iuy',
    ),
  };
  compiledCache.set(key, compiled);
  return compiled;
}
const ISO_CODE = /(?<![\p{L}])([A-Z]{3})(?![\p{L}])/uy;
const ISO_CODE_BEFORE = /(?<=(?<![\p{L}])(([A-Z]{3})[\s\u00A0]?))/uy;
// Not inside a number ("1.234"), but after a currency's abbreviation point ("Rs.500", "ரூ.1,200").
const NUMBER = new RegExp(`(?<!\\d[.,]?)${NUMBER_SOURCE}`, 'gu');

/** Whether the word leaves the country open in the article's language ("dollars"; "元" in Traditional Chinese). */
function guessed(c: CurrencyWord, lang: string): boolean {
  return Boolean(c.generic) || Boolean(c.guessIn?.some((tag) => lang.toLowerCase().startsWith(tag.toLowerCase())));
}

function resolveCode(code: string | ((lang: string) => string), lang: string): string {
  return typeof code === 'function' ? code(lang) : code;
}

function isCurrency(code: string): boolean {
  return currencyCode.safeParse(code).success;
}

/** "millones de dólares", "millions d'euros", "milioni di euro": a connector may stand before the currency. */
const CONNECTOR = /(?:de|d'|d’|di|des)\s*/iuy;

/** Currency written right after position `at` (after optional space), with how far it reaches. */
function currencyAfter(
  text: string,
  at: number,
  lang: string,
): { code: string; end: number; generic: boolean; unit: boolean; word: string; factor?: number } | undefined {
  let pos = at;
  while (text[pos] === ' ' || text[pos] === '\u00A0') pos++;
  CONNECTOR.lastIndex = pos;
  const connector = pos > at ? CONNECTOR.exec(text) : null;
  if (connector) pos += connector[0].length;
  const { list, after } = compiledCurrencies(lang);
  after.lastIndex = pos;
  const m = after.exec(text);
  if (m) {
    const c = list[whichGroup(m)]!;
    const found = { code: resolveCode(c.code, lang), end: pos + m[0].length, generic: guessed(c, lang), unit: Boolean(c.unit), word: m[0] };
    return c.factor ? { ...found, factor: c.factor } : found;
  }
  ISO_CODE.lastIndex = pos;
  const iso = ISO_CODE.exec(text);
  if (iso && isCurrency(iso[1]!)) return { code: iso[1]!, end: pos + 3, generic: false, unit: false, word: iso[1]! };
  return undefined;
}

function currencyBefore(
  text: string,
  start: number,
  lang: string,
): { code: string; start: number; generic: boolean; word: string } | undefined {
  const { beforeList, before } = compiledCurrencies(lang);
  before.lastIndex = start;
  const m = before.exec(text);
  if (m) {
    const c = beforeList[whichGroup(m, 2)]!;
    return { code: resolveCode(c.code, lang), start: start - m[1]!.length, generic: guessed(c, lang), word: m[1]!.trim() };
  }
  ISO_CODE_BEFORE.lastIndex = start;
  const iso = ISO_CODE_BEFORE.exec(text);
  if (iso && isCurrency(iso[2]!)) return { code: iso[2]!, start: start - iso[1]!.length, generic: false, word: iso[2]! };
  return undefined;
}

const connectorCache = new Map<string, RegExp | undefined>();

/** The words the language writes between a number and its scale word (languages.ts), as a sticky regex. */
function scaleConnector(lang: string): RegExp | undefined {
  const key = lang.split('-')[0]!.toLowerCase();
  if (!connectorCache.has(key)) {
    const words = languageData(key).scaleConnectors;
    connectorCache.set(key, words?.length ? new RegExp(`(?:${words.join('|')})[\\s\\u00A0]+`, 'iuy') : undefined);
  }
  return connectorCache.get(key);
}

/** Scale after the number: a word ("billion", "млрд"), CJK characters ("亿", "百万") or a glued letter ("5m"). */
function scaleAfter(text: string, at: number, lang: string): { value: number; end: number; glued: boolean } | undefined {
  let cjk = 1;
  let pos = at;
  while (text[pos] === ' ' && CJK_SCALE[text[pos + 1] ?? ''] && /[\p{Script=Hangul}]/u.test(text[pos + 1]!)) pos++;
  while (CJK_SCALE[text[pos] ?? '']) cjk *= CJK_SCALE[text[pos++]!]!;
  if (cjk > 1) return { value: cjk, end: pos, glued: true };
  const glued = /^([a-zA-Z]{1,2})(?![\p{L}])/u.exec(text.slice(at, at + 3));
  if (glued && GLUED_SCALES[glued[1]!.toLowerCase()])
    return { value: GLUED_SCALES[glued[1]!.toLowerCase()]!, end: at + glued[1]!.length, glued: true };
  pos = at;
  while (text[pos] === ' ' || text[pos] === '\u00A0') pos++;
  if (pos === at && text[pos] === '-') pos++; // "$3.2-billion"
  // Romanian "20 de milioane": a word of the article's language may stand between number and scale.
  const connector = scaleConnector(lang);
  if (connector && pos > at) {
    connector.lastIndex = pos;
    const c = connector.exec(text);
    if (c && scaleAt(text, pos + c[0].length)) pos += c[0].length;
  }
  // Scale words in a row multiply, each at least as large as the one before: Thai "หมื่นล้าน" =
  // 10⁴ × 10⁶, Vietnamese "nghìn tỷ" = 10³ × 10⁹, Spanish "mil millones" = 10³ × 10⁶.
  let value = 1;
  let last = 0;
  let end = at;
  for (;;) {
    const s = scaleAt(text, pos);
    if (!s || s.value < last) break;
    value *= s.value;
    last = s.value;
    end = s.end;
    pos = end;
    if (text[pos] === ' ' && scaleAt(text, pos + 1)) pos++;
  }
  return end > at ? { value, end, glued: false } : undefined;
}

/** German and French "Billion"/"billion" is 10¹², Spanish "billón" too; English "billion" is 10⁹. */
function longScale(word: string, lang: string): boolean {
  return (
    /^(de|fr|nl|es|it|pt|pl|cs|sv|da|nb|no|fi)$/.test(lang.split('-')[0]!) && /^(billion|billionen|billón|billones|biljoen)/i.test(word)
  );
}

/** An amount while its line is read: where it stands, and whether it is already an end of a range. */
type Found = AmountMention & { start: number; end: number; inRange?: boolean };

/**
 * The amount a figure makes with the currency written after (`after`) or before it (`before`):
 * which currency wins, the note, the hedge; undefined without a currency.
 */
function withCurrency(
  at: { text: string; original: string; line: number; lang: string; country?: PageCountry | undefined },
  figure: number,
  start: number,
  scaleEnd: number,
  after: ReturnType<typeof currencyAfter>,
  before: ReturnType<typeof currencyBefore>,
): Found | undefined {
  const { text, original, line } = at;
  let value = figure;
  if (!after && !before) return undefined;
  let currency: string;
  let note: string | undefined;
  // A bare unit after the number takes the currency named before it: "新台幣150億元" is NT$.
  const unitOnly = Boolean(after?.unit && before);
  if (after && before && after.code !== before.code && !unitOnly) {
    // "HK$ … dollars": the specific form wins over a bare "$" or "dollars".
    currency = before.generic ? after.code : before.code;
    if (!before.generic && !after.generic) note = `the article writes both ${before.code} and ${after.code} for this figure`;
  } else {
    currency = unitOnly ? before!.code : (after ?? before)!.code;
  }
  const generic = unitOnly ? before!.generic : (!after || after.generic) && (!before || before.generic);
  // A word of no country on a page whose domain names a country with money of that name: that money.
  const local = generic ? localCurrency(currency, at.country) : undefined;
  if (local) currency = local.code;
  if (!isCurrency(currency)) return undefined;
  const from = before ? before.start : start;
  const end = after ? after.end : scaleEnd;
  if (after?.factor) {
    value *= after.factor;
    note ??= `written in "${after.word.trim()}", a unit of ${after.factor} ${currency}: recorded in ${currency}`;
  }
  const hedged = hedgedBefore(text, from, at.lang) || hedgedAfter(text, end);
  const mention: Found = {
    value: Number(value.toPrecision(12)),
    currency,
    text: original.slice(from, end).trim(),
    line,
    start: from,
    end,
  };
  if (hedged) mention.approximate = true;
  const word = (before?.generic ? before.word : after?.word) ?? '';
  if (!note && generic)
    note = local
      ? `written as "${word}", which does not say which country's; ${local.why}: taken as ${currency}`
      : currency === 'USD'
        ? 'written as "dollars" or "$" without a country: taken as US dollars'
        : `written as "${word}", which does not say which country's: taken as ${currency}`;
  if (note) mention.note = note;
  return mention;
}

/** A figure written without a scale word: perhaps the lower end of a range whose upper end carries the scale. */
interface Low {
  start: number;
  end: number;
  figure: number;
  /** The amount it makes alone, when a currency stands beside it ("$2" in "$2–3 billion"). */
  mention?: Found;
}
/** A figure with a scale word, and the amount it makes when a currency stands beside it. */
interface High {
  figure: number;
  factor: number;
  end: number;
  mention?: Found;
}

/** What stands between the two ends of a range: a dash or tilde, or a word ("to", "bis", "до"). */
const RANGE_BETWEEN =
  /(?:[\s\u00A0]*[-–—~〜～][\s\u00A0]*|[\s\u00A0]+(?:to|bis|à|a|al|até|tot|till|do|až|до|έως|ως|hingga|sampai|hanggang|đến|ila|zuwa|hadi|hasta|fino a|iki|እስከ|ទៅ|မှ)[\s\u00A0]+)/iuy;
// Romance languages may write an article before each end: "tra i 250 e i 300 milioni", "entre los 250 y los 300".
const END_ARTICLE = String.raw`(?:(?:i|gli|le|los|las|os|as|les)[\s\u00A0]+)?`;
/** "and" between the two ends, which makes a range only after a "between" ("between $2 and $3 billion"). */
const RANGE_AND = new RegExp(String.raw`[\s\u00A0]+(?:and|und|et|e|y|i|a|en|och|og|dan|и|і)[\s\u00A0]+${END_ARTICLE}`, 'iuy');
const BETWEEN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:between|zwischen|entre|tra|fra|między|mezi|medzi|između|izmedju|tussen|mellan|mellem|mellom|antara|между|між)[\s\u00A0]+${END_ARTICLE}$`,
  'iu',
);

/**
 * Ranges whose lower end leaves the scale (and currency) to the upper end: "2 bis 3 Mrd. Euro" is 2 to
 * 3 billion euros, "$2–3 billion" 2 to 3 billion dollars, "2〜3億円" 200 to 300 million yen. The lower end
 * becomes an amount of the upper end's scale and currency (with a note), and an upper end without a
 * currency takes the lower end's ("$2–3 billion"). Only an ascending pair is a range.
 */
function readRanges(
  text: string,
  original: string,
  line: number,
  lang: string,
  lows: readonly Low[],
  highs: ReadonlyMap<number, High>,
): Found[] {
  const added: Found[] = [];
  for (const low of lows) {
    RANGE_BETWEEN.lastIndex = low.end;
    RANGE_AND.lastIndex = low.end;
    const lowStart = low.mention?.start ?? low.start;
    const between =
      RANGE_BETWEEN.exec(text) ?? (BETWEEN_BEFORE.test(text.slice(Math.max(0, lowStart - 16), lowStart)) ? RANGE_AND.exec(text) : null);
    if (!between) continue;
    const highAt = low.end + between[0].length;
    const high = highs.get(highAt);
    if (!high || low.figure >= high.figure) continue;
    const currency = high.mention?.currency ?? low.mention?.currency;
    if (!currency || (high.mention && low.mention && high.mention.currency !== low.mention.currency)) continue;
    // A word between the ends that is also a hedge (Greek "έως", up to) hedges neither: the range's
    // hedge stands before its lower end ("about 2 to 3 billion").
    if (high.mention?.approximate && hedgedBefore(text, highAt, lang) && !hedgedBefore(text, lowStart, lang))
      delete high.mention.approximate;
    const note = `the lower end of a range ("${original.slice(lowStart, high.mention?.end ?? high.end).trim()}"): read with the scale of its upper end`;
    const value = Number((low.figure * high.factor).toPrecision(12));
    if (high.mention) high.mention.inRange = true;
    if (low.mention) {
      // "$2" of "$2–3 billion": the figure was read alone; it is 2 billion.
      low.mention.value = value;
      low.mention.note = note;
      low.mention.inRange = true;
    } else {
      const mention: Found = {
        value,
        currency,
        text: original.slice(low.start, low.end).trim(),
        line,
        start: low.start,
        end: low.end,
        note,
      };
      if (high.mention?.approximate || hedgedBefore(text, low.start, lang)) mention.approximate = true;
      added.push({ ...mention, inRange: true });
    }
    if (!high.mention && low.mention) {
      const upper: Found = {
        value: Number((high.figure * high.factor).toPrecision(12)),
        currency,
        text: original.slice(low.end + between[0].length, high.end).trim(),
        line,
        start: low.end + between[0].length,
        end: high.end,
        note: `the upper end of a range: in the currency of its lower end ("${low.mention.text}")`,
      };
      if (low.mention.approximate) upper.approximate = true;
      added.push({ ...upper, inRange: true });
    }
  }
  return added;
}

/**
 * Ranges whose upper end leaves the scale and currency to the lower end, in languages that write
 * them before the figure: Swahili "dola milioni 40 hadi 50", Burmese "ဒေါ်လာ သန်း ၄၀ မှ ၅၀".
 */
function readUpperEnds(
  text: string,
  original: string,
  line: number,
  lang: string,
  scaledBefore: readonly High[],
  lows: readonly Low[],
): Found[] {
  const added: Found[] = [];
  if (!scaledBefore.length) return added;
  const bare = new Map(lows.filter((l) => !l.mention).map((l) => [l.start, l]));
  for (const low of scaledBefore) {
    RANGE_BETWEEN.lastIndex = low.end;
    const between = RANGE_BETWEEN.exec(text);
    if (!between || !low.mention) continue;
    const high = bare.get(low.end + between[0].length);
    // "… hadi 2024", "… hadi 30 Juni", "… hadi 50%" are "until 2024", "until 30 June", "up to 50%":
    // an upper end is of the lower end's order, and no year, day or percentage.
    if (!high || high.figure <= low.figure || high.figure > 10 * low.figure || /^(?:19|20)\d\d$/.test(text.slice(high.start, high.end)))
      continue;
    if (dateOrPercentAfter(text, high.end, lang)) continue;
    const range = original.slice(low.mention.start, high.end).trim();
    addNote(low.mention, `the lower end of a range ("${range}")`);
    low.mention.inRange = true;
    added.push({
      inRange: true,
      value: Number((high.figure * low.factor).toPrecision(12)),
      currency: low.mention.currency,
      text: original.slice(high.start, high.end).trim(),
      line,
      start: high.start,
      end: high.end,
      note: `the upper end of a range ("${range}"): read with the scale and currency of its lower end`,
      ...(low.mention.approximate ? { approximate: true } : {}),
    });
  }
  return added;
}

const PERCENT_AFTER = new RegExp(`^[\\s\\u00A0]*(?:[%٪％]|(?:${PERCENT_WORDS_ONLY.join('|')}))`, 'iu');
const WORDS_AFTER = /^[\s\u00A0]*([\p{L}\p{M}]+)(?:[\s\u00A0]+([\p{L}\p{M}]+))?/u;

const fieldCache = new Map<string, string[]>();
/** The language's words for day, week, month, year, hour and minute (Intl: Swahili "mwezi", Burmese "ရက်"). */
function timeFieldWords(lang: string): string[] {
  const cached = fieldCache.get(lang);
  if (cached) return cached;
  let words: string[] = [];
  try {
    const names = new Intl.DisplayNames([lang], { type: 'dateTimeField' });
    words = (['day', 'weekOfYear', 'month', 'year', 'hour', 'minute'] as const)
      .map((f) => names.of(f)?.toLocaleLowerCase('und'))
      .filter((w): w is string => Boolean(w) && /^[\p{L}\p{M}]+$/u.test(w!));
  } catch {
    words = [];
  }
  fieldCache.set(lang, words);
  return words;
}

/**
 * A percent sign or word, a month or weekday name in the next two words (Hausa "25 ga Maris"), or
 * the word for a day, month or hour right after `at` ("hadi 15 mwezi huu", "မှ ၃၀ ရက်အတွင်း"): in a
 * script without spaces the word may open a longer one.
 */
function dateOrPercentAfter(text: string, at: number, lang: string): boolean {
  const next = text.slice(at, at + 40);
  if (PERCENT_AFTER.test(next)) return true;
  const words = WORDS_AFTER.exec(next);
  const calendar = calendarWords(lang);
  if ([words?.[1], words?.[2]].some((w) => w !== undefined && calendar.has(w.toLocaleLowerCase('und')))) return true;
  const first = words?.[1]?.toLocaleLowerCase('und');
  if (!first) return false;
  return timeFieldWords(lang).some((f) => first === f || (UNSPACED.test(f) && [...f].length >= 2 && first.startsWith(f)));
}

/** A note added to a mention's own ("written as dollars…"), not in its place. */
function addNote(mention: Found, note: string): void {
  mention.note = mention.note ? `${note}; ${mention.note}` : note;
}

/** A dash or tilde between two figures: a range, whatever the language. */
const RANGE_DASH = /[\s\u00A0]*[-–—~〜～][\s\u00A0]*/y;
/**
 * A comparative after the upper end: "raised $2 million — $5 million less than it had sought" is an
 * amount and a difference, not a range. ("over", "under", "plus" are left out: "over three years",
 * "plus VAT" follow ranges.)
 */
const COMPARED_AFTER =
  /[\s\u00A0]*(?:less|more|fewer|short|shy|below|above|than|lower|higher|weniger|mehr|moins|menos|más|mais|meno|più|minder|meer|mindre|mer|меньше|больше|ниже|выше)(?![\p{L}\p{M}])/iuy;

/**
 * Two whole amounts of one currency joined as a range: by a dash ("$1 billion – $1.5 billion"), or by
 * a range word after "between" ("antara RM1 bilion hingga RM1.5 bilion"). Each is noted as an end,
 * and a hedge before the range hedges both. A word between them that is also a hedge (Malay
 * "hingga", up to) hedges neither, with or without "between"; "from $1 billion to $2 billion" is
 * a change as often as a range, and is left as two amounts.
 */
function joinWholeRanges(text: string, original: string, lang: string, mentions: readonly Found[]): void {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    const [low, high] = [ordered[i - 1]!, ordered[i]!];
    if (low.currency !== high.currency || low.value >= high.value || low.inRange || high.inRange) continue;
    const joins = (re: RegExp) => {
      re.lastIndex = low.end;
      const m = re.exec(text);
      return m !== null && low.end + m[0].length === high.start;
    };
    const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, low.start - 16), low.start));
    COMPARED_AFTER.lastIndex = high.end;
    const range = !COMPARED_AFTER.test(text) && (joins(RANGE_DASH) || (between && (joins(RANGE_BETWEEN) || joins(RANGE_AND))));
    if (!range && !joins(RANGE_BETWEEN)) continue;
    if (high.approximate && hedgedBefore(text, high.start, lang) && !hedgedBefore(text, low.start, lang) && !hedgedAfter(text, high.end))
      delete high.approximate;
    if (!range) continue;
    const span = original.slice(low.start, high.end).trim();
    addNote(low, `the lower end of a range ("${span}")`);
    addNote(high, `the upper end of a range ("${span}")`);
    if (hedgedBefore(text, low.start, lang)) high.approximate = true;
  }
}

interface WordNumbers {
  re: RegExp;
  entries: { value: number; counted: boolean }[];
}
const wordNumberCache = new Map<string, WordNumbers | undefined>();

/**
 * Figures written as words: the article's own language's small cardinals ("zwei", "три"), which
 * count only before a scale word, and every language's scale words that carry their count (the
 * Arabic dual "ملياري"), as one global regex, one group per word, longest first.
 */
function wordNumbers(lang: string): WordNumbers | undefined {
  const key = lang.split('-')[0]!.toLowerCase();
  if (wordNumberCache.has(key)) return wordNumberCache.get(key);
  const own = Object.entries(languageData(key).numberWords ?? {}).flatMap(([value, words]) =>
    words.map((word) => ({ word, value: Number(value), counted: false })),
  );
  const counted = Object.values(LANGUAGES).flatMap((d) =>
    Object.entries(d.countedScales ?? {}).flatMap(([value, words]) => words.map((word) => ({ word, value: Number(value), counted: true }))),
  );
  const all = [...own, ...counted].sort((x, y) => y.word.length - x.word.length);
  const built = all.length
    ? {
        re: new RegExp(`(?<![\\p{L}\\p{M}])(?:${groups(all.map((e) => accentLoose(e.word)))})(?![\\p{L}\\p{M}])`, 'giu'),
        entries: all.map(({ value, counted }) => ({ value, counted })),
      }
    : undefined;
  wordNumberCache.set(key, built);
  return built;
}

/** Scripts of words written after figures, other than Latin and the CJK scripts (whose scale characters are read apart). */
const AFTER_SCRIPTS = [
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Armenian',
  'Ethiopic',
  'Khmer',
  'Mongolian',
  'Thaana',
].map((name) => new RegExp(`^\\p{Script=${name}}`, 'u'));
/** The scripts in which no language lists a scale word: a word in one of them after a figure may be an unknown scale word. */
const UNREAD_SCRIPTS = AFTER_SCRIPTS.filter((re) => !SCALES.some((x) => new RegExp(re.source.slice(1), 'u').test(x.re)));
/** A word right after a figure ("₹3,200 ಕೋಟಿ"), in a script of UNREAD_SCRIPTS. */
function unreadWordAfter(text: string): string | undefined {
  const word = /^[\s\u00A0]?(\p{L}[\p{L}\p{M}]*)/u.exec(text)?.[1];
  return word && UNREAD_SCRIPTS.some((re) => re.test(word)) ? word : undefined;
}

/**
 * Every amount of money in the lines: a number (any digits) with an optional scale and a currency
 * before or after it. A number without a currency is not an amount. `country`: the page's, as its
 * domain says, for a currency word of no country ("shilingi" on a Kenyan page is KES).
 */
export function findAmounts(lines: readonly SourceLine[], lang: string, country?: PageCountry): AmountMention[] {
  const found: AmountMention[] = [];
  for (const { line, text: original } of lines) {
    const text = asciiDigits(original);
    const inLine: Found[] = [];
    // For ranges ("2 bis 3 Mrd. Euro", "$2–3 billion"): figures without a scale, and scaled figures by where their number starts.
    const lows: Low[] = [];
    const highs = new Map<number, High>();
    // Figures whose scale and currency stand before them ("dola milioni 40"): a range's lower end whose upper end is bare ("… hadi 50").
    const scaledBefore: High[] = [];
    let taken = 0;
    for (const m of execAll(NUMBER, text)) {
      const start = m.index;
      if (start < taken) continue; // part of the amount before ("5000" in 1億5000万)
      let end = start + m[0].length;
      // "G3", "H1 2024": a number glued to a letter is a name unless the letters are a currency ("Rp10").
      if (/[\p{Lu}\p{Ll}]/u.test(text[start - 1] ?? '') && !currencyBefore(text, start, lang)) continue;
      const number = parseNumber(m[0], lang);
      if (number === undefined || number <= 0) continue;
      let value = number;
      const scale = scaleAfter(text, end, lang);
      let scaleEnd = end;
      if (scale) {
        const word = text.slice(end, scale.end).trim();
        value *= longScale(word, lang) ? 1e12 : scale.value;
        scaleEnd = scale.end;
        // CJK numbers continue with smaller units: 1億5000万 = 1.5 × 10⁸, 1조 2000억 = 1.2 × 10¹².
        let unit = scale.value;
        for (;;) {
          CJK_CONTINUATION.lastIndex = scaleEnd;
          const more = CJK_CONTINUATION.exec(text);
          if (!more) break;
          const part = [...more[2]!].reduce((p, ch) => p * CJK_SCALE[ch]!, 1);
          if (part >= unit) break;
          value += Number(more[1]) * part;
          unit = part;
          scaleEnd += more[0].length;
        }
      }
      // Swahili writes the scale before the number and the currency before both: "dola milioni 40".
      const pre = scale ? undefined : scaleBefore(text, start);
      if (pre) value *= pre.value;
      const after = currencyAfter(text, scaleEnd, lang);
      const before = currencyBefore(text, pre?.start ?? start, lang);
      // Glued letters ("5m") are only a scale beside a currency; "$5m" yes, "5m tall" no.
      if (scale?.glued && !/[\p{Script=Han}\p{Script=Hangul}]/u.test(text.slice(end, scale.end)) && !after && !before) continue;
      const mention = withCurrency({ text, original, line, lang, country }, value, pre?.start ?? start, scaleEnd, after, before);
      // "₹3,200 ಕೋಟಿ" in a script in which no entry lists a scale word: the sign's figure may be only
      // part of the amount, which the note says.
      if (mention && !scale && !pre && !after && before) {
        const unread = unreadWordAfter(text.slice(end, end + 40));
        if (unread) addNote(mention, `the figure is followed by "${unread}", a word not read: if it is a scale word, the amount is larger`);
      }
      if (scale && (!scale.glued || /[\p{Script=Han}\p{Script=Hangul}]/u.test(text.slice(end, scale.end)))) {
        const high = { figure: number, factor: value / number, end: scaleEnd, mention };
        highs.set(start, high);
        // "$2 to $3 billion": the upper end may repeat the currency before its figure.
        if (mention && mention.start < start) highs.set(mention.start, high);
      } else if (!scale && !pre && after?.factor && mention) {
        // "650–800 mnkr": a currency word that is also a scale makes its figure a range's upper end.
        highs.set(start, { figure: number, factor: mention.value / number, end: mention.end, mention });
      } else if (!scale && !pre) lows.push({ start, end, figure: number, mention });
      if (pre && mention) scaledBefore.push({ figure: number, factor: pre.value, end, mention });
      if (!mention) continue;
      end = mention.end;
      inLine.push(mention);
      taken = end;
    }
    for (const r of readRanges(text, original, line, lang, lows, highs)) inLine.push(r);
    for (const r of readUpperEnds(text, original, line, lang, scaledBefore, lows)) inLine.push(r);
    joinWholeRanges(text, original, lang, inLine);
    // Figures in words: "zwei Milliarden Euro", "ملياري درهم" (two billion dirhams).
    const numbers = wordNumbers(lang);
    for (const m of numbers ? execAll(numbers.re, text) : []) {
      const start = m.index;
      const wordEnd = start + m[0].length;
      if (inLine.some((a) => start < a.end && wordEnd > a.start)) continue;
      const { value: figure, counted } = numbers!.entries[whichGroup(m)]!;
      let value = figure;
      let scaleEnd = wordEnd;
      if (!counted) {
        const scale = scaleAfter(text, wordEnd, lang);
        if (!scale || scale.glued) continue;
        value *= longScale(text.slice(wordEnd, scale.end).trim(), lang) ? 1e12 : scale.value;
        scaleEnd = scale.end;
      }
      const mention = withCurrency(
        { text, original, line, lang, country },
        value,
        start,
        scaleEnd,
        currencyAfter(text, scaleEnd, lang),
        currencyBefore(text, start, lang),
      );
      if (mention) inLine.push(mention);
    }
    inLine.sort((a, b) => a.start - b.start);
    // "2.2 billion yuan ($348 million)": the dollar figure in brackets is the article's own conversion.
    for (let i = 0; i < inLine.length; i++) {
      const a = inLine[i]!;
      const next = inLine[i + 1];
      if (
        next &&
        a.currency !== 'USD' &&
        next.currency === 'USD' &&
        /^\s*[(（]\s*(?:about|около|約|约|প্রায়|sekitar|etwa|environ)?\s*$/iu.test(text.slice(a.end, next.start))
      ) {
        a.usd = next.value;
        inLine.splice(i + 1, 1);
        a.text = original.slice(a.start, Math.min(original.length, next.end + 1)).trim();
      }
    }
    for (const { start: _s, end: _e, inRange: _r, ...mention } of inLine) found.push(mention);
  }
  return found;
}

const MONEY_WORD = new RegExp(`^(?:${[...SCALES.map((x) => x.re), ...currencyWords('en').map((c) => c.re)].join('|')})$`, 'iu');

/** A scale or currency word ("Milliarden", "US-Dollar", "euros"): never the name of an entity. */
export function isMoneyWord(word: string): boolean {
  return MONEY_WORD.test(word.replace(/\.$/, ''));
}
