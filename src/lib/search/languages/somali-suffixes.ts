// The `somali` retry stemmer (../stemmers.ts): a Somali query word that no page has, without its
// definite article or plural ending (warshadaha, warshado → warshad; maalgashiga → maalgashi), whose
// stem the text's other forms start with. No Snowball stemmer exists for Somali; these endings are
// the grammar's, longest first.
const ENDINGS = ['ooyinka', 'ooyinta', 'ooyin', 'yaasha', 'yaal', 'yada', 'aha', 'ada', 'sha', 'ka', 'ga', 'ha', 'ta', 'da', 'yo', 'o'];

/** The word without its longest ending, when four letters or more remain. */
export function stemmer(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && [...word].length - e.length >= 4);
  return ending ? word.slice(0, -ending.length) : word;
}
