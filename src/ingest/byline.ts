// Who wrote and published the article, where the page says so: a byline ("By …", "Автор: …",
// "记者 …", "(Reporter …)"), an author bio, the site's own domain, a copyright line.
import { escapeRegExp, UNSPACED } from './text-features.ts';
import { compareText } from '../lib/text/compare-text.ts';
import { languageData, languageKey, LANGUAGES } from './languages.ts';

const BYLINE_CUES = [
  'by',
  'posted by',
  'written by',
  'reporting by',
  'text',
  'von',
  'par',
  'por',
  'oleh',
  'penulis',
  'pewarta',
  'wartawan',
  'reporter',
  'autor',
  'autorka',
  'автор',
  'текст',
  'корреспондент',
  '作者',
  '记者',
  '記者',
  '文',
  '编辑',
  'بقلم',
  'كتب',
  'প্রতিবেদক',
  'লেখক',
  'संवाददाता',
  'लेखक',
];
const REPORTER_CUES = [
  'reporter',
  'journalist',
  'correspondent',
  'wartawan',
  'pewarta',
  'корреспондент',
  'журналист',
  'reportero',
  'periodista',
  'journaliste',
  'korrespondent',
  '记者',
  '記者',
  'প্রতিবেদক',
];
/** The writer's role after a name on a line of its own ("Liisa Korhonen, toimittaja"): more words than in running text, where they name people quoted. */
const WRITER_ROLES = [
  ...REPORTER_CUES,
  'reporterka',
  'journalistin',
  'korrespondentin',
  'redakteur',
  'redakteurin',
  'redaktør',
  'redaktor',
  'redaktorka',
  'toimittaja',
  'újságíró',
  'tudósító',
  'novinář',
  'novinářka',
  'novinár',
  'novinárka',
  'novinar',
  'novinarka',
  'dziennikarz',
  'dziennikarka',
  'ziarist',
  'jurnalist',
  'gazeteci',
  'muhabir',
  'giornalista',
  'corrispondente',
  'jornalista',
  'журналистка',
  'кореспондент',
  'журналіст',
  'журналістка',
  'δημοσιογράφος',
  'muxbir',
  'müxbir',
];

/** "by" → "[Bb]y": cue words match in either case, names must start with a capital. */
const anyCase = (cue: string) =>
  cue.replace(/^\p{L}/u, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toUpperCase()}${c.toLowerCase()}]`));
const cues = (list: string[]) => list.map(anyCase).join('|');

/**
 * Lower-case particles inside a name: "Pieter van Dijk", "Ahmad bin Ismail". Not the Romance "de",
 * "da", "di", which also join a name to a place or an outlet ("Mario Rossi da Milano", "Juan
 * Pérez de El País"), nor "and", which joins two names.
 */
const NAME_PARTICLE = String.raw`(?:van|von|der|den|ter|ten|zu|bin|binti|ibn)`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const NAME = String.raw`(?:${NAME_WORD}(?:\s+(?:${NAME_PARTICLE}\s+){0,2}${NAME_WORD}){0,3}|[\p{Script=Han}]{2,4}(?![\p{Script=Han}]))`;
/**
 * A name in a script without capitals (Arabic, Tamil, Thai …): one to four words of letters. Georgian
 * letters count as such: Unicode files them as lower case, and running text writes no capitals.
 */
const UNCASED_LETTER = String.raw`[\p{Lo}\p{M}\p{Script=Georgian}]`;
// A name may open with one-letter initials, each with its full stop: Tamil "ச. முருகன்".
const UNCASED_NAME = String.raw`(?:${UNCASED_LETTER}{1,2}\.\s*){0,2}${UNCASED_LETTER}{2,}(?:\s+${UNCASED_LETTER}{2,}){0,3}`;
/** A letter of UNCASED_NAME but not Han or kana, whose names NAME reads (two to four characters) and whose text has no spaces. */
const SPACED_UNCASED_LETTER = String.raw`(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])${UNCASED_LETTER})`;
const SPACED_UNCASED_NAME = String.raw`${SPACED_UNCASED_LETTER}{2,}(?:\s+${SPACED_UNCASED_LETTER}{2,}){0,3}`;
// After a colon a name may be in a script without capitals ("लेखक: राहुल शर्मा"); without one, it
// must be capitalised, since the cue may open a sentence.
/** The colon after a cue, in the scripts that write their own: Armenian "՝", Khmer "៖", Ethiopic "፦". */
const COLON = '[:：՝៖፦]';
const BYLINE_LINE = new RegExp(
  String.raw`^(?:${cues(BYLINE_CUES)})(?:\s*(?:${COLON}|/)?\s*(${NAME})|\s*${COLON}\s*(${SPACED_UNCASED_NAME})(?=\s*(?:$|[|·•,،–—-])))`,
  'u',
);
const REPORTER_IN_TEXT = new RegExp(String.raw`(?:[(（]\s*|(?<![\p{L}]))(?:${cues(REPORTER_CUES)})\s*[:：]?\s*(${NAME})`, 'u');
const KOREAN_BYLINE = /([\p{Script=Hangul}]{2,4})\s*기자(?![\p{L}])/u;

function cleanName(name: string | undefined): string | undefined {
  const n = name?.trim().replace(/[.,;:)）]+$/u, '');
  return n && [...n].length >= 2 ? n : undefined;
}

/** A line that is only a byline ("By Jane Doe", "Автор: Иван Петров", "记者 陈梅"): its author. */
export function bylineLineAuthor(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 80) return undefined;
  const byline = BYLINE_LINE.exec(t);
  return cleanName(byline?.[1] ?? byline?.[2]) ?? cleanName(KOREAN_BYLINE.exec(t)?.[1]);
}

/** What may follow a byline's name on its line: nothing, or a separator before the outlet or a date. */
const AFTER_NAME = /^\s*(?:$|[|·•,،–—-]|\s\/\s)/u;
const LANGUAGE_BYLINES = new Map<string, RegExp>();

/**
 * Cues that are prepositions ("by", and also "for", "from", "at", "of"): Romanian "De Crăciun",
 * Albanian "Nga Tirana", Catalan "Per Nadal", Danish "Af Danske Bank" open kickers and captions.
 */
const PREPOSITION_CUES = new Set(['af', 'av', 'de', 'di', 'door', 'na', 'nga', 'ni', 'oleh', 'per', 'theo']);

/**
 * A byline in the article's own language, from languages.ts (`bylineCues`: Polish "Autor:", Turkish
 * "Haber:", Italian "di", Swahili "Na", Persian "خبرنگار:"): only at the start of a short line, and only
 * before a capitalised name (or, in scripts without capitals, after a colon) that ends the line or a
 * separator, so that a sentence opening with "di" or "na" names no one. After a cue that is also a
 * preposition, without a colon, the name has two capitalised words or more ("De Andrei Popescu", not
 * "De Crăciun") and ends the line, a separator, or a comma before a date, and a line above the headline
 * (`kicker`) is no byline.
 */
export function languageBylineAuthor(text: string, lang: string, kicker = false): string | undefined {
  const primary = languageKey(lang);
  const list = languageData(primary).bylineCues;
  const after = bylineCueAfter(text, primary);
  if (after || !list?.length) return after;
  let re = LANGUAGE_BYLINES.get(primary);
  if (!re) {
    const cue = list
      .map((c) => escapeRegExp(c).replace(/ /g, '\\s+'))
      .map(anyCase)
      .join('|');
    // After a colon or a dash ("ရေးသားသူ - …"), a name in a script without capitals is read too.
    re = new RegExp(String.raw`^(?:${cue})(?:(?:\s*${COLON}|\s+[-–—])\s*(${NAME}|${UNCASED_NAME})|\s+(${NAME}))`, 'u');
    LANGUAGE_BYLINES.set(primary, re);
  }
  const t = text.trim();
  if (t.length > 80 || /[.!?。]$/u.test(t)) return undefined;
  const m = re.exec(t);
  if (!m || !AFTER_NAME.test(t.slice(m[0].length))) return undefined;
  if (m[2] !== undefined && PREPOSITION_CUES.has(/^\S+/u.exec(t)![0].toLocaleLowerCase('und'))) {
    if (kicker || (m[2].match(/(?<![\p{L}\p{M}])\p{Lu}/gu)?.length ?? 0) < 2) return undefined;
    // A comma only before a date: "Per Sant Joan, a Lleida" goes on as a phrase.
    if (!/^\s*(?:$|[|·•–—-]|\s\/\s|,\s*\p{Nd})/u.test(t.slice(m[0].length))) return undefined;
  }
  return cleanName(m[1] ?? m[2]);
}

const LANGUAGE_BYLINES_AFTER = new Map<string, RegExp | undefined>();

/** A short line that is a name and a cue written after it (languages.ts bylineCuesAfter): "Jón Jónsson skrifar". */
function bylineCueAfter(text: string, primary: string): string | undefined {
  if (!LANGUAGE_BYLINES_AFTER.has(primary)) {
    const list = languageData(primary).bylineCuesAfter;
    LANGUAGE_BYLINES_AFTER.set(
      primary,
      list?.length
        ? new RegExp(String.raw`^(${NAME}|${UNCASED_NAME})\s+(?:${list.map((c) => escapeRegExp(c).replace(/ /g, '\\s+')).join('|')})$`, 'u')
        : undefined,
    );
  }
  const re = LANGUAGE_BYLINES_AFTER.get(primary);
  const t = text.trim();
  return re && t.length <= 80 ? cleanName(re.exec(t)?.[1]) : undefined;
}

// The role may take a few lower-case words after it: "Jana Nováková, redaktorka domácí rubriky".
const NAME_WITH_ROLE = new RegExp(String.raw`^(${NAME})\s*[,–—-]\s*(?:${cues(WRITER_ROLES)})(?:\s+\p{Ll}[\p{L}\p{M}]*){0,3}\.?$`, 'u');

/** A short line that is a name and the writer's role: "Liisa Korhonen, toimittaja", "Mette Holm – journalist". */
export function nameWithRole(text: string): string | undefined {
  const t = text.trim();
  return t.length > 80 ? undefined : cleanName(NAME_WITH_ROLE.exec(t)?.[1]);
}

/** Lower-case letters without accents: "Nguyễn" → "nguyen". */
const bare = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/đ/g, 'd');

/**
 * A head line that is a capitalised name and the site's domain, "Jane Doe - example.com": the name is
 * the author unless one of its words spells part of the domain ("Example News - examplenews.com" names
 * the outlet twice).
 */
const NAME_BESIDE_DOMAIN = new RegExp(String.raw`^(${NAME})\s+[-–—|·]\s+(\S+)$`, 'u');

export function nameBesideDomain(text: string): string | undefined {
  const m = NAME_BESIDE_DOMAIN.exec(text.trim());
  if (!m) return undefined;
  const [domain] = domainsIn(m[2]!);
  const name = cleanName(m[1]);
  if (!domain || domain !== m[2]!.toLowerCase() || !name || name.split(/\s+/).length < 2) return undefined;
  const letters = bare(domain).replace(/[^a-z]/g, '');
  return bare(name)
    .split(/[\s'’.-]+/)
    .some((w) => w.length >= 3 && letters.includes(w))
    ? undefined
    : name;
}

/** A reporter named inside running text: "(Reporter Chen Mei)", "记者陈梅", "홍길동 기자". */
export function reporterInText(text: string): string | undefined {
  return cleanName(REPORTER_IN_TEXT.exec(text)?.[1]) ?? cleanName(KOREAN_BYLINE.exec(text)?.[1]);
}

/** Sites that carry articles but are not their outlet (sharing, app stores, aggregators). */
const PLATFORMS =
  /(^|\.)(google|whatsapp|facebook|twitter|x|t|telegram|instagram|youtube|youtu|linkedin|tiktok|weibo|wechat|qq|apple|play|bit|goo|reddit|vk|ok|line|naver|kakao|medium|wordpress|blogspot)\.[a-z.]+$/i;
const DOMAIN =
  /(?<![\p{L}\d@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|info|news|media|co|io|ai|tv|biz|asia|africa|cat|eus|gal|online|site|press|[a-z]{2})(?:\.[a-z]{2})?)(?![\p{L}\d-])/giu;

/** Domain names written in the text ("tosutekno.com", "cls.cn"), platforms excluded. */
export function domainsIn(text: string): string[] {
  return (
    [...text.matchAll(DOMAIN)]
      // A token right after a number is its unit, never a site ("400 m.kr.", "6 ma.kr."), unless the
      // number is a year: "© 2025 example.az".
      .filter((m) => {
        const figure = /[\p{Nd}.,]*\p{Nd}(?=[\s\u00A0]?$)/u.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[0];
        return figure === undefined || /^(?:19|20)\d\d$/.test(figure);
      })
      .map((m) => m[1]!.toLowerCase())
      .filter((d) => !PLATFORMS.test(d) && /[a-z]/.test(d.split('.')[0]!))
  );
}

/** "All rights reserved" and the like, in every language of languages.ts (lower case): a copyright line, also without "©". */
export const RIGHTS_RESERVED = [...new Set(Object.values(LANGUAGES).flatMap((d) => d.rightsReserved ?? []))];
const COPYRIGHT_WORDS = [...new Set(Object.values(LANGUAGES).flatMap((d) => d.copyrightWords ?? []))];

const phrase = (words: readonly string[]) =>
  words
    .map((w) => {
      const source = escapeRegExp(w).replace(/ /g, '\\s+');
      // Scripts without spaces glue words: no word ends there.
      return UNSPACED.test(w) ? source : `(?<![\\p{L}\\p{M}])${source}(?![\\p{L}\\p{M}])`;
    })
    .join('|');
/**
 * The copyright sign and its lookalikes: ©, the circled ⓒ and Ⓒ that Korean and Japanese pages
 * write, ℗, the copyleft 🄯, and "(c)" before a year or at the start of a line.
 */
const COPYRIGHT_SIGN = String.raw`[©ⓒⒸ℗🄯]|(?:^|(?<=\s))\(c\)(?=\s*\p{Nd})|^\s*\(c\)(?=\s)`;
/** A year, a sign or "(c)" right after a copyright word: "Copyright 2024", "حقوق النشر ٢٠٢٤", "저작권자 ©". */
const AFTER_WORD = String.raw`(?=\s*(?:[©ⓒⒸ]|\(c\)|\p{Nd}{4}(?!\p{Nd})))`;
const COPYRIGHT_NOTICE = new RegExp(`${COPYRIGHT_SIGN}|${phrase(RIGHTS_RESERVED)}|(?:${phrase(COPYRIGHT_WORDS)})${AFTER_WORD}`, 'iu');
/** A copyright word opening a short line: "Copyright Example Media". */
const COPYRIGHT_OPENING = new RegExp(`^\\s*(?:${phrase(COPYRIGHT_WORDS)})`, 'iu');

/**
 * A copyright notice: a copyright sign or a lookalike, a rights-reserved phrase of any language, or
 * a language's copyright word before a year or a sign, or opening a line of a dozen words or fewer
 * that is not a sentence.
 */
export function isCopyrightNotice(text: string): boolean {
  if (COPYRIGHT_NOTICE.test(text)) return true;
  return COPYRIGHT_OPENING.test(text) && text.split(/\s+/).length <= 12 && !/[.!?。]\s*$/u.test(text);
}

/** Lines an outlet is never read from: copyright notices, and lines that merely mention copyright or rights. */
const MENTIONS_RIGHTS = /\bcopyright\b|todos los derechos|все права|усі права|всі права|सर्वाधिकार|με επιφύλαξη/iu;
const NOT_OUTLET_CATEGORIES = new Set(['legal', 'navigation', 'list']);

export interface OutletLine {
  text: string;
  /** Why the boilerplate classifier removed the line, if it did. */
  removal?: { category: string };
}

/**
 * Whether a line may name the outlet: not a copyright, legal or navigation line. A line that is one
 * domain and nothing else ("addisbiz.com.et" under the dateline) is the site's name even where the
 * classifier took the short line for navigation.
 */
export function mayNameOutlet(l: OutletLine): boolean {
  if (isCopyrightNotice(l.text) || MENTIONS_RIGHTS.test(l.text)) return false;
  if (!(l.removal && NOT_OUTLET_CATEGORIES.has(l.removal.category))) return true;
  return l.removal.category === 'navigation' && (isLoneDomain(l.text) || namesOneDomain(l.text));
}

/**
 * A short line that names one site beside other text ("Valor Diário - valordiario.com.br", "By Jane
 * Doe | example.co.ke"): exactly one domain, not a platform's, in a line of two items at most, not a
 * row of links ("Home | example.com | News").
 */
function namesOneDomain(text: string): boolean {
  if (domainsIn(text).length !== 1 || [...text.matchAll(DOMAIN)].length !== 1 || text.length > 120) return false;
  const items = text.split(/\s+[|·•/–—-]\s+|\s{3,}/u).filter((x) => x.trim());
  return items.length <= 2;
}

/** The line is a single domain (not a platform's), perhaps with punctuation around it. */
function isLoneDomain(text: string): boolean {
  const t = text.trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
  const [d] = domainsIn(t);
  return d !== undefined && d === t.toLowerCase();
}

/**
 * The outlet: a domain or a "source:" label in the dateline line, else the domain the page names most
 * often (in its promotions or bio). Never a copyright, legal or navigation line ("© 2017 Alle Rechte
 * vorbehalten" names no outlet); undefined when no other line names one.
 */
const SOURCE_LABEL =
  /(?:^|\s)(?:来源|來源|出处|source|sumber|источник|джерело|quelle|fuente|fonte|kaynak|nguồn|출처|出典|المصدر|منبع|ذریعہ|সূত্র|स्रोत|மூலம்|πηγή|מקור|ที่มา|źródło|zdroj|sursa|bron|källa|kilde|lähde|forrás|chanzo|pinagmulan)\s*[:：]\s*([^\s|·,，;；]{2,30}(?:\s[^\s|·,，;；]{1,30}){0,3})/iu;

export function findOutlet(
  datelineText: string | undefined,
  allLines: readonly OutletLine[],
  head: readonly OutletLine[] = [],
): string | undefined {
  const inDateline = datelineText ? domainsIn(datelineText) : [];
  if (inDateline.length) return inDateline[0];
  // "来源：财经日报", "Source: Example News" beside the date, or on another line above the article
  // ("Code: 845 | منبع: example.ir").
  for (const text of [
    datelineText,
    ...head.filter((l) => !isCopyrightNotice(l.text) && !MENTIONS_RIGHTS.test(l.text)).map((l) => l.text),
  ]) {
    const labelled = text ? SOURCE_LABEL.exec(text)?.[1]?.trim() : undefined;
    if (labelled) return domainsIn(labelled)[0] ?? labelled;
  }
  const counts = new Map<string, number>();
  for (const l of allLines) {
    if (!mayNameOutlet(l)) continue;
    for (const d of domainsIn(l.text)) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  return ranked[0]?.[0];
}

/** Mail services whose domain in a contact address names no outlet. */
const MAIL_SERVICES = /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|proton|protonmail|mail|gmx|yandex|qq|163|126|naver|daum)\./i;
const EMAIL_DOMAIN = /[\p{L}\d._%+-]+@([a-z0-9.-]+\.[a-z]{2,})(?![\p{L}\d-])/giu;

/**
 * The one domain the page's copyright and footer lines name, for a page whose other lines name none:
 * "© 2025 example.az. All rights reserved", "example.cz | Contacts | Advertising", an imprint line
 * "Editor: Jane Doe · example.se" or its contact address "newsroom@example.is". A domain standing
 * alone as an item of a footer row counts; a row naming two or more domains names none.
 */
export function footerOutlet(allLines: readonly OutletLine[]): string | undefined {
  const found = new Set<string>();
  for (const l of allLines) {
    if (mayNameOutlet(l)) continue;
    const copyright = isCopyrightNotice(l.text) || MENTIONS_RIGHTS.test(l.text) || l.removal?.category === 'legal';
    const items = l.text.split(/\s+[|·•–—]\s+|\s{3,}/u).map((x) => x.trim().replace(/[.,;:]+$/u, ''));
    for (const item of items) {
      const mail = [...item.matchAll(EMAIL_DOMAIN)].map((m) => m[1]!.toLowerCase()).filter((d) => !MAIL_SERVICES.test(d));
      const domains = [...domainsIn(item), ...mail];
      // In a row of links only an item that is the domain alone (or an address) names the site.
      if (copyright || isLoneDomain(item) || mail.length) for (const d of domains) found.add(d.replace(/^www\./, ''));
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
