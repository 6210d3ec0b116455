// Dates as the world writes them: "28 марта 2021, 20:53", "Dec 20 08:20", "2021年03月30日", "09.11.2017",
// "28 de marzo de 2021", "২৮ মার্চ ২০২১". Month names come from the runtime's CLDR data (Intl), so every
// language ICU knows is covered without word lists of our own.
import { isRealDay, type DatePrecision, type PartialDate } from '../schemas/partial-date.ts';
import { asciiDigits } from './numerals.ts';
import { LANGUAGES } from './languages.ts';
import { escapeRegExp, execAll, UNSPACED } from './text-features.ts';
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
  /** The calendar the page writes the date in, when not the Gregorian one ("persian", "japanese"); the fields above are Gregorian. */
  calendar?: string;
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
  'uz',
  'tk',
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
  'mt',
  'ha',
  'yo',
  'zu',
  'xh',
  'so',
  'ru',
  'uk',
  'be',
  'bg',
  'sr',
  'mk',
  'kk',
  'ky',
  'tg',
  'mn',
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
  'as',
  'or',
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

/**
 * Locales whose short month names are three Latin letters that are words or abbreviations of other
 * languages (Hausa "Sat", Zulu "Mas", Xhosa "Mat"): only their full names are read. (Igbo's full
 * names are as short, "Mee": Igbo is not read.)
 */
const FULL_NAMES_ONLY = new Set(['ha', 'yo', 'zu', 'xh', 'so', 'mt', 'tk', 'tg']);

interface MonthName {
  month: number;
  /** Languages that write the name in lower case ("november" in Dutch) and with a capital ("November" in English). */
  lowerIn: Set<string>;
  upperIn: Set<string>;
  /** The month of another calendar than the Gregorian one (Solar Hijri "آبان"). */
  calendar?: string;
}

/**
 * Calendars other than the Gregorian one whose month names pages write in datelines, with the
 * locales that name them (Iran's and Afghanistan's Solar Hijri months). A date in one is converted
 * with Intl's calendar data, and read only when it gives the year.
 */
const MONTH_CALENDARS: { calendar: string; locales: string[] }[] = [
  { calendar: 'persian', locales: ['fa', 'fa-AF', 'ps'] },
  // Ethiopian pages date their articles in the Ethiopian calendar: "መጋቢት 5 ቀን 2017 ዓ.ም" is 14 March 2025.
  { calendar: 'ethiopic', locales: ['am'] },
];

/** Calendars that count years in eras over Gregorian months ("令和7年11月3日", "民國114年11月3日"), with a locale that names the eras. */
const ERA_CALENDARS: { calendar: string; locale: string }[] = [
  { calendar: 'japanese', locale: 'ja' },
  { calendar: 'roc', locale: 'zh-TW' },
];

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

/** A calendar's year, month and day of a Gregorian day, from Intl; undefined when the runtime lacks the calendar. */
function calendarParts(calendar: string, date: Date): [number, number, number] | undefined {
  let format = calendarFormats.get(calendar);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        timeZone: 'UTC',
      });
    } catch {
      return undefined;
    }
    if (format.resolvedOptions().calendar !== calendar) return undefined;
    calendarFormats.set(calendar, format);
  }
  const parts = format.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const result: [number, number, number] = [get('year'), get('month'), get('day')];
  return result.every(Number.isInteger) ? result : undefined;
}
const calendarFormats = new Map<string, Intl.DateTimeFormat>();

/** The 15th of each month of one year of the calendar (as Gregorian days), for reading its month names. */
function monthMiddles(calendar: string): Date[] | undefined {
  const days: Date[] = [];
  for (let t = Date.UTC(2001, 0, 1); days.length < 12 && t < Date.UTC(2003, 0, 1); t += 86_400_000) {
    const p = calendarParts(calendar, new Date(t));
    if (!p) return undefined;
    if (p[2] === 15 && (!days.length || p[1] === days.length + 1) && (days.length || p[1] === 1)) days.push(new Date(t));
  }
  return days.length === 12 ? days : undefined;
}

const DAY = 86_400_000;

/**
 * The Gregorian day of a date in another calendar, by a binary search over Intl's conversion (dates
 * of one calendar are in the order of days); undefined when the date does not exist.
 */
export function fromCalendar(
  calendar: string,
  year: number,
  month: number,
  day: number,
): { year: number; month: number; day: number } | undefined {
  const compare = (p: [number, number, number]) => p[0] - year || p[1] - month || p[2] - day;
  let lo = Date.UTC(1800, 0, 1) / DAY;
  let hi = Date.UTC(2200, 0, 1) / DAY;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const p = calendarParts(calendar, new Date(mid * DAY));
    if (!p) return undefined;
    if (compare(p) < 0) lo = mid + 1;
    else hi = mid;
  }
  const found = calendarParts(calendar, new Date(lo * DAY));
  if (!found || compare(found) !== 0) return undefined;
  const d = new Date(lo * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

let eraCache: { pattern: string; offset: Map<string, number> } | undefined;

/** Era names of the era calendars, each with the Gregorian year before its first year ("令和" → 2018). */
function eras(): { pattern: string; offset: Map<string, number> } {
  if (eraCache) return eraCache;
  const offset = new Map<string, number>();
  for (const { calendar, locale } of ERA_CALENDARS) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}-nu-latn`, { era: 'long', year: 'numeric', timeZone: 'UTC' });
    } catch {
      continue;
    }
    if (format.resolvedOptions().calendar !== calendar) continue;
    for (let y = 1900; y <= 2100; y++) {
      const parts = format.formatToParts(new Date(Date.UTC(y, 11, 31)));
      const era = parts.find((p) => p.type === 'era')?.value.trim();
      const n = Number(parts.find((p) => p.type === 'year')?.value);
      if (era && Number.isInteger(n) && !offset.has(era)) offset.set(era, y - n);
    }
  }
  eraCache = { pattern: trieSource([...offset.keys()]), offset };
  return eraCache;
}

/** Locales whose pages count years in another era over Gregorian months by default (Thai: the Buddhist Era), from Intl. */
const ERA_YEAR_LOCALES = ['th', 'lo', 'km', 'my'];

let eraMarkerCache: { pattern: string; calendar: Map<string, string>; defaultIn: Set<string> } | undefined;

/**
 * Era markers written between the month and the year ("15 มีนาคม พ.ศ. 2567": พ.ศ. is the Buddhist
 * Era, ค.ศ. the Christian one), with the calendar each names, from Intl's era names of the locales
 * above; and the languages whose default calendar is the Buddhist one, where a two-digit year after
 * a month name counts in that era ("15 มี.ค. 67" is 2567 BE, 2024).
 */
function eraMarkers(): { pattern: string; calendar: Map<string, string>; defaultIn: Set<string> } {
  if (eraMarkerCache) return eraMarkerCache;
  const calendar = new Map<string, string>();
  const defaultIn = new Set<string>();
  for (const locale of ERA_YEAR_LOCALES) {
    try {
      if (new Intl.DateTimeFormat(locale).resolvedOptions().calendar === 'buddhist') defaultIn.add(locale);
    } catch {
      continue;
    }
    for (const cal of ['buddhist', 'gregory'])
      for (const era of ['short', 'long', 'narrow'] as const) {
        let format: Intl.DateTimeFormat;
        try {
          format = new Intl.DateTimeFormat(`${locale}-u-ca-${cal}-nu-latn`, { era, year: 'numeric', timeZone: 'UTC' });
        } catch {
          continue;
        }
        if (format.resolvedOptions().calendar !== cal) continue;
        const name = format
          .formatToParts(new Date(Date.UTC(2024, 5, 1)))
          .find((p) => p.type === 'era')
          ?.value.trim();
        // Only names with a letter and more than one character: a lone "A" or "B" is no era marker.
        if (name && [...name].length > 1 && /\p{L}/u.test(name) && !calendar.has(name)) calendar.set(name, cal);
      }
  }
  // "พ.ศ." is also written "พ. ศ." or without the last point.
  const pattern = [...calendar.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeChar(n).replace(/\\\./g, '\\.?\\s?'))
    .join('|');
  eraMarkerCache = { pattern, calendar, defaultIn };
  return eraMarkerCache;
}

/** The calendar an era marker names ("พ.ศ." → buddhist), matched loosely like the pattern. */
function eraCalendar(marker: string): string | undefined {
  const { calendar } = eraMarkers();
  const squeeze = (s: string) => s.replace(/[.\s]/g, '');
  for (const [name, cal] of calendar) if (squeeze(name) === squeeze(marker)) return cal;
  return undefined;
}

/** Letters glued before the month in a full date of the locale ("24 בפברואר 2025" → "ב"). */
function gluedPrefix(locale: string): string | undefined {
  const parts = dateParts(locale);
  const literal = parts[parts.findIndex((p) => p.type === 'month') - 1];
  return literal?.type === 'literal' ? /[\p{L}\p{M}]+$/u.exec(literal.value)?.[0] : undefined;
}

/** The literal parts of a full date of each locale (year, month and day), for the words around the numbers. */
function dateParts(locale: string): Intl.DateTimeFormatPart[] {
  try {
    return new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2001, 1, 15)));
  } catch {
    return [];
  }
}

let yearMarkerCache: string | undefined;
/**
 * Words written right after the year of a full date, from Intl ("2025 ж." in Kazakh, "2025 թ." in
 * Armenian, "2025 m." in Lithuanian, "2025. gada" in Latvian, "2025 оны" in Mongolian, "2025 г."), as a
 * regex source: a year followed by one of them is a year even before the day and month.
 */
function yearMarkers(): string {
  if (yearMarkerCache !== undefined) return yearMarkerCache;
  const words = new Set<string>();
  // The name of the year field ("yil", "жыл"), which a page may write after the year in place of the
  // format's own word, with a case ending ("2025 жылғы", of the year 2025).
  const fieldNames = new Set<string>();
  for (const locale of MONTH_LOCALES) {
    const parts = dateParts(locale);
    const i = parts.findIndex((p) => p.type === 'year');
    const word = parts[i + 1]?.type === 'literal' ? /^[\s.,-]*([\p{L}\p{M}]+\.?)/u.exec(parts[i + 1]!.value)?.[1] : undefined;
    if (word) words.add(word.toLocaleLowerCase('und'));
    let field: string | undefined;
    try {
      field = new Intl.DisplayNames(locale, { type: 'dateTimeField' }).of('year')?.toLocaleLowerCase('und');
    } catch {
      field = undefined;
    }
    if (field && /^[\p{L}\p{M}]{2,}$/u.test(field) && !UNSPACED.test(field)) fieldNames.add(field);
  }
  yearMarkerCache = [
    ...[...words].map((w) => ({ w, source: escapeRegExp(w) })),
    ...[...fieldNames].filter((w) => !words.has(w)).map((w) => ({ w, source: `${escapeRegExp(w)}[\\p{L}\\p{M}]{0,4}` })),
  ]
    .sort((a, b) => b.w.length - a.w.length)
    .map(({ source }) => source)
    .join('|');
  return yearMarkerCache;
}

let fillerCache: RegExp | undefined;
/**
 * Words a date writes around its numbers that the patterns skip: the names of the year and day fields
 * in scripts other than Latin, Cyrillic and Greek (Intl.DisplayNames: Khmer "ឆ្នាំ", Burmese "ရက်",
 * Amharic "ቀን") and each language's dateWords (languages.ts), which Intl lacks ("ថ្ងៃទី", "ခုနှစ်", "ዓ.ም").
 */
function fillers(): RegExp {
  if (fillerCache) return fillerCache;
  const words = new Set<string>(Object.values(LANGUAGES).flatMap((d) => d.dateWords ?? []));
  for (const locale of MONTH_LOCALES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames(locale, { type: 'dateTimeField' });
    } catch {
      continue;
    }
    for (const field of ['year', 'day'] as const) {
      const word = names.of(field);
      if (word && /^[\p{L}\p{M}]+$/u.test(word) && !/[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(word)) words.add(word);
    }
  }
  // A word of a script with spaces stands alone; one of a script without spaces may be glued ("ថ្ងៃទី១៤").
  const sources = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (UNSPACED.test(w) ? escapeRegExp(w) : `(?<![\\p{L}\\p{M}])${escapeRegExp(w)}(?![\\p{L}\\p{M}])`));
  fillerCache = new RegExp(sources.join('|'), 'gu');
  return fillerCache;
}

/** The text with the date fillers (above) and the Burmese comma replaced by spaces; same length, so offsets hold. */
function withoutFillers(text: string): string {
  return text.replace(fillers(), (m) => ' '.repeat(m.length)).replace(/၊/gu, ' ');
}

let monthWordCache: string | undefined;
/** The word "month" in scripts without spaces, glued before or after a month name ("ខែមីនា", "မေလ", "เดือนมีนาคม"), from Intl. */
function monthWords(): string {
  if (monthWordCache !== undefined) return monthWordCache;
  const words = new Set<string>();
  for (const locale of MONTH_LOCALES) {
    try {
      const word = new Intl.DisplayNames(locale, { type: 'dateTimeField' }).of('month');
      if (word && UNSPACED.test(word)) words.add(word);
    } catch {
      continue;
    }
  }
  monthWordCache = [...words].map(escapeRegExp).join('|');
  return monthWordCache;
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
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long' },
    { day: 'numeric', month: 'short' },
  ];
  const addNames = (locale: string, calendar: string, dates: Date[]) => {
    for (const style of FULL_NAMES_ONLY.has(locale) ? styles.filter((st) => st.month === 'long') : styles) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}-nu-latn`, { ...style, timeZone: 'UTC' });
      } catch {
        continue;
      }
      dates.forEach((date, i) => {
        const part = format.formatToParts(date).find((p) => p.type === 'month')?.value;
        if (!part) return;
        const name = foldCalendarWord(part.trim());
        // Numeric months ("3月") and one- or two-letter Latin or Han forms are not names a text can be
        // searched for; two letters of other scripts are (Hindi "मई", Burmese "မေ").
        if ([...name].length < (/[\p{Script=Latin}\p{Script=Han}]/u.test(name) ? 3 : 2) || /\d/.test(name)) return;
        const language = locale.split('-')[0]!;
        for (const form of [name, looseForm(name), withoutAcute(name)]) {
          let entry = month.get(form);
          if (!entry) {
            entry = { month: i + 1, lowerIn: new Set(), upperIn: new Set() };
            if (calendar !== 'gregory') entry.calendar = calendar;
            month.set(form, entry);
          }
          // Only the locales that read the form as the same month have a say in how it is written.
          if (entry.month !== i + 1 || (entry.calendar ?? 'gregory') !== calendar) continue;
          (/^\p{Lu}/u.test(part.trim()) ? entry.upperIn : entry.lowerIn).add(language);
        }
      });
    }
  };
  const gregorian = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2001, m, 15)));
  for (const locale of locales) addNames(locale, 'gregory', gregorian);
  // The names pages write where Intl gives others (languages.ts monthNames).
  for (const [language, data] of Object.entries(LANGUAGES)) {
    data.monthNames?.forEach((names, i) => {
      for (const written of names) {
        const name = foldCalendarWord(written);
        const entry = month.get(name) ?? { month: i + 1, lowerIn: new Set<string>(), upperIn: new Set<string>() };
        if (entry.month !== i + 1 || entry.calendar) continue;
        month.set(name, entry);
        (/^\p{Lu}/u.test(written) ? entry.upperIn : entry.lowerIn).add(language);
      }
    });
  }
  // A day in each month of the other calendars: the 15th of each month of one year.
  for (const { calendar, locales: calendarLocales } of MONTH_CALENDARS) {
    const dates = monthMiddles(calendar);
    if (dates) for (const locale of calendarLocales) addNames(locale, calendar, dates);
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
  const MW = monthWords();
  const monthWord = MW ? `(?:${MW})?` : '';
  const name = String.raw`(?<![\p{L}\p{M}])${prefix}${monthWord}(${M})${monthWord}\.?(?![\p{L}\p{M}])`;
  const YM = yearMarkers();
  // A month name written in lower case where no language writes it so ("march"), or where the
  // article's own language capitalises it (English "may"; Spanish writes "may" for mayo), is a word.
  // Before the language is known ("und"), a name some language writes in lower case is read.
  const own = lang.split('-')[0]!.toLowerCase();
  // A name that only the FULL_NAMES_ONLY locales write ("Agusta", "Yuli", "Maarso", "Lulju") is a
  // word or a name elsewhere ("MV Agusta 2026", "Yuli 2024 Report"): read alone or with a year or a
  // day only in an article of one of those languages, elsewhere only in a date with its day and year
  // ("14 ga Maris, 2025", also before the language is known).
  const minorOnly = (entry: MonthName) => [...entry.lowerIn, ...entry.upperIn].every((l) => FULL_NAMES_ONLY.has(l));
  const monthOf = (months: Map<string, MonthName>, s: string, full = false): { month?: number; calendar?: string } => {
    const entry = months.get(foldCalendarWord(s)) ?? months.get(looseForm(foldCalendarWord(s)));
    if (!entry) return {};
    if (!full && !FULL_NAMES_ONLY.has(own) && minorOnly(entry)) return {};
    const lower = !/^\p{Lu}/u.test(s);
    if (lower && (!entry.lowerIn.size || (entry.upperIn.has(own) && !entry.lowerIn.has(own)))) return {};
    return entry.calendar ? { month: entry.month, calendar: entry.calendar } : { month: entry.month };
  };
  // Two-digit years: 00–69 are 2000s. Thai pages count years of the Buddhist Era (2564 = 2021);
  // after its era marker or a month name of a language that counts in it by default, a two-digit
  // year is one of the Buddhist Era's 2500s (67 = 2567 = 2024).
  const year = (s: string | undefined, era?: string) => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (era === 'buddhist') return (s.length === 2 ? 2500 + n : n) - 543;
    if (s.length === 2) return n < 70 ? 2000 + n : 1900 + n;
    return n >= 2443 && n <= 2643 ? n - 543 : n;
  };
  const markers = eraMarkers();
  const ERA = markers.pattern ? `(?:(${markers.pattern})\\s*)` : '()';
  /** A month name that only languages counting years in the Buddhist Era write ("มี.ค."). */
  const buddhistMonth = (months: Map<string, MonthName>, s: string) => {
    const entry = months.get(foldCalendarWord(s)) ?? months.get(looseForm(foldCalendarWord(s)));
    const langs = entry ? [...entry.lowerIn, ...entry.upperIn] : [];
    return langs.length > 0 && langs.every((l) => markers.defaultIn.has(l));
  };
  const dayFirst = lang.split('-')[0] !== 'en';
  const era = eras();
  return [
    // 令和7年11月3日, 民國114年11月3日 (an era's year, 元年 its first; Gregorian months)
    ...(era.offset.size
      ? [
          {
            re: new RegExp(
              String.raw`(${era.pattern})\s*(\d{1,3}|元)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?(?:\s*${TIME})?`,
              'gu',
            ),
            read: (m: RegExpExecArray) => ({
              year: era.offset.get(m[1]!)! + (m[2] === '元' ? 1 : Number(m[2])),
              month: Number(m[3]),
              day: m[4] ? Number(m[4]) : undefined,
              time: m[5],
            }),
          },
        ]
      : []),
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
    // 5. 3. 2025, 17. 04. 2025. (Czech, Slovak, Serbian, Croatian, Slovene: the day first, a space after each point)
    {
      re: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.\s+(\d{1,2})\.\s+(\d{4})(?!\d)\.?(?:[ ,]+${TIME})?`, 'gu'),
      read: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), time: m[4] }),
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
    // 2025. november 3. · 2025 m. lapkričio 3 d. · 2025 թ. ապրիլի 3 · ၂၀၂၅ ခုနှစ်၊ မေလ ၂၀ ရက် (the year first, with
    // the word some languages write after it)
    {
      re: new RegExp(
        String.raw`(?<![\d.])(\d{4})\.?[\s,]*(?:(?:${YM || '(?!)'})[\s,]*)?${name}\s+(\d{1,2})(?:\.|\s*d\.)?(?!\d)(?:[,\s]+${TIME})?`,
        'giu',
      ),
      read: (m, months) => ({ year: Number(m[1]), ...monthOf(months, m[2]!, true), day: Number(m[3]), time: m[4] }),
    },
    // 2025. gada 3. novembris · 2025 ж. 14 наурыз · 2025-ж., 14-март (the year and its word, then the day)
    ...(YM
      ? [
          {
            re: new RegExp(String.raw`(?<![\d.])(\d{4})\.?\s*-?(?:${YM})[\s,]+(\d{1,2})(?:\.|-)?\s*${name}`, 'giu'),
            read: (m: RegExpExecArray, months: Map<string, MonthName>) => ({
              year: Number(m[1]),
              day: Number(m[2]),
              ...monthOf(months, m[3]!, true),
            }),
          },
        ]
      : []),
    // 2025eko martxoaren 14a · 2025(e)ko martxoa (Basque glues "-ko" to the year, "-ren" to the month
    // before its day and "-a" or "-an" to the day)
    {
      re: new RegExp(
        String.raw`(?<![\d.])(\d{4})(?:\(?e\)?)?ko\s+(${M})(?:ren\s+(\d{1,2})(?:\(?a\)?|an)?(?!\d))?(?![\p{L}\p{M}])(?:[,\s]+${TIME})?`,
        'giu',
      ),
      read: (m, months) => ({ year: Number(m[1]), ...monthOf(months, m[2]!), day: m[3] ? Number(m[3]) : undefined, time: m[4] }),
    },
    // 2025 оны 3-р сарын 14 (Mongolian numbers its months: "the 3rd month")
    {
      re: new RegExp(
        String.raw`(?<![\d.])(\d{4})\s*(?:оны\s*)?(\d{1,2})(?:\s?-\s?р)?\s*сар(?:ын)?\s*(\d{1,2})(?!\d)(?:[,\s]+${TIME})?`,
        'giu',
      ),
      read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: m[4] }),
    },
    // 2025. 11. 3. (Korean and Hungarian numeric dates with spaces)
    {
      re: new RegExp(String.raw`(?<![\d.])(\d{4})\.\s+(\d{1,2})\.\s+(\d{1,2})\.?(?!\d)`, 'gu'),
      read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
    },
    // 15 มี.ค. 67 · 15 มีนาคม พ.ศ. 2567 (Thai: a two-digit year of the Buddhist Era after a Thai month
    // name or an era marker; other two-digit years after a month name are left to the next pattern)
    {
      re: new RegExp(String.raw`(?<![\d.])(\d{1,2})\s*${name}[,\s]*${ERA}?(\d{2})(?![\d:.])(?:[,\s]*(?:เวลา|,|-|–)?\s*${TIME})?`, 'giu'),
      read: (m, months) => {
        const era = m[3] ? eraCalendar(m[3]) : buddhistMonth(months, m[2]!) ? 'buddhist' : undefined;
        if (!era) return undefined;
        return { day: Number(m[1]), ...monthOf(months, m[2]!, true), year: year(m[4], era), time: m[5] };
      },
    },
    // 28 марта 2021, 20:53 · 28. März 2021 · 28 de marzo de 2021 · 11 de març del 2025 · ২৮ মার্চ ২০২১ · 25 февраля, 18:50 · 3rd November 2025 · 15 มีนาคม พ.ศ. 2567
    {
      re: new RegExp(
        String.raw`(?<![\d.])(\d{1,2})(?:st|nd|rd|th)?(?:\.?\s*|-)(?:de\s+|of\s+)?${name}(?:(?:,?\s*|-)(?:del?\s+)?${ERA}?(\d{4})(?!\d))?(?:\s*(?:г\.|года|年)?[,\s]*(?:at|à|um|в|pukul|jam|às|alle|a las|เวลา|,|-|–)?\s*${TIME})?`,
        'giu',
      ),
      read: (m, months) => ({
        day: Number(m[1]),
        ...monthOf(months, m[2]!, m[4] !== undefined),
        year: year(m[4], m[3] ? eraCalendar(m[3]) : undefined),
        time: m[5],
      }),
    },
    // March 28, 2021 · Dec 20 08:20 · Mar 28th 2021
    {
      re: new RegExp(String.raw`${name}\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{4})(?!\d))?(?:[,\s]+(?:at\s+)?${TIME})?`, 'giu'),
      read: (m, months) => ({ ...monthOf(months, m[1]!, m[3] !== undefined), day: Number(m[2]), year: year(m[3]), time: m[4] }),
    },
    // 28 tháng 3 năm 2021 (Vietnamese names months by number)
    {
      re: new RegExp(String.raw`(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:(?:,?\s+năm|,)\s+(\d{4}))?`, 'giu'),
      read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: year(m[3]) }),
    },
    // March 2021, марта 2021
    {
      re: new RegExp(String.raw`${name},?\s+(\d{4})(?!\d)`, 'giu'),
      read: (m, months) => ({ ...monthOf(months, m[1]!), year: Number(m[2]) }),
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
    // A straight apostrophe between letters as the curly one month names are written with ("d'abril"
    // as "d’abril"): one character for one, so offsets hold.
    const text = withoutFillers(asciiDigits(original)).replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
    // Characters already read as part of a date (a mask, so that overlap checks stay linear in the line).
    const taken = new Uint8Array(text.length);
    const inLine: (DateMention & { start: number })[] = [];
    for (const p of all) {
      p.re.lastIndex = 0;
      for (const m of execAll(p.re, text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.subarray(start, end).includes(1)) continue;
        let read = p.read(m as RegExpExecArray, month);
        // Another calendar's date is read only when it names the day and the year, so that it converts
        // to one Gregorian day; otherwise it is not a date this reader gives (never a wrong one).
        if (read?.calendar) {
          const day =
            read.year !== undefined && read.month !== undefined && read.day !== undefined
              ? fromCalendar(read.calendar, read.year, read.month, read.day)
              : undefined;
          if (!day) continue;
          read = { ...read, ...day };
        }
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
        if (read.calendar) mention.calendar = read.calendar;
        inLine.push(mention);
      }
    }
    inLine.sort((a, b) => a.start - b.start);
    for (const { start: _start, ...mention } of inLine) found.push(mention);
  }
  return found;
}

/** "persian" → "Persian", as English names the calendar. */
function calendarName(calendar: string): string {
  return new Intl.DisplayNames('en', { type: 'calendar' }).of(calendar) ?? calendar;
}

/** The frontmatter date for a dateline; undefined when the article does not give the year. */
export function toPartialDate(d: DateMention): PartialDate | undefined {
  if (d.year === undefined) return undefined;
  const mm = String(d.month).padStart(2, '0');
  const value = d.precision === 'day' ? `${d.year}-${mm}-${String(d.day).padStart(2, '0')}` : `${d.year}-${mm}`;
  const date: PartialDate = { value, precision: d.precision, basis: 'stated', note: `The page gives "${d.text}".` };
  if (d.ambiguity) date.note = `The page gives "${d.text}"; ${d.ambiguity}.`;
  if (d.calendar) date.note = `The page gives "${d.text}" (${calendarName(d.calendar)}), converted to the Gregorian day.`;
  return date;
}

/** "2021-03-28 20:53 (day)", "--12-20 08:20 (day; no year)": the date as the CLI reports it. */
export function describeDate(d: DateMention): string {
  const md = `${String(d.month).padStart(2, '0')}${d.day === undefined ? '' : `-${String(d.day).padStart(2, '0')}`}`;
  return `${d.year === undefined ? '-' : d.year}-${md}${d.time ? ` ${d.time}` : ''} (${d.precision}${d.year === undefined ? '; the article gives no year' : ''})`;
}
