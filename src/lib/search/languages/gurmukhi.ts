import type { WordRules } from '../languages.ts';

export default {
  // Written out, not spread from ./joiners.ts: the build test of the search bundles looks for each list.
  fold: [
    // The zero-width joiner and non-joiner only choose how letters are drawn (see ./joiners.ts).
    ['(?<=\\p{Script=Gurmukhi})[\u200C\u200D]', ''],
    // Tippi and bindi both nasalise; which one a vowel takes is a rule readers do not keep when typing.
    ['\u0A70', '\u0A02'],
    // The addak (doubling) is as often left out as written (ਵਿੱਚ, ਵਿਚ).
    ['\u0A71', ''],
    // The nukta (ਖ਼, ਜ਼, ਫ਼) is as often left out as written (ਖ਼ਰਚ, ਖਰਚ), as in Devanagari.
    ['\u0A3C', ''],
  ],
  // A masculine noun's -ਾ is -ੇ in its oblique and plural forms (ਲੁਧਿਆਣਾ, ਲੁਧਿਆਣੇ ਵਿੱਚ), and a plural's
  // oblique ends in -ਾਂ, -ਆਂ (ਟਰੈਕਟਰਾਂ): off query words, the rest is a prefix of every form.
  suffixes: ['ਆਂ', 'ਾਂ', 'ਾ', 'ੇ'],
} satisfies WordRules;
