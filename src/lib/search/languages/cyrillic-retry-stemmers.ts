// The stemmers a Cyrillic query word that no page has is retried with, by the language of the
// site's briefs (`retryStemmers` in ../languages.ts). Serbian's stemmer reads either alphabet and
// gives a Latin stem, which the Latin spelling of Serbian Cyrillic text (SERBIAN_LATIN in ./cyrillic.ts) starts with.
export default {
  sr: 'serbian',
};
