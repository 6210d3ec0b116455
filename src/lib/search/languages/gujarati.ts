import type { WordRules } from '../languages.ts';
import joiners from './joiners.ts';

export default {
  ...joiners,
  // A noun's final vowel sign changes with number and case (કારખાનું, કારખાના; હીરો, હીરા): off query
  // words, the rest is a prefix of every form.
  suffixes: ['ાં', 'ું', 'ો', 'ા', 'ે'],
} satisfies WordRules;
