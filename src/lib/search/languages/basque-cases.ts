// The `basque` retry stemmer (../stemmers.ts): a Basque query word that no page has, without the
// article and case ending Basque joins to the last word of a noun phrase (ontziolak, ontziolarekin →
// ontziola; Donostiako, Donostian → Donostia), which the text's other forms start with. No Snowball
// stemmer exists for Basque in @orama/stemmers; these are the grammar's commonest endings, longest
// first.
const ENDINGS = ['rekin', 'aren', 'tik', 'ean', 'ari', 'ak', 'ek', 'en', 'ko', 'an', 'ra', 'a'];

/** The word without its longest such ending, when four letters or more remain. */
export function stemmer(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && [...word].length - e.length >= 4);
  return ending ? word.slice(0, -ending.length) : word;
}
