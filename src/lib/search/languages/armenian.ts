import type { WordRules } from '../languages.ts';

export default {
  // The ligature և is written եվ in capitals and in the reformed spelling (ԵՐԵՎԱՆ, Երեվան) and եւ in
  // the classical one (Երեւան): all three are one spelling. Armenian writes ւ after ե only in this pair.
  fold: [
    ['\u0587', 'եվ'],
    ['(?<=[Եե])ւ', 'վ'],
    ['(?<=Ե)Ւ', 'Վ'],
  ],
} satisfies WordRules;
