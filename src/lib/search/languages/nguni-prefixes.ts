// The `nguni` retry stemmer (../stemmers.ts): a Zulu, Xhosa, Ndebele or Swati query word that no page
// has, without its longest prefix (umsebenzi → sebenzi), which the index holds that text's words
// without too (abasebenzi → sebenzi; the Nguni entry in ../languages.ts).
import { NGUNI_PREFIXES, SWAHILI_LEAST_STEM } from './latin.ts';

/** The word without its longest prefix, when enough of it remains. */
export function stemmer(word: string): string {
  const prefix = NGUNI_PREFIXES.find((p) => word.startsWith(p) && [...word].length - p.length >= SWAHILI_LEAST_STEM);
  return prefix ? word.slice(prefix.length) : word;
}
