// Cookie-consent banners: the language's word for a web cookie and the banner's phrases
// (languages.ts consentCues), and the buttons a banner ends with (consentButtons). Intl has no such
// vocabulary. Every language's words are read in every article: the banner is in the site's
// language, which may not be the article's.
import { LANGUAGES } from './languages.ts';
import { UNSPACED } from './text-features.ts';

/** A cue's letters must not continue a word of the same script; in scripts without spaces it may stand inside a word. */
function bounded(source: string): string {
  if (UNSPACED.test(source)) return `(?:${source})`;
  const first = /\p{L}/u.exec(source)?.[0] ?? 'a';
  const script = ['Latin', 'Cyrillic', 'Arabic', 'Devanagari', 'Bengali', 'Tamil', 'Greek', 'Hebrew', 'Hangul'].find((s) =>
    new RegExp(`\\p{Script=${s}}`, 'u').test(first),
  );
  const letter = script ? `[\\p{Script=${script}}\\p{M}]` : '[\\p{L}\\p{M}]';
  // Korean glues its particles to the word ("쿠키를"): only the start is a word boundary there.
  return `(?<!${letter})(?:${source})${script === 'Hangul' ? '' : `(?!${letter})`}`;
}

const all = (pick: (d: (typeof LANGUAGES)[string]) => string[] | undefined) => [
  ...new Set(Object.values(LANGUAGES).flatMap((d) => pick(d) ?? [])),
];

// One group per cue, so that a match says which cue it is.
const CONSENT = new RegExp(
  all((d) => d.consentCues)
    .map((cue) => `(${bounded(cue)})`)
    .join('|'),
  'giu',
);
const BUTTON_WORDS = all((d) => d.consentButtons).sort((a, b) => b.length - a.length);
/** One button at the end of the line, after a space, a sentence end or a bracket. */
const LAST_BUTTON = new RegExp(`(?:^|[\\s\\p{P}])(?:${BUTTON_WORDS.map(bounded).join('|')})[\\s\\p{P}]*$`, 'iu');

/**
 * Cues that are also the language's word for a biscuit or a cake (Hungarian "süti", Greek "μπισκότα",
 * Bulgarian "бисквитки", Hebrew "עוגיות", Catalan "galetes", Croatian and Serbian "kolačići", Estonian
 * "küpsised"): a bakery's news uses them as often as a banner.
 */
const FOOD_WORD = /^(?:süti|μπισκότ|бисквитк|עוגיות|galet|kolačić|колачић|колачињ|küpsis|ciasteczk|piškot|vidakuzi|kidakuzi|թխուկ)/iu;
/**
 * Words of the web next to which a food word is a web cookie: site, page, browsing, data, settings,
 * use (a site "uses" them), in the languages with such a food word.
 */
const WEB_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[
    'web\\p{L}*',
    'site\\p{L}*',
    'brows\\p{L}*',
    'data',
    'settings',
    'use[sd]?',
    'oldal\\p{L}*',
    'honlap\\p{L}*',
    'böngész\\p{L}*',
    'adat\\p{L}*',
    'beállítás\\p{L}*',
    'használ\\p{L}*',
    'ιστ[οό]τοπ\\p{L}*',
    'ιστοσελίδ\\p{L}*',
    'περιήγ\\p{L}*',
    'δεδομέν\\p{L}*',
    'ρυθμίσ\\p{L}*',
    'χρησιμοποι\\p{L}*',
    'сайт\\p{L}*',
    'сајт\\p{L}*',
    'уебсайт\\p{L}*',
    'данни',
    'настройки',
    'използва\\p{L}*',
    'податоци',
    'користи\\p{L}*',
    'страниц\\p{L}*',
    'подат\\p{L}*',
    'אתר\\p{L}*',
    'באתר',
    'גלישה',
    'נתונים',
    'הגדרות',
    'משתמש\\p{L}*',
    'lloc',
    'navega\\p{L}*',
    'dades',
    'configuració',
    'utilitz\\p{L}*',
    'stranic\\p{L}*',
    'sajt\\p{L}*',
    'pregledavanj\\p{L}*',
    'podat\\p{L}*',
    'postavk\\p{L}*',
    'koristi\\p{L}*',
    'veeb\\p{L}*',
    'lehe\\p{L}*',
    'sirvi\\p{L}*',
    'andme\\p{L}*',
    'seade\\p{L}*',
    'kasuta\\p{L}*',
    'stron\\p{L}*',
    'witryn\\p{L}*',
    'danych',
    'ustawie\\p{L}*',
    'używa\\p{L}*',
    'spletn\\p{L}*',
    'brskan\\p{L}*',
    'podatk\\p{L}*',
    'nastavit\\p{L}*',
    'uporablja\\p{L}*',
    'tovuti',
    'kutumia',
    'mipangilio',
    'կայք\\p{L}*',
    'օգտագործ\\p{L}*',
    'տվյալ\\p{L}*',
  ].join('|')})(?![\\p{L}\\p{M}])`,
  'iu',
);

/**
 * How many different consent cues the line holds ("cookies", "by continuing to browse"): different
 * cues, not different words one cue matches ("kolačiće", "kolačića" are one, and may be biscuits). A
 * food word counts only next to a word of the web or before buttons after a sentence's end, so
 * that "galetes i cookies" in a bakery's news is one cue, not two that translate each other.
 */
export function consentCues(text: string): number {
  const matches = [...text.matchAll(CONSENT)];
  const web = () => WEB_WORD.test(text) || consentButtonsAtEnd(text, true) > 0;
  const food = matches.some((m) => FOOD_WORD.test(m[0]));
  const counted = food && !web() ? matches.filter((m) => !FOOD_WORD.test(m[0])) : matches;
  return new Set(counted.map((m) => m.findIndex((group, i) => i > 0 && group !== undefined))).size;
}

/**
 * The line ends in consent buttons ("… cookies. Accept   Reject", "…ご覧ください。同意する") after
 * some other text: how many buttons, 0 when none. `afterBreak` asks that the buttons follow a
 * sentence end or a wide gap, not a plain space, so that a title ending in "accept" is no banner.
 */
export function consentButtonsAtEnd(text: string, afterBreak = false): number {
  const full = text.trim();
  let rest = full;
  let n = 0;
  for (let m = LAST_BUTTON.exec(rest); m && m.index > 0; m = LAST_BUTTON.exec(rest)) {
    // Keep the mark before the button ("。同意する"): it tells whether a sentence ended there.
    rest = rest.slice(0, m.index + (/^\p{P}/u.test(m[0]) ? 1 : 0)).trimEnd();
    n++;
  }
  if (!n || !rest) return 0;
  if (afterBreak && !/\p{Sentence_Terminal}["'”’»)\]）」』]*$/u.test(rest) && !/^\s{2,}/u.test(full.slice(rest.length))) return 0;
  return n;
}

/**
 * A cookie-consent banner: a consent cue and buttons at the end, or two different cues in a line
 * of fifty words or fewer ("We use cookies … by continuing to browse you agree …").
 */
export function isConsentBanner(text: string, words: number): boolean {
  const cues = consentCues(text);
  if (!cues) return false;
  return consentButtonsAtEnd(text) > 0 || (cues >= 2 && words <= 50) || buttonRowAtEnd(text);
}

/**
 * A row of two or more short items, each set off by three or more spaces, after a sentence's end:
 * the buttons of a banner ("… cookies.   Accept   Learn more"), whether or not their words are
 * listed (a "more information" link rarely is). Each item is three words and 30 characters at most,
 * with no sentence end of its own.
 */
function buttonRowAtEnd(text: string): boolean {
  const parts = text.trim().split(/[\s\u00A0]{3,}/u);
  if (parts.length < 3) return false;
  const sentence = parts[0]!;
  const items = parts.slice(1);
  return (
    /\p{Sentence_Terminal}["'”’»)\]）」』]*$/u.test(sentence) &&
    items.every((item) => item.length <= 30 && item.split(/\s+/u).length <= 3 && !/\p{Sentence_Terminal}/u.test(item))
  );
}
