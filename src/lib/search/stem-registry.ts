// The stemmers fetched so far, by name, each held to the same bounds whoever fetched it: /search/
// from the full list (./stemmers.ts), the header box from its few (src/browser/quick-search-client.ts),
// which keeps the list's loaders out of the box's first search.

/** The virama of the Brahmic scripts, which joins a consonant to the next. */
const VIRAMA = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D\u0DCA]/u;

const loaded = new Map<string, (word: string) => string>();

/** Whether the stemmer `name` is here. */
export function hasStemmer(name: string): boolean {
  return loaded.has(name);
}

/** Holds a fetched stemmer under `name`, within the bounds below. */
export function registerStemmer(name: string, stemmer: (word: string) => string): void {
  // Words of three letters are left whole, and a word of four loses one letter at most (Russian
  // щита → щит). A stem of fewer than three letters matches too much (Hindi करेगी → कर): a longer
  // word keeps its own next letters up to three instead (करे, which करेगा and करेंगे start with;
  // दवाइयां → दवा), and one more after a virama, which joins the letter to the next (क्ष).
  loaded.set(name, (word) => {
    const letters = [...word];
    if (letters.length < 4) return word;
    const stemmed = stemmer(word);
    if ([...stemmed].length >= 3) return stemmed;
    if (letters.length < 5 || !word.startsWith(stemmed)) return word;
    let n = 3;
    while (n < letters.length && VIRAMA.test(letters[n - 1]!)) n++;
    return letters.slice(0, n).join('');
  });
}

/** The stem of `word` by the stemmer `name`, which must be loaded. */
export function stem(name: string, word: string): string {
  const stemmer = loaded.get(name);
  if (!stemmer)
    throw new Error(
      `The ${name} stemmer is not loaded: fetch it (loadStemmer, or the header box's loadBoxStemmers) before analysing a query.`,
    );
  return stemmer(word);
}
