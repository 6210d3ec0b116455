// The `bulgarian` and `macedonian` retry stemmers (../stemmers.ts): a Bulgarian or Macedonian query word
// that no page has, without the definite article both write joined to the end of a noun or adjective
// (Bulgarian складът, пекарната, новият; Macedonian градот, куќата, вината), whose rest the text's other
// forms start with. The Russian stemmer that cuts Cyrillic query words knows none of them. Snowball's
// Bulgarian stemmer (@orama/stemmers/bulgarian) throws on some words, so these are the grammar's
// endings, longest first.
const BULGARIAN = ['ият', 'ите', 'ът', 'ят', 'та', 'то', 'те', 'ия'];
const MACEDONIAN = ['от', 'та', 'то', 'те', 'ов', 'он'];

/** The word without the longest of `endings` it has, when three letters or more remain. */
const without = (endings: string[]) => (word: string) => {
  const ending = endings.find((e) => word.endsWith(e) && [...word].length - e.length >= 3);
  return ending ? word.slice(0, -ending.length) : word;
};

export const bulgarian = without(BULGARIAN);
export const macedonian = without(MACEDONIAN);
