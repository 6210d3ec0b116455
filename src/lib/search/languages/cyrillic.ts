import type { WordRules } from '../languages.ts';

export default {
  fold: [
    ['ё', 'е'],
    ['Ё', 'Е'],
  ],
  stemmer: 'russian',
} satisfies WordRules;
