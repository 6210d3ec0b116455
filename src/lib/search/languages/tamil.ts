import type { WordRules } from '../languages.ts';
import joiners from './joiners.ts';

export default {
  ...joiners,
  // A case ending replaces a noun's final virama or ம் (திருப்பூர், திருப்பூரில்; முனையம்,
  // முனையத்தை): off query words, the rest is a prefix of every form. (The Snowball Tamil
  // stemmer in @orama/stemmers cuts கப்பல் to one letter, so none is used.)
  suffixes: ['ம்', '்'],
} satisfies WordRules;
