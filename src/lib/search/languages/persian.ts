import type { WordRules } from '../languages.ts';

/**
 * Persian and Urdu text spells yeh, kaf and heh with letters of their own, where a reader may
 * type the Arabic ones (جديد for جدید, لاهور for لاہور): a page in these languages is also
 * indexed with the Arabic letters. Queries are analysed by the script's first entry, Arabic's
 * (./arabic.ts), so a Persian query word never loses its ending to an Arabic suffix rule
 * (ماشین stays whole). Arabic's folds and prefixes are here too, so that these forms meet a
 * query the Arabic rules have cut; written out, not spread from ./arabic.ts, because the
 * bundle test looks for each entry's lists as data in the scripts loaded on demand. Do-chashmi heh (ھ) marks aspiration in Urdu (پھل "fruit",
 * پہل "initiative") and is kept.
 */
export default {
  fold: [
    ['\u0640', ''],
    ['[\u064B-\u065F\u0670]', ''],
    ['[أإآٱ]', 'ا'],
    ['ؤ', 'و'],
    ['ئ', 'ي'],
    ['ى', 'ي'],
    ['(?<=\\p{Script=Arabic})[\u200C\u200D]', ''],
    ['ی', 'ي'],
    ['ک', 'ك'],
    ['[ہە]', 'ه'],
  ],
  prefixes: ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'],
} satisfies WordRules;
