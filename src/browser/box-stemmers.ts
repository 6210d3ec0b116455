// The stemmers the header box cuts query words with (src/browser/quick-search-client.ts), in a
// module of its own that the box fetches only for a query with a word one of them cuts: a first
// search in any other script carries none of this code.
import { hasStemmer, registerStemmer, stem } from '../lib/search/stem-registry.ts';

/**
 * Named as the word rules name them. Not Greek's: at 6.2 KB gzip it alone would take a Greek
 * query's first search over the box's 20 KB budget (/search/ stems Greek). A list of its own, not
 * src/lib/search/stemmers.ts's, whose loaders for every language would come along.
 */
const BOX_STEMMERS: Record<string, () => Promise<{ stemmer: (word: string) => string }>> = {
  russian: () => import('@orama/stemmers/russian'),
  ukrainian: () => import('@orama/stemmers/ukrainian'),
  hindi: () => import('@orama/stemmers/indian'),
};

/** The names of the stemmers above. */
export const boxStemmerNames = (): string[] => Object.keys(BOX_STEMMERS);

/** Fetches the box's stemmers among `names`; gives the function that cuts a word by one of them (others leave it whole). */
export async function loadBoxStemmers(names: Iterable<string>): Promise<(name: string, word: string) => string> {
  await Promise.all(
    [...names]
      .filter((name) => Object.hasOwn(BOX_STEMMERS, name) && !hasStemmer(name))
      .map(async (name) => registerStemmer(name, (await BOX_STEMMERS[name]!()).stemmer)),
  );
  return (name, word) => (Object.hasOwn(BOX_STEMMERS, name) ? stem(name, word) : word);
}
