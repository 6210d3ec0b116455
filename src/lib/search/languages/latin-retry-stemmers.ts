// Stemmers retried on a Latin query word that no page has (`retryStemmers` in
// src/lib/search/languages.ts), by language tag. English pages are stemmed by Pagefind; a plural or
// other form of a word in these languages finds its pages through its stem when the form itself is
// on none.
export default {
  tr: 'turkish',
  az: 'turkish',
  sw: 'swahili',
  sr: 'serbian',
  hr: 'serbian',
  bs: 'serbian',
  es: 'spanish',
  pt: 'portuguese',
  // Galician inflects as Portuguese does (cidades, cidade; aprobou, aproba).
  gl: 'portuguese',
  it: 'italian',
  fr: 'french',
  de: 'german',
  nl: 'dutch',
  da: 'danish',
  sv: 'swedish',
  nb: 'norwegian',
  no: 'norwegian',
  fi: 'finnish',
  ro: 'romanian',
  hu: 'hungarian',
  lt: 'lithuanian',
  ga: 'irish',
  ca: 'catalan',
  eu: 'basque',
  so: 'somali',
  zu: 'nguni',
  xh: 'nguni',
  nr: 'nguni',
  ss: 'nguni',
  nd: 'nguni',
} satisfies Record<string, string>;
