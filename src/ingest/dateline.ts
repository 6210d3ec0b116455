// Dates as the world writes them: "28 марта 2021, 20:53", "Dec 20 08:20", "2021年03月30日", "09.11.2017",
// "28 de marzo de 2021", "২৮ মার্চ ২০২১". Month names come from the runtime's CLDR data (Intl), so every
// language ICU knows is covered without word lists of our own.
import { isRealDay, type DatePrecision, type PartialDate } from '../schemas/partial-date.ts';
import { asciiDigits } from './numerals.ts';
import { execAll } from './text-features.ts';
import type { SourceLine } from './types.ts';

export interface DateMention {
  /** The date as the article writes it. */
  text: string;
  line: number;
  year?: number;
  month?: number;
  day?: number;
  /** "20:53" when the article gives a time. */
  time?: string;
  /** How precise the date is; a day without a year still has precision "day". */
  precision: DatePrecision;
  /** Set when the order of day and month had to be guessed ("03/04/2021"). */
  ambiguity?: string;
}

// Languages whose month names are read; the detected language's names take precedence on a clash
// ("listopad" is November in Polish and October in Croatian).
const MONTH_LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'nb',
  'fi',
  'is',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr-Latn',
  'bs',
  'ro',
  'hu',
  'tr',
  'az',
  'id',
  'ms',
  'vi',
  'fil',
  'sw',
  'ca',
  'eu',
  'gl',
  'lt',
  'lv',
  'et',
  'sq',
  'ga',
  'cy',
  'af',
  'ru',
  'uk',
  'be',
  'bg',
  'sr',
  'mk',
  'kk',
  'el',
  'ka',
  'hy',
  'he',
  'ar',
  'ar-SY',
  'ar-MA',
  'fa',
  'ur',
  'hi',
  'bn',
  'mr',
  'ne',
  'gu',
  'pa',
  'ta',
  'te',
  'kn',
  'ml',
  'si',
  'th',
  'lo',
  'km',
  'my',
  'am',
];

interface MonthName {
  month: number;
  /** The locale writes it with a capital ("May"), so a lower-case "may" in running text is not it. */
  capitalised: boolean;
}

interface Lexicon {
  pattern: string;
  month: Map<string, MonthName>;
  /** Letters some languages glue before a month name in a date (Hebrew "24 בפברואר"), from Intl. */
  prefixes: string[];
}

const lexiconCache = new Map<string, Lexicon>();

/** A month or weekday name as the lexicons key it: NFC, case folded, an abbreviation's dot dropped ("Jan." is "jan"); accents kept. */
const foldCalendarWord = (s: string) => s.normalize('NFC').toLocaleLowerCase('und').replace(/\.$/, '');

/**
 * Marks that writers often leave out: Greek accents (capitals drop them, "ΦΕΒΡΟΥΑΡΙΟΥ"), the
 * Devanagari nukta ("फरवरी" for "फ़रवरी"), Hebrew vowel points. A month name is also read without them.
 */
const OPTIONAL_MARKS = /[\u0301\u0308\u0344\u093C\u0591-\u05C7]/gu;
export const looseForm = (s: string) => s.normalize('NFD').replace(OPTIONAL_MARKS, '').normalize('NFC');

/** Only the acute accent dropped, as Greek capitals drop it but keep the diaeresis ("ΜΑΪΟΥ" for "Μαΐου"). */
const withoutAcute = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\u0301/gu, '')
    .replace(/\u0344/gu, '\u0308')
    .normalize('NFC');

/** Letters glued before the month in a full date of the locale ("24 בפברואר 2025" → "ב"). */
function gluedPrefix(locale: string): string | undefined {
  try {
    const parts = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2001, 1, 15)));
    const i = parts.findIndex((p) => p.type === 'month');
    const literal = parts[i - 1];
    return literal?.type === 'literal' ? /[\p{L}\p{M}]+$/u.exec(literal.value)?.[0] : undefined;
  } catch {
    return undefined;
  }
}

/** Month names (long, short, genitive) for every locale, the given language's first. */
function monthLexicon(lang: string): Lexicon {
  const primary = lang.split('-')[0] ?? '';
  const cached = lexiconCache.get(primary);
  if (cached) return cached;
  const locales = [
    ...MONTH_LOCALES.filter((l) => l.split('-')[0] === primary),
    ...MONTH_LOCALES.filter((l) => l.split('-')[0] !== primary),
  ];
  const month = new Map<string, MonthName>();
  for (const locale of locales) {
    const styles: Intl.DateTimeFormatOptions[] = [
      { month: 'long' },
      { month: 'short' },
      { day: 'numeric', month: 'long' },
      { day: 'numeric', month: 'short' },
    ];
    for (const style of styles) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, { ...style, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let m = 1; m <= 12; m++) {
        const part = format.formatToParts(new Date(Date.UTC(2001, m - 1, 15))).find((p) => p.type === 'month')?.value;
        if (!part) continue;
        const name = foldCalendarWord(part.trim());
        // Numeric months ("3月") and one- or two-letter forms are not names a text can be searched for.
        if ([...name].length < 3 || /\d/.test(name)) continue;
        for (const form of [name, looseForm(name), withoutAcute(name)]) {
          if (!month.has(form)) month.set(form, { month: m, capitalised: /^\p{Lu}/u.test(part.trim()) });
        }
      }
    }
  }
  const prefixes = [...new Set(MONTH_LOCALES.map(gluedPrefix).filter((p): p is string => Boolean(p)))];
  const result = { pattern: trieSource([...month.keys()]), month, prefixes };
  lexiconCache.set(primary, result);
  return result;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

const escapeChar = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regex source for many words, factored by common prefixes ("jan(?:uary)?|ju(?:ne|ly)"): the
 * engine follows one branch per character instead of trying two thousand names at every position,
 * which made a page of figures slow to read. Longer forms are tried first.
 */
export function trieSource(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => escapeChar(ch) + emit(child));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

const calendarCache = new Map<string, Set<string>>();

/** Month and weekday names in every language read (lower case), which are never entity names. */
export function calendarWords(lang: string): Set<string> {
  const primary = lang.split('-')[0] ?? '';
  const cached = calendarCache.get(primary);
  if (cached) return cached;
  const words = new Set(monthLexicon(lang).month.keys());
  for (const locale of MONTH_LOCALES) {
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { weekday, timeZone: 'UTC' });
      for (let d = 1; d <= 7; d++) words.add(foldCalendarWord(format.format(new Date(Date.UTC(2001, 0, d)))));
    }
  }
  calendarCache.set(primary, words);
  return words;
}

const TIME = String.raw`(\d{1,2}(?:[:.]|\s?h\s?)\d{2})(?::\d{2})?(?:\s?[ap]\.?m\.?)?`;

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray, months: Map<string, MonthName>) => Omit<DateMention, 'text' | 'line' | 'precision'> | undefined;
}

const patternCache = new Map<string, Pattern[]>();

function patterns(lang: string): Pattern[] {
  const key = lang.split('-')[0] ?? '';
  const cached = patternCache.get(key);
  if (cached) return cached;
  const built = buildPatterns(lang);
  patternCache.set(key, built);
  return built;
}

function buildPatterns(lang: string): Pattern[] {
  const { pattern: M, prefixes } = monthLexicon(lang);
  const prefix = prefixes.length ? `(?:(?:${prefixes.join('|')})[-־]?)?` : '';
  const name = String.raw`(?<![\p{L}\p{M}])${prefix}(${M})\.?(?![\p{L}\p{M}])`;
  // A month name written in lower case where its language capitalises it ("may", "march") is a word, not a month.
  const monthOf = (months: Map<string, MonthName>, s: string) => {
    const entry = months.get(foldCalendarWord(s)) ?? months.get(looseForm(foldCalendarWord(s)));
    return entry && (!entry.capitalised || /^\p{Lu}/u.test(s)) ? entry.month : undefined;
  };
  // Two-digit years: 00–69 are 2000s. Thai pages count years of the Buddhist Era (2564 = 2021).
  const year = (s: string | undefined) => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (s.length === 2) return n < 70 ? 2000 + n : 1900 + n;
    return n >= 2443 && n <= 2643 ? n - 543 : n;
  };
  const dayFirst = lang.split('-')[0] !== 'en';
  return [
    // 2021-03-28, 2021/03/28, 2021.03.28 (with an optional time)
    {
      re: new RegExp(String.raw`(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:[T ,]+${TIME})?`, 'gu'),
      read: (m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), time: m[5] }),
    },
    // 2021年03月30日, 2021년 3월 30일, 2021年3月
    {
      re: new RegExp(String.raw`(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일号號])?(?:\s*${TIME})?`, 'gu'),
      read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : undefined, time: m[4] }),
    },
    // 3月30日, 3월 30일
    {
      re: new RegExp(String.raw`(?<![\d年년])(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號](?:\s*${TIME})?`, 'gu'),
      read: (m) => ({ month: Number(m[1]), day: Number(m[2]), time: m[3] }),
    },
    // 09.11.2017, 28/03/2021, 3/28/21
    {
      re: new RegExp(String.raw`(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.]\d)(?:[ ,]+${TIME})?`, 'gu'),
      read: (m) => {
        const a = Number(m[1]);
        const b = Number(m[3]);
        const y = year(m[4]);
        if (m[2] === '.' || a > 12) return { year: y, month: b, day: a, time: m[5] };
        if (b > 12) return { year: y, month: a, day: b, time: m[5] };
        if (a === b) return { year: y, month: a, day: b, time: m[5] };
        return dayFirst
          ? { year: y, month: b, day: a, time: m[5], ambiguity: `"${m[0]}" read as day/month; it could be month/day` }
          : { year: y, month: a, day: b, time: m[5], ambiguity: `"${m[0]}" read as month/day; it could be day/month` };
      },
    },
    // 28 марта 2021, 20:53 · 28. März 2021 · 28 de marzo de 2021 · ২৮ মার্চ ২০২১ · 25 февраля, 18:50
    {
      re: new RegExp(
        String.raw`(?<![\d.])(\d{1,2})(?:\.?\s*|-)(?:de\s+)?${name}(?:(?:,?\s*|-)(?:de\s+)?(\d{4})(?!\d))?(?:\s*(?:г\.|года|年)?[,\s]*(?:at|à|um|в|pukul|jam|às|alle|a las|,|-|–)?\s*${TIME})?`,
        'giu',
      ),
      read: (m, months) => ({ day: Number(m[1]), month: monthOf(months, m[2]!), year: year(m[3]), time: m[4] }),
    },
    // March 28, 2021 · Dec 20 08:20 · Mar 28th 2021
    {
      re: new RegExp(String.raw`${name}\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{4})(?!\d))?(?:[,\s]+(?:at\s+)?${TIME})?`, 'giu'),
      read: (m, months) => ({ month: monthOf(months, m[1]!), day: Number(m[2]), year: year(m[3]), time: m[4] }),
    },
    // 28 tháng 3 năm 2021 (Vietnamese names months by number)
    {
      re: new RegExp(String.raw`(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:(?:,?\s+năm|,)\s+(\d{4}))?`, 'giu'),
      read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: year(m[3]) }),
    },
    // March 2021, марта 2021
    {
      re: new RegExp(String.raw`${name},?\s+(\d{4})(?!\d)`, 'giu'),
      read: (m, months) => ({ month: monthOf(months, m[1]!), year: Number(m[2]) }),
    },
  ];
}

/** "5:30 pm" → "17:30". */
function clock(time: string, whole: string): string {
  const [h, min] = time.split(/\s?[:.h]\s?/).map(Number) as [number, number];
  const half = /([ap])\.?m\.?$/i.exec(whole)?.[1]?.toLowerCase();
  const hour = half === 'p' && h < 12 ? h + 12 : half === 'a' && h === 12 ? 0 : h;
  return `${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

function valid(d: Omit<DateMention, 'text' | 'line' | 'precision'>): boolean {
  if (d.year !== undefined && (d.year < 1900 || d.year > 2100)) return false;
  if (d.month === undefined || d.month < 1 || d.month > 12) return false;
  if (d.day !== undefined) {
    if (d.day < 1 || d.day > 31) return false;
    const y = d.year ?? 2000; // a leap year, so 29 February without a year passes
    if (!isRealDay(`${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`)) return false;
  }
  if (d.time !== undefined) {
    const [h, min] = d.time.split(/\s?[:.h]\s?/).map(Number);
    if (h! > 23 || min! > 59) return false;
  }
  return true;
}

/** Every date in the lines, in order of appearance; overlapping readings keep the first pattern's. */
export function findDates(lines: readonly SourceLine[], lang: string): DateMention[] {
  const { month } = monthLexicon(lang);
  const all = patterns(lang);
  const found: DateMention[] = [];
  for (const { line, text: original } of lines) {
    // Every date has a digit; most lines have none.
    if (!/\p{Nd}/u.test(original)) continue;
    const text = asciiDigits(original);
    // Characters already read as part of a date (a mask, so that overlap checks stay linear in the line).
    const taken = new Uint8Array(text.length);
    const inLine: (DateMention & { start: number })[] = [];
    for (const p of all) {
      p.re.lastIndex = 0;
      for (const m of execAll(p.re, text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.subarray(start, end).includes(1)) continue;
        const read = p.read(m as RegExpExecArray, month);
        if (!read || !valid(read)) continue;
        taken.fill(1, start, end);
        const precision: DatePrecision = read.day !== undefined ? 'day' : 'month';
        const mention: DateMention & { start: number } = {
          text: original
            .slice(start, end)
            .trim()
            .replace(/[,\s]+$/, ''),
          line,
          precision,
          start,
        };
        if (read.year !== undefined) mention.year = read.year;
        if (read.month !== undefined) mention.month = read.month;
        if (read.day !== undefined) mention.day = read.day;
        if (read.time) mention.time = clock(read.time, m[0]);
        if (read.ambiguity) mention.ambiguity = read.ambiguity;
        inLine.push(mention);
      }
    }
    inLine.sort((a, b) => a.start - b.start);
    for (const { start: _start, ...mention } of inLine) found.push(mention);
  }
  return found;
}

/** The frontmatter date for a dateline; undefined when the article does not give the year. */
export function toPartialDate(d: DateMention): PartialDate | undefined {
  if (d.year === undefined) return undefined;
  const mm = String(d.month).padStart(2, '0');
  const value = d.precision === 'day' ? `${d.year}-${mm}-${String(d.day).padStart(2, '0')}` : `${d.year}-${mm}`;
  const date: PartialDate = { value, precision: d.precision, basis: 'stated', note: `The page gives "${d.text}".` };
  if (d.ambiguity) date.note = `The page gives "${d.text}"; ${d.ambiguity}.`;
  return date;
}

/** "2021-03-28 20:53 (day)", "--12-20 08:20 (day; no year)": the date as the CLI reports it. */
export function describeDate(d: DateMention): string {
  const md = `${String(d.month).padStart(2, '0')}${d.day === undefined ? '' : `-${String(d.day).padStart(2, '0')}`}`;
  return `${d.year === undefined ? '-' : d.year}-${md}${d.time ? ` ${d.time}` : ''} (${d.precision}${d.year === undefined ? '; the article gives no year' : ''})`;
}
