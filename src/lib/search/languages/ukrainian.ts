import type { WordRules } from '../languages.ts';
import cyrillic from './cyrillic.ts';

/**
 * Ukrainian writes і (ї) in a closed last syllable that is о or е (є) where an ending opens it
 * (Львів, Львові, Львова; Київ, Києві; міст, мосту). Text tagged Ukrainian is indexed also with
 * the other vowel: "Львів" also as львов, which a query for Львові or Львова starts once cut to its
 * stem, and "Львова" also as львіва, which a query for Львів starts. Queries are analysed by the
 * script's first entry (./cyrillic.ts) and keep their vowel, so each word still finds itself and
 * a word that does not alternate (Берлін, Берліна) keeps finding its forms.
 */
const CONSONANTS = '[бвгґджзклмнпрстфхцчшщ]{1,2}ь?';
/** The case endings after such a stem. */
const ENDING = '(?:а|я|у|ю|і|и|ом|ем|ою|ею|ові|еві|ам|ям|ами|ями|ах|ях)';

export default {
  ...cyrillic,
  respell: [
    ...cyrillic.respell,
    [`і(?=${CONSONANTS}$)`, 'о'],
    [`ї(?=${CONSONANTS}$)`, 'є'],
    [`[ео](?=${CONSONANTS}${ENDING}$)`, 'і'],
    [`є(?=${CONSONANTS}${ENDING}$)`, 'ї'],
  ],
} satisfies WordRules;
