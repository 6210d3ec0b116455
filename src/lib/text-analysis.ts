import { SCRIPT_RULES, type ScriptRules } from './search-languages.ts';

/**
 * Applies the per-script rules of src/lib/search-languages.ts to words, the same in
 * Node (index time) and in the browser (query time, on /search/ and in the header
 * box). Nothing here names a language: every rule comes from the table.
 */

interface CompiledRules extends ScriptRules {
  test: RegExp;
  folds: [RegExp, string][];
  minLetters: number;
}

const COMPILED: CompiledRules[] = SCRIPT_RULES.map((r) => ({
  ...r,
  test: new RegExp(`^\\p{Script=${r.script}}`, 'u'),
  folds: (r.fold ?? []).map(([p, to]) => [new RegExp(p, 'gu'), to]),
  minLetters: r.minStem ?? 3,
}));

/** The primary subtag of a BCP 47 tag ("zh-Hant" → "zh"). */
const primary = (lang: string | undefined) => lang?.split('-')[0]!.toLowerCase();

/**
 * The rules for a word: the entry of its script that lists `lang`, or else the
 * script's first entry. Undefined for scripts the table does not list and for
 * words starting with a digit or a mark.
 */
export function rulesFor(word: string, lang?: string): CompiledRules | undefined {
  const ch = String.fromCodePoint(word.codePointAt(0) ?? 32);
  const key = `${ch}\u0000${primary(lang) ?? ''}`;
  // Every word of a page asks: the answer depends only on its first character and the tag.
  if (RULES_CACHE.has(key)) return RULES_CACHE.get(key);
  const tag = primary(lang);
  let found: CompiledRules | undefined;
  for (const r of COMPILED) {
    if (!r.test.test(ch)) continue;
    if (tag && r.langs.includes(tag)) {
      found = r;
      break;
    }
    found ??= r;
  }
  if (RULES_CACHE.size > 20_000) RULES_CACHE.clear();
  RULES_CACHE.set(key, found);
  return found;
}
const RULES_CACHE = new Map<string, CompiledRules | undefined>();

// ---- Segmentation -------------------------------------------------------------

/**
 * Han, kana and the prolonged sound mark ー (and its half-width form) are one run:
 * Japanese mixes them in one word (データセンター), and ー belongs to no script of its own.
 */
const CJK_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3005\\u3006\\u30FC\\uFF70';
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SEGMENTED = COMPILED.filter((r) => r.segment && !['Han', 'Hiragana', 'Katakana'].includes(r.script));
/** Every run of a script written without spaces. */
const UNSPACED_RUN = new RegExp(`[${CJK_CHARS}]+|${SEGMENTED.map((r) => `\\p{Script=${r.script}}+`).join('|')}`, 'gu');
/** A character of a script written without spaces (for removing the spaces segmentation put in). */
export const UNSPACED_CHAR = `${CJK_CHARS}${SEGMENTED.map((r) => `\\p{Script=${r.script}}`).join('')}`;
export const CJK_CHAR = CJK_CHARS;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  return s;
}

/** The locale a run is cut with: kana make a run Japanese; otherwise its script's entry says. */
function runLocale(run: string): string {
  if (KANA.test(run)) return 'ja';
  return rulesFor(run)?.segment ?? 'zh';
}

/** The words of one unspaced run ("รถยนต์ไฟฟ้า" → ["รถยนต์", "ไฟฟ้า"]). */
export function segmentRun(run: string): string[] {
  if ([...run].length < 2) return [run];
  return [...segmenter(runLocale(run)).segment(run)].map((s) => s.segment).filter((w) => w.trim());
}

/** Splits every run of an unspaced script into words with spaces between them. */
export function segmentText(text: string): string {
  return text.replace(UNSPACED_RUN, (run) => ` ${segmentRun(run).join(' ')} `).replace(/ {2,}/g, ' ');
}

// ---- Folding, clitics -----------------------------------------------------------

/** Applies the fold rules of the word's own entry. */
export function foldWord(word: string, rules = rulesFor(word)): string {
  if (!rules?.folds.length) return word;
  let out = word;
  for (const [re, to] of rules.folds) out = out.replace(re, to);
  return out;
}

/** Applies every entry's fold rules to a text of any scripts (each rule only touches its own script's letters). */
const ANY_FOLD = new RegExp(COMPILED.flatMap((r) => (r.fold ?? []).map(([p]) => p)).join('|'), 'u');
export function foldScripts(text: string): string {
  if (!ANY_FOLD.test(text)) return text;
  let out = text;
  for (const r of COMPILED) for (const [re, to] of r.folds) out = out.replace(re, to);
  return out;
}

const length = (s: string) => [...s].length;

/** The word without the longest clitic its entry lists in front, if enough of it remains. */
export function stripPrefix(word: string, rules = rulesFor(word)): string {
  for (const p of rules?.prefixes ?? []) {
    if (word.startsWith(p) && length(word) - length(p) >= rules!.minLetters) return word.slice(p.length);
  }
  return word;
}

/** The word without the longest particle or ending its entry lists at the end, if enough of it remains. */
export function stripSuffix(word: string, rules = rulesFor(word)): string {
  for (const s of rules?.suffixes ?? []) {
    if (word.endsWith(s) && length(word) - length(s) >= rules!.minLetters) return word.slice(0, -s.length);
  }
  return word;
}

// ---- Digits -----------------------------------------------------------------------

const DIGIT = /\p{Nd}/u;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;

/** Digits of any script as ASCII digits ("৩৪৮" and "٣٤٨" → "348"). Unicode lays each script's digits out 0–9 in order. */
export function asciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGIT, (d) => {
    const cp = d.codePointAt(0)!;
    let zero = cp;
    while (cp - zero < 9 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    return String(cp - zero);
  });
}

/** A number as written, with its inner points and commas ("22.50", "1,250"). */
export const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;

// ---- Reversible ASCII spelling -----------------------------------------------------

const ENCODED = COMPILED.filter((r) => r.encode && r.block !== undefined);
const ZWNJ = 0xfe;
const ZWJ = 0xff;
const letter = (n: number) => String.fromCharCode(97 + n);

/**
 * "कम" → "dvq" + two letters a–p per character (its offset in the script's block) + "q".
 * Only lowercase letters: Pagefind splits words where letters meet digits, and leaves
 * such a word whole. A query word leaves out the final "q", so a partly typed word is
 * a prefix of the indexed one.
 */
export function encodeWord(word: string, rules: CompiledRules, forQuery = false): string {
  let out = rules.encode!;
  for (const ch of word) {
    const cp = ch.codePointAt(0)!;
    const code = cp === 0x200c ? ZWNJ : cp === 0x200d ? ZWJ : cp - rules.block!;
    if (code < 0 || code > 0xfd) return word; // a character outside the block: leave the word as written
    out += letter(code >> 4) + letter(code & 15);
  }
  return forQuery ? out : `${out}q`;
}

const DECODE = ENCODED.length ? new RegExp(`(${ENCODED.map((r) => r.encode).join('|')})((?:[a-p][a-p])+)q?`, 'g') : undefined;
const BLOCK_OF = new Map(ENCODED.map((r) => [r.encode!, r.block!]));

/** The inverse of encodeWord, for text coming back from the index. */
export function decodeWords(text: string): string {
  if (!DECODE) return text;
  return text.replace(DECODE, (_m, code: string, pairs: string) => {
    const block = BLOCK_OF.get(code)!;
    let out = '';
    for (let i = 0; i < pairs.length; i += 2) {
      const n = (pairs.charCodeAt(i) - 97) * 16 + (pairs.charCodeAt(i + 1) - 97);
      out += n === ZWNJ ? '\u200C' : n === ZWJ ? '\u200D' : String.fromCodePoint(block + n);
    }
    return out;
  });
}

// ---- Words ------------------------------------------------------------------------

/** A word: letters, marks, digits and the joiners Indic scripts use. */
export const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;

export interface Analysed {
  /** The text as the index should hold it (segmented; encoded where the table says). */
  text: string;
  /** Further words to index for it: folded and clitic-free forms, numbers in ASCII digits. */
  forms: string[];
}

/**
 * Index-time analysis of text in language `lang` (the nearest lang attribute, if any).
 * The text keeps every word as written, so excerpts read as written; what a reader may
 * type instead goes to `forms`, which the index holds out of sight.
 */
export function analyseForIndex(text: string, lang?: string): Analysed {
  const forms = new Set<string>();
  // A price's number on its own: "HK$22.50" is found by "22.50" and by "HK 22.50".
  for (const m of text.matchAll(/\p{Sc}\s?(\p{Nd}+(?:[.,]\p{Nd}+)*)/gu)) forms.add(asciiDigits(m[1]!));
  const out = segmentText(text).replace(WORD, (word) => {
    if (DIGIT.test(word)) {
      const ascii = asciiDigits(word);
      if (ascii !== word) forms.add(ascii);
    }
    const rules = rulesFor(word, lang);
    if (!rules) return word;
    // Forms are folded the same way whichever entry of the script tagged the text,
    // and by the script's first entry too, which is how queries are analysed.
    const first = rulesFor(word);
    for (const r of first && first !== rules ? [rules, first] : [rules]) {
      const folded = foldWord(word.toLowerCase(), r);
      const bare = stripPrefix(folded, r);
      for (const form of [folded, bare]) {
        if (form !== word.toLowerCase()) forms.add(r.encode ? encodeWord(form, r) : form);
      }
    }
    return rules.encode ? encodeWord(word, rules) : word;
  });
  return { text: out, forms: [...forms] };
}

/**
 * Query-time analysis of one word (already segmented): folded, its clitics and particles
 * taken off, cut to its stem by `stem` when the entry names a stemmer, and encoded as
 * a prefix where the table says.
 */
export function analyseQueryWord(word: string, stem?: (name: string, word: string) => string): string {
  const rules = rulesFor(word);
  if (!rules) return word;
  let w = foldWord(word, rules);
  if (w !== word || rules.prefixes || rules.suffixes || rules.stemmer) w = w.toLowerCase();
  w = stripSuffix(stripPrefix(w, rules), rules);
  if (rules.stemmer && stem) w = stem(rules.stemmer, w);
  return rules.encode ? encodeWord(w, rules, true) : w;
}

/** Query-time analysis of a whole query: digits in ASCII, currency signs apart from numbers, runs segmented, each word analysed. */
export function analyseQueryText(query: string, stem?: (name: string, word: string) => string): string {
  const text = segmentText(asciiDigits(query.normalize('NFC')).replace(/\p{Sc}(?=\s?\p{Nd})/gu, ' '));
  return text.replace(WORD, (word) => analyseQueryWord(word, stem)).replace(/\s+/g, ' ').trim();
}
