// The `mongolian` retry stemmer (../stemmers.ts): a Mongolian query word that no page has, without a
// case ending that Russian words end in too, which therefore does not come off every Cyrillic query
// word (./cyrillic.ts takes off those Russian never writes: -ийн, -аас, -тэй…): the comitative
// -тай, -той, the dative-locative -д, -т (Дарханд, Сүхбаатарт), the reflexive possessive -аа,
// -ээ, the genitive -ий, -н, the accusative -г. The rest the text's other forms start with.
const ENDINGS = ['тай', 'той', 'ад', 'эд', 'од', 'өд', 'аа', 'ээ', 'оо', 'өө', 'ий', 'д', 'т', 'г', 'н'];

/** The word without its longest such ending, when four letters or more remain. */
export function stemmer(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && [...word].length - e.length >= 4);
  return ending ? word.slice(0, -ending.length) : word;
}
