/**
 * Stemmers named by the word rules of src/lib/search/languages.ts, applied to query
 * words: each cuts a word to a stem that the word's other forms start with, and Pagefind
 * matches query words as prefixes, so "электромобиль" finds "электромобили" and
 * "δορυφόρων" finds "δορυφόρους". Each is fetched only when a query is in its script
 * (one stemmer outweighs the rest of the search page's code): loadStemmer first.
 */
const STEMMERS: Record<string, () => Promise<{ stemmer: (word: string) => string }>> = {
  russian: () => import('@orama/stemmers/russian'),
  ukrainian: () => import('@orama/stemmers/ukrainian'),
  greek: () => import('@orama/stemmers/greek'),
  hindi: () => import('@orama/stemmers/indian'),
};

const loaded = new Map<string, (word: string) => string>();

/** Fetches the stemmer `name`; resolves at once when it is here. */
export async function loadStemmer(name: string): Promise<void> {
  if (loaded.has(name)) return;
  const load = STEMMERS[name];
  if (!load) throw new Error(`No stemmer is named "${name}" (see src/lib/search/stemmers.ts).`);
  const { stemmer } = await load();
  // Short words are left whole, and so is a word whose stem would be two letters: such a
  // stem matches too much (Hindi करेगी → कर).
  loaded.set(name, (word) => {
    if ([...word].length < 5) return word;
    const stemmed = stemmer(word);
    return [...stemmed].length >= 3 ? stemmed : word;
  });
}

/** The stem of `word` by the stemmer `name`, which must be loaded. */
export function stem(name: string, word: string): string {
  const stemmer = loaded.get(name);
  if (!stemmer) throw new Error(`The ${name} stemmer is not loaded: await loadStemmer("${name}") before analysing a query.`);
  return stemmer(word);
}
