import type { WordRules } from '../languages.ts';

export default {
  // The ligature և is typed as the two letters եւ as often as not.
  fold: [['\u0587', 'եւ']],
} satisfies WordRules;
