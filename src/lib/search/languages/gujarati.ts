import type { WordRules } from '../languages.ts';
import joiners from './joiners.ts';

export default {
  ...joiners,
  // A noun's final vowel sign changes with number and case (કારખાનું, કારખાના; હીરો, હીરા), and the
  // plural adds -ો after a consonant and -ઓ after a vowel, with its case endings after it (મશીનો,
  // મશીનોમાં; શાળાઓ, શાળાઓને): off query words, the rest is a prefix of every form.
  suffixes: ['ઓમાં', 'ઓનું', 'ઓને', 'ઓની', 'ઓના', 'ઓએ', 'ોમાં', 'ોનું', 'ોને', 'ોની', 'ોના', 'ોએ', 'ાઓ', 'ઓ', 'ાં', 'ું', 'ો', 'ા', 'ે'],
} satisfies WordRules;
