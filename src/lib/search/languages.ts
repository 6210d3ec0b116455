/**
 * How search analyses each script and language: the data behind src/lib/search/script-rules.ts,
 * src/lib/search/segmentation.ts and src/lib/search/text-analysis.ts. Adding a language means adding an
 * entry here, and a file of word rules under src/lib/search/languages/ if its words need
 * any (see docs/search.md); the code that applies these rules at index time and at query
 * time does not change.
 *
 * An entry applies to the words written in its `script`. Text tagged with one of its
 * `langs` (source.lang, sourceSummary.lang, an alias's lang: the lang attributes of
 * the built page) uses that entry; untagged text and every query use the script's
 * first entry. Whatever an entry adds to the index is added as extra words, so a page
 * indexed under a more specific entry can still be found by a query analysed under
 * the script's first entry.
 *
 * An entry says here how its script is written (segmentation, ASCII spelling): every
 * reader's browser needs that to cut and show text in any script. How its words vary
 * (folding, clitics, stems) is in the entry's `words` file, which a browser fetches only
 * for text in that script, so a reader pays only for the scripts they search in.
 */
export interface ScriptEntry {
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
   * Browsers cut this script's runs into other words than Node's ICU does (Chromium splits
   * Khmer រោងចក្រ "factory" in two and joins ប្រាំរយ "five hundred" into one): the index also
   * holds the run from each of its letters to the end of the third word, so every piece a
   * browser may cut a query into is the start of an indexed word.
   */
  segmentsVary?: boolean;
  /**
   * Three lowercase letters ending in q: words of this script reach the index in a reversible ASCII
   * spelling beginning with them. Pagefind drops every combining mark, and in these
   * scripts the marks are vowels and tones (কাল, কল and কলা; कम and काम), so folding
   * them away would make different words one.
   */
  encode?: string;
  /** First code point of the script's Unicode block, for `encode`. */
  block?: number;
  /** The entry's word rules, a module whose default export is its WordRules. */
  words?: () => Promise<{ default: WordRules }>;
  /**
   * Other spellings of the script's words that readers type, by the name of a converter in
   * src/lib/search/spelling-variants.ts: the index holds each word also in those spellings
   * (Simplified, Taiwan and Hong Kong Traditional Chinese), so a query in one finds text in
   * another. Index time only: a reader's browser loads no table (letter respellings that need
   * none are `respell` word rules).
   */
  variants?: SpellingStandard;
  /**
   * Stemmers of languages written in the script whose words the index holds unstemmed (Turkish,
   * Spanish…), a module whose default export names one by language tag. On /search/, a query word
   * that no page has is asked again cut to its stem by the stemmer of each of these languages that
   * the site's briefs are written in (Turkish fabrikalar → fabrika): a fallback, never applied to a
   * word some page has. A module of its own, fetched only then: the header box never retries.
   */
  retryStemmers?: () => Promise<{ default: Record<string, string> }>;
}

/** The converters of src/lib/search/spelling-variants.ts. */
export type SpellingStandard = 'chinese';

/** How the words of an entry's script vary: a file of its own under src/lib/search/languages/. */
export interface WordRules {
  /**
   * Spelling variants folded to one form where readers type either: [pattern, replacement],
   * the pattern a regular expression source applied globally. Marks Pagefind removes
   * anyway (accents, harakat, niqqud) need no rule, except in encoded scripts.
   */
  fold?: [pattern: string, replacement: string][];
  /**
   * Other spellings of a letter that readers type in its place (German ä as ae, ö as oe, ü as ue):
   * [pattern, replacement], applied as `fold` to the lower-case word. Not a fold, since the
   * letter's accent-free form (a) is typed too: the index holds each word also so respelled,
   * and a query is left as typed, so "muenchen" and "munchen" both find München.
   */
  respell?: [pattern: string, replacement: string][];
  /**
   * Other forms a word of the text takes in its own inflection (a Slavic fleeting vowel: сделок
   * as сделк, which a query for сделка starts once cut to its stem; a Hebrew plural or construct
   * state as its singular): [pattern, replacement], each applied once to the folded word, with
   * and without its clitics, and indexed as a form of its own, not one after another as
   * `respell`. Index time only; a query is left as typed.
   */
  alternate?: [pattern: string, replacement: string][];
  /**
   * Letters that never join the letter after them (the Arabic script's ا, د, ر, و…), as a
   * character class: after one, a space does not show, and writers often leave it out (Persian
   * شیرخشک for شیر خشک). On /search/, a query word that no page has is asked again as the two
   * words it splits into after one of these letters, when some page has them side by side; the
   * header box also indexes a name's two words joined after one.
   */
  unspacedAfter?: string;
  /**
   * Languages that write a compound as one word (German Batteriefabrik, Swedish batterifabrik):
   * the index also holds each tail of at least this many letters of a word, after its first three,
   * so a query finds the compound by its last part (Fabrik finds Batteriefabrik), where Pagefind
   * finds a word only by its start. For text tagged with the entry's languages; a query keeps its
   * words, and the search page marks a compound in an excerpt by the tails its page holds.
   */
  tails?: number;
  /**
   * Clitics written joined to the front of the next word (Arabic "al-", Hebrew "b-"),
   * longest first. The index holds each word also without them, and a query word loses
   * them, so "חיפה" finds "בחיפה" and "البطاريات" finds "بطاريات".
   */
  prefixes?: string[];
  /** Particles and endings joined to the end of a word, longest first; removed from query words only (Pagefind matches query words as prefixes). */
  suffixes?: string[];
  /**
   * Apostrophes that join an elided word to the next (French l’usine, Catalan d’oli, Italian
   * dell’acqua): Pagefind indexes the written word whole (lusine), so the index also holds the
   * word after one, of two letters or more, as a word of its own.
   */
  elision?: string;
  /** Letters a word must keep when a prefix or suffix is taken off (default 3). */
  minStem?: number;
  /**
   * A stemmer (by name, see src/lib/search/stemmers.ts) that cuts query words to a stem whose
   * indexed forms all start with it.
   */
  stemmer?: string;
  /**
   * Stemmers for the words of one language among the script's, told by its own letters
   * (Ukrainian's і, ї, є, ґ): [pattern, stemmer name]; the first whose pattern a query word
   * holds cuts it instead of `stemmer`.
   */
  stemmerFor?: [pattern: string, stemmer: string][];
}

/**
 * An entry's word rules as another entry's module gives them, with `more` added from that module:
 * the module a query in the script fetches anyway, so the entry costs no fetch of its own.
 */
function rulesWith<M extends { default: WordRules }>(load: () => Promise<M>, more: (module: M) => Partial<WordRules>) {
  return () => load().then((module) => ({ default: { ...module.default, ...more(module) } }));
}

export const SCRIPT_RULES: ScriptEntry[] = [
  {
    script: 'Latin',
    langs: ['en', 'vi', 'id'],
    words: () => import('./languages/latin.ts'),
    retryStemmers: () => import('./languages/latin-retry-stemmers.ts'),
  },
  // Languages that write compounds as one word (the Germanic ones but English, Finnish, Estonian,
  // Hungarian): the Latin rules, and their text also indexed by its words' tails of five letters or
  // more (Fabrik in Batteriefabrik). Four would also find Werk in Stahlwerk, but make endings words:
  // -chen (Chen would find München), -lich, -keit. The Latin rules' own module: a Latin query,
  // which loads every Latin entry, fetches nothing more.
  {
    script: 'Latin',
    langs: ['de', 'nl', 'af', 'lb', 'sv', 'da', 'nb', 'nn', 'no', 'is', 'fo', 'fi', 'et', 'hu'],
    words: rulesWith(
      () => import('./languages/latin.ts'),
      () => ({ tails: 5 }),
    ),
  },
  // Swahili marks a noun's class and number with a prefix (kiwanda, viwanda "factory, factories"):
  // its text's words are also indexed without it, so tunda finds matunda, and on /search/ viwanda,
  // retried without it (./languages/swahili-classes.ts), finds kiwanda. The Latin rules' module
  // again, so a Latin query fetches nothing more.
  {
    script: 'Latin',
    langs: ['sw'],
    words: rulesWith(
      () => import('./languages/latin.ts'),
      (latin) => ({ prefixes: latin.SWAHILI_CLASS_PREFIXES, minStem: latin.SWAHILI_LEAST_STEM }),
    ),
  },
  // Zulu and its Nguni neighbours join class, locative and possessive prefixes to the word (imoto,
  // izimoto; eThekwini; yamandla): as Swahili, its text's words are also indexed without them, and
  // a query word no page has is retried without one (./languages/nguni-prefixes.ts).
  {
    script: 'Latin',
    langs: ['zu', 'xh', 'nr', 'ss', 'nd'],
    words: rulesWith(
      () => import('./languages/latin.ts'),
      (latin) => ({ prefixes: latin.NGUNI_PREFIXES, minStem: latin.SWAHILI_LEAST_STEM }),
    ),
  },
  // Welsh mutates a word's first letters after some words (yng Nghasnewydd for Casnewydd): its text's
  // words are also indexed with the letters a query types (./languages/latin.ts, WELSH_MUTATIONS).
  {
    script: 'Latin',
    langs: ['cy'],
    words: rulesWith(
      () => import('./languages/latin.ts'),
      (latin) => ({ alternate: latin.WELSH_MUTATIONS }),
    ),
  },
  {
    script: 'Cyrillic',
    langs: ['ru'],
    words: () => import('./languages/cyrillic.ts'),
    retryStemmers: () => import('./languages/cyrillic-retry-stemmers.ts'),
  },
  // Bulgarian and Macedonian: the Russian rules, and a plural in -ци, -зи, -си also indexed as the
  // singular in к, г, х (техници as техник); Macedonian's words also in Latin letters, as Serbian's
  // (Битола as bitola). The Cyrillic rules' module: a Cyrillic query fetches nothing more.
  {
    script: 'Cyrillic',
    langs: ['bg'],
    words: rulesWith(
      () => import('./languages/cyrillic.ts'),
      (cyrillic) => ({ alternate: cyrillic.SOUTH_SLAVIC_ALTERNATE }),
    ),
  },
  {
    script: 'Cyrillic',
    langs: ['mk'],
    words: rulesWith(
      () => import('./languages/cyrillic.ts'),
      (cyrillic) => ({ alternate: cyrillic.SOUTH_SLAVIC_ALTERNATE, respell: cyrillic.MACEDONIAN_LATIN }),
    ),
  },
  { script: 'Cyrillic', langs: ['uk'], words: () => import('./languages/ukrainian.ts') },
  {
    script: 'Cyrillic',
    langs: ['sr'],
    words: rulesWith(
      () => import('./languages/cyrillic.ts'),
      (cyrillic) => ({ respell: cyrillic.SERBIAN_LATIN }),
    ),
  },
  { script: 'Greek', langs: ['el'], words: () => import('./languages/greek.ts') },
  { script: 'Arabic', langs: ['ar'], words: () => import('./languages/arabic.ts') },
  { script: 'Arabic', langs: ['fa', 'ur', 'ps', 'ckb', 'ku'], words: () => import('./languages/persian.ts') },
  { script: 'Hebrew', langs: ['he', 'yi'], words: () => import('./languages/hebrew.ts') },
  { script: 'Hangul', langs: ['ko'], words: () => import('./languages/hangul.ts') },
  // Han and kana are segmented together (see CJK in src/lib/search/segmentation.ts); ー is part of a katakana word.
  { script: 'Han', langs: ['zh'], segment: 'zh', variants: 'chinese' },
  // Japanese writes its own forms of Han characters: Chinese spellings are not added to them.
  { script: 'Han', langs: ['ja'], segment: 'zh' },
  { script: 'Hiragana', langs: ['ja'], segment: 'ja', words: () => import('./languages/japanese.ts') },
  { script: 'Katakana', langs: ['ja'], segment: 'ja' },
  { script: 'Thai', langs: ['th'], segment: 'th', encode: 'thq', block: 0x0e00, words: () => import('./languages/thai.ts') },
  {
    script: 'Lao',
    langs: ['lo'],
    segment: 'lo',
    segmentsVary: true,
    encode: 'loq',
    block: 0x0e80,
    words: () => import('./languages/lao.ts'),
  },
  { script: 'Khmer', langs: ['km'], segment: 'km', segmentsVary: true, encode: 'kmq', block: 0x1780 },
  { script: 'Myanmar', langs: ['my'], segment: 'my', segmentsVary: true, encode: 'myq', block: 0x1000 },
  { script: 'Devanagari', langs: ['hi', 'mr', 'ne'], encode: 'dvq', block: 0x0900, words: () => import('./languages/devanagari.ts') },
  // The other scripts of the Brahmic family write vowels, virama and nasals as combining marks too.
  { script: 'Gurmukhi', langs: ['pa'], encode: 'gmq', block: 0x0a00, words: () => import('./languages/gurmukhi.ts') },
  { script: 'Gujarati', langs: ['gu'], encode: 'gjq', block: 0x0a80, words: () => import('./languages/gujarati.ts') },
  { script: 'Oriya', langs: ['or'], encode: 'odq', block: 0x0b00, words: () => import('./languages/joiners.ts') },
  { script: 'Tamil', langs: ['ta'], encode: 'tmq', block: 0x0b80, words: () => import('./languages/tamil.ts') },
  { script: 'Telugu', langs: ['te'], encode: 'tlq', block: 0x0c00, words: () => import('./languages/telugu.ts') },
  { script: 'Kannada', langs: ['kn'], encode: 'knq', block: 0x0c80, words: () => import('./languages/kannada.ts') },
  { script: 'Malayalam', langs: ['ml'], encode: 'mlq', block: 0x0d00, words: () => import('./languages/malayalam.ts') },
  { script: 'Sinhala', langs: ['si'], encode: 'snq', block: 0x0d80, words: () => import('./languages/sinhala.ts') },
  // Syllables are written joined by a tsheg (་), not spaces; the segmenter cuts at each one.
  { script: 'Tibetan', langs: ['bo', 'dz'], segment: 'bo', encode: 'bdq', block: 0x0f00 },
  { script: 'Georgian', langs: ['ka'], words: () => import('./languages/georgian.ts') },
  { script: 'Armenian', langs: ['hy'], words: () => import('./languages/armenian.ts') },
  { script: 'Ethiopic', langs: ['am'], words: () => import('./languages/ethiopic.ts') },
  // Bengali keeps the spelling it has always had in the index (see encodeBengali).
  { script: 'Bengali', langs: ['bn', 'as'] },
];
