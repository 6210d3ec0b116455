import type { WordRules } from '../languages.ts';

export default {
  fold: [
    ['ё', 'е'],
    ['Ё', 'Е'],
    // Ukrainian's apostrophe (об'єкт) is typed as ', ’ or the modifier letter ʼ; Pagefind drops the first two.
    ['(?<=\\p{Script=Cyrillic})\u02BC', ''],
  ],
  stemmer: 'russian',
} satisfies WordRules;
