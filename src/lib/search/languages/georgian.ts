import type { WordRules } from '../languages.ts';

/**
 * Georgian puts case endings and postpositions after the stem, and a noun's nominative -ი,
 * and the final -ა or -ო of some stems, give way to them (თბილისი, თბილისში, თბილისის; ღვინო,
 * ღვინის): off query words, the rest is a prefix of every form. Mkhedruli has no case;
 * Mtavruli capitals lower-case to it.
 */
export default {
  suffixes: ['ებში', 'ებზე', 'ების', 'ებით', 'ებმა', 'ებს', 'ები', 'დან', 'თან', 'ში', 'ზე', 'ის', 'ით', 'ად', 'მა', 'ს', 'ი', 'ა', 'ო'],
} satisfies WordRules;
