import type { WordRules } from '../languages.ts';
import joiners from './joiners.ts';

export default {
  ...joiners,
  // A noun's final -ು gives way to its case endings (ಬೆಂಗಳೂರು, ಬೆಂಗಳೂರಿನಲ್ಲಿ): off query words, the
  // rest is a prefix of every form.
  suffixes: ['ು'],
} satisfies WordRules;
