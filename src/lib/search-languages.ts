/**
 * How search analyses each script and language: the data behind src/lib/text-analysis.ts.
 * Adding a language means adding an entry here (see docs/search.md); the code that
 * applies these rules at index time and at query time does not change.
 *
 * An entry applies to the words written in its `script`. Text tagged with one of its
 * `langs` (source.lang, sourceSummary.lang, an alias's lang: the lang attributes of
 * the built page) uses that entry; untagged text and every query use the script's
 * first entry. Whatever an entry adds to the index is added as extra words, so a page
 * indexed under a more specific entry can still be found by a query analysed under
 * the script's first entry.
 */
export interface ScriptRules {
  /** Unicode script name, as in the regular expression \p{Script=…}. */
  script: string;
  /** Primary language subtags this entry is for; the first names it. */
  langs: string[];
  /**
   * Intl.Segmenter locale for a script written without spaces between words:
   * runs are split into words on both sides of search.
   */
  segment?: string;
  /**
   * Three lowercase letters ending in q: words of this script reach the index in a reversible ASCII
   * spelling beginning with them. Pagefind drops every combining mark, and in these
   * scripts the marks are vowels and tones (কাল, কল and কলা; कम and काम), so folding
   * them away would make different words one.
   */
  encode?: string;
  /** First code point of the script's Unicode block, for `encode`. */
  block?: number;
  /**
   * Spelling variants folded to one form where readers type either: [pattern, replacement],
   * the pattern a regular expression source applied globally. Marks Pagefind removes
   * anyway (accents, harakat, niqqud) need no rule, except in encoded scripts.
   */
  fold?: [pattern: string, replacement: string][];
  /**
   * Clitics written joined to the front of the next word (Arabic "al-", Hebrew "b-"),
   * longest first. The index holds each word also without them, and a query word loses
   * them, so "חיפה" finds "בחיפה" and "البطاريات" finds "بطاريات".
   */
  prefixes?: string[];
  /** Particles and endings joined to the end of a word, longest first; removed from query words only (Pagefind matches query words as prefixes). */
  suffixes?: string[];
  /** Letters a word must keep when a prefix or suffix is taken off (default 3). */
  minStem?: number;
  /**
   * A stemmer (by name, see STEMMERS in src/lib/search-text.ts) that cuts query words to
   * a stem whose indexed forms all start with it.
   */
  stemmer?: string;
}

export const SCRIPT_RULES: ScriptRules[] = [
  // Latin: accents go in Pagefind's folding; these letters are not accented forms, so it keeps them.
  { script: 'Latin', langs: ['en', 'vi', 'id'], fold: [['đ', 'd'], ['Đ', 'd'], ['ł', 'l'], ['Ł', 'l'], ['ø', 'o'], ['Ø', 'o']] },
  { script: 'Cyrillic', langs: ['ru', 'uk', 'bg'], fold: [['ё', 'е'], ['Ё', 'Е']], stemmer: 'russian' },
  // Greek: tonos goes in Pagefind's folding; final sigma is a letter of its own.
  { script: 'Greek', langs: ['el'], fold: [['ς', 'σ']], stemmer: 'greek' },
  {
    script: 'Arabic',
    langs: ['ar', 'fa', 'ur'],
    // Tatweel is a letter to Pagefind; alef and hamza forms, for the header box (Pagefind folds their marks).
    fold: [['\u0640', ''], ['[\u064B-\u065F\u0670]', ''], ['[أإآٱ]', 'ا'], ['ؤ', 'و'], ['ئ', 'ي']],
    prefixes: ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'],
    suffixes: ['ات', 'ون', 'ين', 'ة'],
  },
  {
    script: 'Hebrew',
    langs: ['he', 'yi'],
    // Cantillation and niqqud, not the maqaf and other punctuation of the block.
    fold: [['[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]', '']],
    prefixes: ['וכש', 'וש', 'וה', 'וב', 'ול', 'ומ', 'וכ', 'שה', 'שב', 'של', 'שמ', 'כש', 'מה', 'ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'],
  },
  {
    script: 'Hangul',
    langs: ['ko'],
    suffixes: ['에서는', '에서', '으로', '에게', '까지', '부터', '이다', '이', '가', '은', '는', '을', '를', '의', '에', '로', '와', '과', '도', '만'],
    minStem: 2,
  },
  // Han and kana are segmented together (see CJK in src/lib/text-analysis.ts); ー is part of a katakana word.
  { script: 'Han', langs: ['zh', 'ja'], segment: 'zh' },
  { script: 'Hiragana', langs: ['ja'], segment: 'ja' },
  { script: 'Katakana', langs: ['ja'], segment: 'ja' },
  { script: 'Thai', langs: ['th'], segment: 'th', encode: 'thq', block: 0x0e00 },
  { script: 'Lao', langs: ['lo'], segment: 'lo', encode: 'loq', block: 0x0e80 },
  { script: 'Khmer', langs: ['km'], segment: 'km', encode: 'kmq', block: 0x1780 },
  { script: 'Myanmar', langs: ['my'], segment: 'my', encode: 'myq', block: 0x1000 },
  {
    script: 'Devanagari',
    langs: ['hi', 'mr', 'ne'],
    encode: 'dvq',
    block: 0x0900,
    // Readers write a nasal before a consonant as anusvara or as a half letter (अनंत, अनन्त), and drop the nukta.
    fold: [['[ङञणनम]\u094D(?=[\u0915-\u0939])', '\u0902'], ['\u0901', '\u0902'], ['\u093C', '']],
  },
  // Bengali keeps the spelling it has always had in the index (see encodeBengali).
  { script: 'Bengali', langs: ['bn', 'as'] },
];
