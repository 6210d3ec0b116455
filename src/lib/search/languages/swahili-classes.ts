// The `swahili` retry stemmer (../stemmers.ts): a Swahili query word that no page has, without its
// noun-class prefix (viwanda → wanda), which the index holds Swahili text's words without too
// (kiwanda → wanda; the Swahili entry in ../languages.ts).
import { SWAHILI_CLASS_PREFIXES, SWAHILI_LEAST_STEM } from './latin.ts';

/** The word without its class prefix, when enough of it remains. */
export function stemmer(word: string): string {
  const prefix = SWAHILI_CLASS_PREFIXES.find((p) => word.startsWith(p) && [...word].length - p.length >= SWAHILI_LEAST_STEM);
  return prefix ? word.slice(prefix.length) : word;
}
