import type { WordRules } from '../languages.ts';

/**
 * A Japanese verb or adjective is a word in Han or katakana followed by okurigana and
 * auxiliaries in hiragana, which the segmenter cuts off as words of their own (建設する →
 * 建設, する) and which change with the form (建設し, 建設された, 建設中): a query looks for the
 * word before them, as the text writes it in every form. They come off the end of a query's
 * run when it is written in hiragana after another script (see stripRunEndings in
 * ../text-analysis.ts), longest first; a run of hiragana alone keeps them.
 */
export default {
  suffixes: ['されている', 'している', 'しました', 'させる', 'された', 'される', 'します', 'できる', 'した', 'して', 'する', 'され'],
  minStem: 2,
} satisfies WordRules;
