// Language-independent measures of a line that the classifiers share.

// Named, not the builder's default: the same article gives the same measures on every machine.
const words = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Words of text in spaced scripts, as Intl's segmenter finds them (letters, marks and digits, joined
 * by an apostrophe, a point or a colon inside a word, a comma inside a number). A regex is some
 * forty times faster than a segmenter call on short lines, and lines are many.
 */
const SPACED_WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:['’.·"״]|(?<=\p{L}):(?=\p{L})|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;

/**
 * Lines are only ever compared with small word counts (4, 15, 30, 40), so counting stops here: a
 * megabyte on one line costs no more than a paragraph.
 */
export const MAX_WORDS_COUNTED = 1000;

/** The first MAX_WORDS_COUNTED words, lower-cased when asked. */
function firstWords(text: string): string[] {
  const out: string[] = [];
  if (!UNSPACED.test(text)) {
    SPACED_WORD.lastIndex = 0;
    for (let m = SPACED_WORD.exec(text); m && out.length < MAX_WORDS_COUNTED; m = SPACED_WORD.exec(text)) out.push(m[0]);
    return out;
  }
  for (const s of words.segment(text)) {
    if (!s.isWordLike) continue;
    out.push(s.segment);
    if (out.length >= MAX_WORDS_COUNTED) break;
  }
  return out;
}

/** Number of words, up to MAX_WORDS_COUNTED; Intl's segmenter splits Chinese, Japanese and Thai by dictionary, so counts are comparable. */
export function wordCount(text: string): number {
  return firstWords(text).length;
}

/** The first MAX_WORDS_COUNTED words of a line, lower-cased, for overlap measures. */
export function wordList(text: string): string[] {
  return firstWords(text.toLowerCase());
}

/**
 * Ends like a sentence: a sentence terminator of any script in Unicode's data (. ! ? 。 ؟ ۔ । ። ။ …)
 * or an ellipsis, before closing quotes or brackets.
 */
export function endsSentence(text: string): boolean {
  return /[\p{Sentence_Terminal}…]["'”’»)\]）」』]*$/u.test(text.trim());
}

/**
 * Scripts whose languages end a sentence with a space, not a mark (Thai, Lao, Khmer): a paragraph
 * there never ends with a full stop.
 */
const NO_SENTENCE_MARK = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/gu;

/**
 * A paragraph of running text rather than a title, a label or a link: a sentence of four words or
 * more, or thirty words without a closing mark. In scripts that end sentences with a space (Thai),
 * no line closes with a mark, so a line mostly in that script is prose from twenty words (by
 * Intl.Segmenter, a dictionary word each) when it has at least two space-separated clauses.
 */
export function isProse(text: string, words = wordCount(text)): boolean {
  const n = words;
  if ((endsSentence(text) && n >= 4) || n >= 30) return true;
  return n >= 20 && isUnmarkedClauses(text);
}

/**
 * Mostly in a script that ends sentences with a space (Thai, Lao, Khmer), with two clauses or more
 * between spaces: the shape of a paragraph there, which no closing mark confirms.
 */
export function isUnmarkedClauses(text: string): boolean {
  const marked = text.match(NO_SENTENCE_MARK)?.length ?? 0;
  return marked > 0 && marked * 2 >= text.replace(/[\s\p{P}\p{S}\p{N}]/gu, '').length && /\S\s+\S/u.test(text.trim());
}

/** Separators of a row of links: bars, bullets, arrows, and gaps of two spaces or more (or a tab). */
const ROW_SEPARATOR = /\s*[|·•›»]\s*|\s+[>/]\s+|\s{2,}|\t/u;

/**
 * A row of two or more short items between separators, not a sentence: a menu or account links
 * ("Log in | Sign up", "התחברות   הרשמה לניוזלטר"), never a headline.
 */
export function isLinkRow(text: string): boolean {
  const t = text.trim();
  if (endsSentence(t) || !ROW_SEPARATOR.test(t)) return false;
  const items = t
    .split(EVERY_ROW_SEPARATOR)
    .map((x) => x.trim())
    .filter(Boolean);
  return items.length >= 2 && items.every(isRowItem);
}
const EVERY_ROW_SEPARATOR = new RegExp(ROW_SEPARATOR.source, 'gu');

/** An item of a menu, breadcrumb or link row: four words at most, and no number of three digits (a date, a figure). */
export function isRowItem(item: string): boolean {
  return wordCount(item) <= 4 && !/\p{N}{3}/u.test(item);
}

/**
 * The scripts whose words may be followed by a letter at once: those without spaces, and Korean,
 * which glues its particles to a word. A regular-expression class body.
 */
export const GLUES_ON = String.raw`\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;

/** Scripts whose words are not separated by spaces. */
export const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Arabic',
  'Hebrew',
  'Bengali',
  'Devanagari',
  'Thai',
  'Tamil',
  'Telugu',
  'Georgian',
  'Armenian',
  'Ethiopic',
].map((script) => ({ script, re: new RegExp(`\\p{Script=${script}}`, 'gu') }));

/** The main script of a text's letters, e.g. "Latin", "Han", "Bengali". */
export function dominantScript(text: string): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const { script, re } of SCRIPTS) {
    const n = text.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = script;
      bestCount = n;
    }
  }
  // Kana and Han together are Japanese; count them as one script family.
  return best === 'Hiragana' || best === 'Katakana' ? 'Han' : best;
}

/**
 * Every match of a global regex, like String.prototype.matchAll but on the regex itself: matchAll
 * copies the regex for each call, and copying the large month and currency patterns cost more than
 * the matching.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}

/** `s` as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
