// The `catalan` retry stemmer (../stemmers.ts): a Catalan query word that no page has, cut to the
// stem its singular starts with. Catalan plurals add -s or -es and respell the stem's last consonant
// before e (fàbrica, fàbriques; botiga, botigues; plaça, places), which no Snowball stemmer of a
// neighbour undoes (Spanish's cuts fàbriques to fàbriqu). There is no Catalan stemmer in
// @orama/stemmers.

/** fàbriques → fàbric, bateries → bateri, empreses → empres, startups → startup. */
export function stemmer(word: string): string {
  if ([...word].length < 5) return word;
  if (word.endsWith('ques')) return word.slice(0, -4) + 'c';
  if (word.endsWith('gues')) return word.slice(0, -4) + 'g';
  if (word.endsWith('ces')) return word.slice(0, -3) + 'ç';
  if (word.endsWith('es')) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
