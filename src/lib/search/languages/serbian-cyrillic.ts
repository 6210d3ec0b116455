// The `serbian-cyrillic` retry stemmer (../stemmers.ts): a Cyrillic query word that no page has, cut
// by Serbian's stemmer and kept in Cyrillic letters. The Snowball stemmer reads either alphabet and
// writes its stem in Latin letters (крагујевцу → kragujevc), which would also find Latin words of
// other languages (a Cyrillic фабрике, cut to fabrik, found Uzbek and Turkish pages first): the stem
// is given back as the longest start of the word whose Latin spelling (SERBIAN_LATIN) it starts with
// (крагујевц), which Serbian Cyrillic text itself starts with. A stem that is no start of the word's
// Latin spelling (the stemmer rewrote an ending) leaves the word as it is.
import { stemmer as serbian } from '@orama/stemmers/serbian';
import { SERBIAN_LATIN } from './cyrillic.ts';

const LATIN = new Map(SERBIAN_LATIN);
/** Without accents, đ as d: the stemmer writes ђ as đ, SERBIAN_LATIN as d. */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');

/** The start of the Cyrillic `word` that Serbian's stemmer leaves, or the word when none is. */
export function stemmer(word: string): string {
  const stem = plain(serbian(word));
  const letters = [...word];
  let latin = '';
  let kept = 0;
  while (kept < letters.length) {
    const next = latin + plain(LATIN.get(letters[kept]!) ?? letters[kept]!);
    if (!stem.startsWith(next)) break;
    latin = next;
    kept++;
  }
  // The stem may end inside a letter that Latin writes with two (љ as lj): that letter goes too.
  return kept > 0 && stem.length - latin.length <= 1 ? letters.slice(0, kept).join('') : word;
}
