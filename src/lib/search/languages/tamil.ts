import type { WordRules } from '../languages.ts';
import joiners from './joiners.ts';

export default {
  ...joiners,
  // A case ending replaces a noun's final virama, ம் or -ு (திருப்பூர், திருப்பூரில்; முனையம்,
  // முனையத்தை; வீடு, வீட்டில்), as Kannada's -ು, and the plural -கள் (-க்கள் after a doubled
  // consonant) is one more ending (கப்பல்கள், கப்பல்): off query words, the rest is a prefix of
  // every form. (The Snowball Tamil stemmer in @orama/stemmers cuts கப்பல் to one letter, so
  // none is used.)
  suffixes: ['க்கள்', 'கள்', 'ம்', '்', 'ு'],
} satisfies WordRules;
