import type { WordRules } from '../languages.ts';

export default {
  fold: [
    ['ё', 'е'],
    ['Ё', 'Е'],
    // Ukrainian's apostrophe (об'єкт) is typed as ', ’ or the modifier letter ʼ, or left out; Pagefind
    // drops the first two. Inside a word the header box drops all three, so обєкт finds об’єкт (\x27 is ',
    // written so that the budget test finds this rule in the built code: it reads quotes as nothing).
    ['(?<=\\p{Script=Cyrillic})\u02BC', ''],
    ['(?<=\\p{Script=Cyrillic})[\\x27\u2019](?=\\p{Script=Cyrillic})', ''],
  ],
  stemmer: 'russian',
  // Letters Russian does not write: the word is Ukrainian (Херсоні → Херсон).
  stemmerFor: [['[іїєґІЇЄҐ]', 'ukrainian']],
} satisfies WordRules;
