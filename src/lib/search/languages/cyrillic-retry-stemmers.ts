// The stemmers a Cyrillic query word that no page has is retried with, by the language of the
// site's briefs (`retryStemmers` in ../languages.ts). Serbian's stemmer reads either alphabet and
// writes a Latin stem; `serbian-cyrillic` gives it back in the word's Cyrillic letters, so that it
// finds Serbian Cyrillic text and not Latin words of other languages (./serbian-cyrillic.ts).
// Bulgarian and Macedonian lose their definite articles (./south-slavic-articles.ts), Mongolian the
// case endings that Russian words end in too (./mongolian-cases.ts).
export default {
  sr: 'serbian-cyrillic',
  bg: 'bulgarian',
  mk: 'macedonian',
  mn: 'mongolian',
};
