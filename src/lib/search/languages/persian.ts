import type { WordRules } from '../languages.ts';

/**
 * Persian, Urdu, Pashto and Sorani Kurdish text spells yeh, kaf and heh with letters of their own, where a reader may
 * type the Arabic ones (جديد for جدید, لاهور for لاہور): a page in these languages is also
 * indexed with the Arabic letters, and with Arabic's rules applied to them (see analyseForIndex
 * in ../text-analysis.ts). Queries are analysed by the script's first entry, Arabic's
 * (./arabic.ts), so a Persian query word never loses its ending to an Arabic suffix rule
 * (ماشین stays whole). Do-chashmi heh (ھ) marks aspiration in Urdu (پھل "fruit", پہل
 * "initiative") and is kept.
 */
export default {
  fold: [
    // Pashto's and Sorani's own letters first, as the Arabic rules fold them, then to Arabic letters.
    ['ګ', 'گ'],
    ['ښ', 'ش'],
    ['ږ', 'ژ'],
    ['ټ', 'ت'],
    ['ډ', 'د'],
    ['[ړڕ]', 'ر'],
    ['ڼ', 'ن'],
    ['[ېۍێ]', 'ی'],
    ['ۆ', 'و'],
    ['ڵ', 'ل'],
    ['ی', 'ي'],
    ['ک', 'ك'],
    ['[ہە]', 'ه'],
  ],
} satisfies WordRules;
