import { entryFor, foldWord, respellWord, rulesFor, stemmerOf, stripPrefix, stripSuffix, type ScriptRules } from './script-rules.ts';
import { alternateForms, cliticFreeForms, compoundTails, spellingVariants } from './word-forms.ts';
import { SCRIPT_RULES, type ScriptEntry } from './languages.ts';
import { CJK_CHAR, KANA, segmentRun, segmentText, UNSPACED_CHAR, UNSPACED_RUN } from './segmentation.ts';

/**
 * Analysis of whole texts by the rules of src/lib/search/languages.ts, the same in Node
 * (index time) and in the browser (query time, on /search/): segmentation
 * (src/lib/search/segmentation.ts), folding and clitics (src/lib/search/script-rules.ts), digits of any
 * script, and the reversible ASCII spelling of the scripts whose marks Pagefind would
 * drop. Nothing here names a language: every rule comes from the table. The word rules of
 * the text's scripts must be loaded first (loadScriptRules), and, to index text, the
 * spelling converters (loadSpellingVariants in src/lib/search/spelling-variants.ts).
 */

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

/**
 * Separators written between the digit groups of a number: 1,200 (English, Thai, Hindi), 1.200
 * (German, Spanish, Indonesian, Vietnamese), 1'200 (Swiss), ١٬٢٠٠ and ١٫٥ (the Arabic thousands and
 * decimal signs). A space is not one: "2024 500" is two numbers.
 */
const DIGIT_SEPARATOR = "[,.'\u2019\u066B\u066C]";
const GROUPED_NUMBER = new RegExp(`\\p{Nd}+(?:${DIGIT_SEPARATOR}\\p{Nd}+)+`, 'gu');
const SEPARATOR_IN_NUMBER = new RegExp(`(?<=\\p{Nd})${DIGIT_SEPARATOR}(?=\\p{Nd})`, 'gu');

/**
 * A number written with separators between its digits, in any script's digits, as one plain ASCII
 * number: ๑,๒๐๐, १,२००, ١٬٢٠٠, 1,200 and 1.200 are all "1200". Whether a separator marks
 * thousands or decimals is not decided: 1,500 is 1500 in English and 1.5 in German, 1.200 the
 * other way round, and a page or a query rarely says which. Dropping every separator gives one
 * form that serves both readings, the same on both sides: it is what Pagefind does with a Latin
 * "1,500" or "22.50" in the text and in a query (both 1500 and 2250), a decimal 1,5 meets a query
 * 1.5 (both 15), and, as Pagefind matches a prefix, the query 1.5 also meets 1,500 read as
 * German's 1.5 thousand. The cost is that 1,5 and 15 meet as well, as they already did in Latin.
 */
const plainNumber = (number: string): string => asciiDigits(number).replace(SEPARATOR_IN_NUMBER, '');

// ---- Reversible ASCII spelling -----------------------------------------------------

const ENCODED = SCRIPT_RULES.filter((r) => r.encode && r.block !== undefined);
const ZWNJ = 0xfe;
const ZWJ = 0xff;
const letter = (n: number) => String.fromCharCode(97 + n);

/**
 * "कम" → "dvq" + two letters a–p per character (its offset in the script's block) + "q".
 * Only lowercase letters: Pagefind splits words where letters meet digits, and leaves
 * such a word whole. A query word leaves out the final "q", so a partly typed word is
 * a prefix of the indexed one.
 */
export function encodeWord(word: string, rules: ScriptEntry, forQuery = false): string {
  let out = rules.encode!;
  for (const ch of word) {
    const cp = ch.codePointAt(0)!;
    const joiner = cp === 0x200c || cp === 0x200d;
    const code = cp === 0x200c ? ZWNJ : cp === 0x200d ? ZWJ : cp - rules.block!;
    if (!joiner && (code < 0 || code > 0xfd)) return word; // a character outside the block: leave the word as written
    out += letter(code >> 4) + letter(code & 15);
  }
  return forQuery ? out : `${out}q`;
}

// A whole word only: a spelling's first letters can occur inside an ordinary word (Lao's
// "loq" in Uzbek "qishloqda").
const DECODE = ENCODED.length
  ? new RegExp(`(?<![\\p{L}\\p{N}])(${ENCODED.map((r) => r.encode).join('|')})((?:[a-p][a-p])+)q?(?![\\p{L}\\p{N}])`, 'gu')
  : undefined;
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

/**
 * A price: a currency sign, with the one to three letters of a currency code glued before it
 * (US$, HK$, R$, S$, A$) or none, and its number. The code is no word a reader must type: a query
 * drops it (CURRENCY_CODE), and the index holds it as a word of its own.
 */
const PRICE = /(?:(?<![\p{L}\p{N}])(\p{L}{1,3})(?=\p{Sc}))?\p{Sc}\s?(\p{Nd}+(?:[.,\u066B\u066C]\p{Nd}+)*)/gu;
const CURRENCY_CODE = /(?<![\p{L}\p{N}])\p{L}{1,3}(?=\p{Sc}\s?\p{Nd})/gu;

/** A word: letters, marks, digits and the joiners Indic scripts use. */
export const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;

/** Chinese and Japanese punctuation (、。「」) and the full-width forms of ASCII's (，！？（）). */
const CJK_PUNCTUATION = '\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65';

/**
 * Where a space between two characters reads as a cut segmentation made: between characters of
 * unspaced scripts or their punctuation, between a number and Han or kana (2024年, 1.5亿).
 * `space`: the pattern of the space itself.
 */
export function unspacedGap(space: string, marks = ''): RegExp {
  return new RegExp(
    [
      `([${UNSPACED_CHAR}${CJK_PUNCTUATION}]${marks})${space}(?=${marks}[${UNSPACED_CHAR}${CJK_PUNCTUATION}])`,
      `([${CJK_CHAR}\\p{Nd}]${marks})${space}(?=${marks}[${CJK_CHAR}${CJK_PUNCTUATION}])`,
      `([${CJK_CHAR}${CJK_PUNCTUATION}]${marks})${space}(?=${marks}\\p{Nd})`,
    ].join('|'),
    'gu',
  );
}

/**
 * Stands in the index for a space the text wrote where segmentation also cuts (a Thai space
 * between clauses, a Chinese one beside a number), so that excerpts keep it when they take
 * out the cuts. Pagefind splits words at whitespace and drops only the zero-width space; this
 * invisible separator is no letter, so it becomes a word of its own that indexes nothing.
 */
export const WRITTEN_SPACE = '\u2063';
const WRITTEN_GAP = unspacedGap('\\s+');

/** `text` with each gap `gap` (an unspacedGap) finds replaced by `between`. */
export function replaceGaps(text: string, gap: RegExp, between: string): string {
  // Each of the three alternatives captures the character before the gap.
  return text.replace(gap, (_m, ...groups: unknown[]) => `${groups.slice(0, 3).find((g) => g !== undefined) as string}${between}`);
}

/** `text` with each written space where segmentation also cuts marked with WRITTEN_SPACE. */
export function markWrittenSpaces(text: string): string {
  return replaceGaps(text, WRITTEN_GAP, ` ${WRITTEN_SPACE} `);
}

export interface Analysed {
  /** The text as the index should hold it (segmented; encoded where the table says). */
  text: string;
  /** Further words to index for it: folded and clitic-free forms, numbers in ASCII digits. */
  forms: string[];
}

/**
 * Index-time analysis of text in language `lang` (the nearest lang attribute, if any).
 * The text keeps every word as written, so excerpts read as written; what a reader may
 * type instead goes to `forms`, which the index holds out of sight, with the words of the
 * text's NFKC and folded spellings (`otherForms`; false when analysing those).
 */
export function analyseForIndex(text: string, lang?: string, otherForms = true): Analysed {
  const forms = new Set<string>();
  // A price's number on its own, and the letters of a currency code glued to its sign: "HK$22.50"
  // is found by "22.50", by "HK 22.50" and, as a query drops the code (see analyseQueryText), by
  // "US$22.50" too.
  for (const m of text.matchAll(PRICE)) {
    if (m[1]) forms.add(m[1].toLowerCase());
    forms.add(asciiDigits(m[2]!)).add(plainNumber(m[2]!));
  }
  // A number with separators, as one ASCII number, before segmentation sets its groups apart
  // (Thai ๑,๒๐๐ is cut into ๑ , ๒๐๐, and Arabic ١٬٢٠٠ is two words to Pagefind).
  for (const [number] of text.matchAll(GROUPED_NUMBER)) forms.add(plainNumber(number));
  const segmented = segmentText(markWrittenSpaces(text));
  for (const word of otherSpellings(text, segmented, lang)) forms.add(word);
  for (const word of wordsAcrossCuts(text, lang)) forms.add(word);
  for (const word of elidedWords(text, lang)) forms.add(word);
  const out = segmented.replace(WORD, (word) => {
    if (DIGIT.test(word)) {
      const ascii = asciiDigits(word);
      if (ascii !== word) forms.add(ascii);
    }
    const rules = rulesFor(word, lang);
    if (!rules) return word;
    addWordForms(word, rules, forms);
    // A word the non-joiner binds (Persian بسته‌بندی) is also typed as its parts, with a space.
    if (word.includes('\u200C')) for (const part of word.split('\u200C')) if (part) addWordForms(part, rules, forms, true);
    return rules.encode ? encodeWord(word, rules) : word;
  });
  // Text in compatibility forms (half-width katakana ｸﾚｰﾝ, Arabic presentation forms) is also
  // indexed as NFKC writes it, which is how queries are normalised; and text in an unspaced script
  // whose fold rules apply (Thai เเ for แ) as it is cut once folded, which is how queries are cut:
  // the segmenter cuts a misspelled word into other pieces than the folded one.
  const compatible = otherForms ? text.normalize('NFKC') : text;
  const own = new Set(out.split(' '));
  for (const other of new Set([compatible, otherForms ? foldUnspacedRuns(compatible, lang) : text])) {
    if (other === text) continue;
    const { text: words, forms: more } = analyseForIndex(other, lang, false);
    for (const form of [...words.split(' '), ...more]) if (form && form !== WRITTEN_SPACE && !own.has(form)) forms.add(form);
  }
  return { text: out, forms: [...forms] };
}

const ELIDED = /([\p{L}\p{M}]+)(['\u2018\u2019])([\p{L}\p{M}]{2,})/gu;

/**
 * The words written after an elision apostrophe of their entry (`elision`: French l’usine →
 * usine), and the forms a query may reach them by, where Pagefind would index only the whole.
 */
export function elidedWords(text: string, lang?: string): string[] {
  const forms = new Set<string>();
  for (const [, before, apostrophe, word] of text.matchAll(ELIDED)) {
    if (!rulesFor(before!, lang)?.elision?.includes(apostrophe!)) continue;
    const rules = rulesFor(word!, lang);
    if (rules) addWordForms(word!, rules, forms, true);
  }
  return [...forms];
}

/** Whether two entries give a word the same forms (an entry that takes another's rules and adds compound tails). */
const sameWordForms = (a: ScriptRules, b: ScriptRules) =>
  a === b ||
  (a.fold === b.fold && a.prefixes === b.prefixes && a.alternate === b.alternate && a.minLetters === b.minLetters && a.encode === b.encode);

/**
 * Adds the forms a query may reach `word` by (`rules`: the entry that tagged its text), to
 * `forms`; with `all`, the word's own lower-case form too.
 */
function addWordForms(word: string, rules: ScriptRules, forms: Set<string>, all = false): void {
  // Forms are folded by the entry that tagged the text, and by the script's first entry,
  // which is how queries are analysed: on the word as written, and on the word as the
  // tagging entry folded it (Persian's own letters as Arabic's, then Arabic's rules).
  const lower = word.toLowerCase();
  const first = rulesFor(word);
  const passes: [ScriptRules, string][] =
    first && !sameWordForms(first, rules)
      ? [
          [rules, lower],
          [first, lower],
          [first, foldWord(lower, rules)],
        ]
      : [[rules, lower]];
  if (all) forms.add(rules.encode ? encodeWord(lower, rules) : lower);
  // A Latin word with a capital is a name: Swahili and Zulu prefixes are not taken off it (Apple,
  // Ulundi), though they are off a name they are glued to in lower case (eThekwini).
  const named = /^[\p{Lu}]/u.test(word) && /^\p{Script=Latin}/u.test(word);
  for (const [r, base] of passes) {
    const folded = foldWord(base, r);
    for (const form of named ? [folded] : [folded, ...cliticFreeForms(folded, r)]) {
      // With the word's other inflected forms (a fleeting vowel, a feminine ending), its clitics off or on.
      for (const f of [form, ...alternateForms(form, r)]) if (f !== lower) forms.add(r.encode ? encodeWord(f, r) : f);
    }
    // A compound's tails (Bäckerei in Großbäckerei), also as readers spell them (baeckerei).
    for (const tail of compoundTails(folded, r)) forms.add(tail).add(respellWord(tail, r));
  }
  // The word as readers also spell it (München as muenchen), folded as above.
  const respelled = respellWord(lower, rules);
  if (respelled !== lower) for (const form of new Set([respelled, foldWord(respelled, rules)])) forms.add(form);
}

/** Runs of the scripts whose entries say browsers cut them into other words (`segmentsVary`). */
const VARYING_RUN = new RegExp(
  SCRIPT_RULES.filter((r) => r.segmentsVary)
    .map((r) => `\\p{Script=${r.script}}+`)
    .join('|') || '(?!)',
  'gu',
);
/** How many of the index's words a piece of a browser's cut may span. */
const CUT_SPAN = 3;
const LETTER = /\p{L}/u;

/**
 * For the runs of a script that browsers segment otherwise than this index (`segmentsVary` in
 * src/lib/search/languages.ts): the run from each of its letters to the end of the word CUT_SPAN − 1
 * words further on, spelled as the index spells the script. A browser's piece starts at a letter
 * (its segmenter never cuts inside a cluster) and, unless it spans more words than that, is the
 * start of one of these.
 */
function wordsAcrossCuts(text: string, lang?: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(VARYING_RUN)) {
    const words = segmentRun(run);
    for (let j = 0; j < words.length; j++) {
      const after = words.slice(j + 1, j + CUT_SPAN).join('');
      const chars = [...words[j]!];
      for (let k = after ? 0 : 1; k < chars.length; k++) {
        if (!LETTER.test(chars[k]!)) continue;
        const piece = chars.slice(k).join('') + after;
        const rules = rulesFor(piece, lang);
        if (rules) out.push(rules.encode ? encodeWord(piece, rules) : piece);
      }
    }
  }
  return out;
}

const HAN_RUN = new RegExp(`[${CJK_CHAR}]+`, 'gu');

/**
 * The words of the text's Han runs as the script's other standards spell them (Simplified,
 * Taiwan and Hong Kong Traditional Chinese), where the text (`segmented`: as segmentText cut
 * it) does not hold them already. Each run is converted whole and then cut, as a query in
 * that spelling is cut: the segmenter knows some words in one spelling only (電動車 stays
 * whole, 电动车 is cut in three).
 */
function otherSpellings(text: string, segmented: string, lang?: string): string[] {
  let own: Set<string> | undefined;
  const words: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) {
    const rules = rulesFor(run, lang);
    // A run with kana is Japanese, which writes its own forms of the characters.
    if (!rules?.variants || KANA.test(run)) continue;
    const variants = variantWords(run, rules);
    if (!variants.length) continue;
    own ??= new Set(segmented.split(' '));
    for (const word of variants) if (!own.has(word)) words.push(word);
  }
  return words;
}

/** Each run's variantWords: names and phrases recur across pages, and converting and cutting a run costs more than analysing it. */
const VARIANT_WORDS = new Map<string, string[]>();

function variantWords(run: string, rules: ScriptRules): string[] {
  let words = VARIANT_WORDS.get(run);
  if (!words) {
    words = spellingVariants(run, rules).flatMap(segmentRun);
    if (VARIANT_WORDS.size > 20_000) VARIANT_WORDS.clear();
    VARIANT_WORDS.set(run, words);
  }
  return words;
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
  const stemmer = stemmerOf(w, rules);
  if (w !== word || rules.prefixes || rules.suffixes || stemmer) w = w.toLowerCase();
  w = stripSuffix(stripPrefix(w, rules), rules);
  if (stemmer && stem) w = stem(stemmer, w);
  return rules.encode ? encodeWord(w, rules, true) : w;
}

/**
 * Query-time analysis of a whole query: digits in ASCII, a number's separators dropped as the
 * index drops them (plainNumber), a currency sign and the code glued to it (US$, HK$, R$) apart
 * from the number, each unspaced run folded by its script's rules before it is cut (as the index
 * cuts it: see analyseForIndex) and without the endings another script writes after it
 * (stripRunEndings: Japanese 採用する → 採用), runs segmented, each word analysed. Punctuation that
 * segmentation set apart (a Tibetan tsheg, a Chinese comma) is no word to look for, and is left
 * out.
 */
/**
 * A word written twice with a hyphen, its second time in lower case, as Malay and Indonesian write a
 * plural (kilang-kilang, Perusahaan-perusahaan), as the word once: the text often writes it once,
 * and Pagefind would look for the hyphenated whole. A name so written (Baden-Baden, Bora-Bora)
 * stays.
 */
export function withoutReduplication(text: string): string {
  return text.replace(/(?<![\p{L}\p{M}])([\p{L}\p{M}]{2,})-\1(?![\p{L}\p{M}])/giu, (whole, word: string) =>
    /^\p{Ll}/u.test(whole.slice(word.length + 1)) ? word : whole,
  );
}

export function analyseQueryText(query: string, stem?: (name: string, word: string) => string): string {
  const text = segmentText(
    stripRunEndings(
      foldUnspacedRuns(
        plainNumber(withoutReduplication(query.normalize('NFKC')))
          .replace(CURRENCY_CODE, '')
          .replace(/\p{Sc}(?=\s?\p{Nd})/gu, ' '),
      ),
    ),
  );
  return text
    .replace(WORD, (word) => analyseQueryWord(word, stem))
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{M}\p{N}]/u.test(token))
    .join(' ');
}

// Query- and index-side steps on unspaced runs that the header box does not take: kept here, out
// of segmentation.ts, so the box's first search does not fetch them.

/**
 * Each run of an unspaced script folded by its entry's fold rules (src/lib/search/languages.ts),
 * for cutting it as its folded spelling is cut: the segmenter cuts Thai โรงเเรม, แ typed as two
 * เ, into other pieces than โรงแรม "hotel". A query is folded so before it is cut, and the index
 * also holds its text cut so.
 */
function foldUnspacedRuns(text: string, lang?: string): string {
  return text.replace(UNSPACED_RUN, (run) => foldWord(run, rulesFor(run, lang)));
}

/**
 * Each unspaced run of a query without the longest suffix listed by the entry of the script it
 * ends in, when that is not the script it starts in: a Japanese word in Han or katakana loses
 * the okurigana and auxiliaries in hiragana after it (採用する → 採用, 自動化された → 自動化),
 * which the segmenter would cut off as words of their own that the text's other forms of the
 * word lack (採用し). Suffixes come off query words only (see `suffixes` in
 * src/lib/search/languages.ts).
 */
function stripRunEndings(text: string): string {
  return text.replace(UNSPACED_RUN, (run) => {
    const end = rulesFor([...run].at(-1)!);
    return end?.suffixes && end !== entryFor(run) ? stripSuffix(run, end) : run;
  });
}
