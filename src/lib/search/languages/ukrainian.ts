import type { WordRules } from '../languages.ts';

/**
 * Ukrainian writes і (ї) in a closed last syllable that is о or е (є) where an ending opens it
 * (Львів, Львові, Львова; Київ, Києві; міст, мосту). Text tagged Ukrainian is indexed also with
 * the other vowel: "Львів" also as львов, which a query for Львові or Львова starts once cut to its
 * stem, and "Львова" also as львіва, which a query for Львів starts. Queries are analysed by the
 * script's first entry (./cyrillic.ts), whose folds the index also applies to this text, and keep
 * their vowel: each word still finds itself, and a word that does not alternate (Берлін, Берліна)
 * keeps finding its forms. The rules are written out in full: the budget test finds each list in
 * the code fetched on demand.
 */
export default {
  respell: [
    // A closed last syllable: one or two consonants and a soft sign end the word.
    ['і(?=[бвгґджзклмнпрстфхцчшщ]{1,2}ь?$)', 'о'],
    ['ї(?=[бвгґджзклмнпрстфхцчшщ]{1,2}ь?$)', 'є'],
    // The same syllable opened by a case ending.
    ['[ео](?=[бвгґджзклмнпрстфхцчшщ]{1,2}ь?(?:а|я|у|ю|і|и|ом|ем|ою|ею|ові|еві|ам|ям|ами|ями|ах|ях)$)', 'і'],
    ['є(?=[бвгґджзклмнпрстфхцчшщ]{1,2}ь?(?:а|я|у|ю|і|и|ом|ем|ою|ею|ові|еві|ам|ям|ами|ями|ах|ях)$)', 'ї'],
  ],
} satisfies WordRules;
