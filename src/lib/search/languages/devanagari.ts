import type { WordRules } from '../languages.ts';

export default {
  // Readers write a nasal before a stop as anusvara or as a half letter (अनंत, अनन्त), and drop the
  // nukta. Before य, र, ल, व, the sibilants and ह a half nasal is a letter of its own (अन्य, कन्या), and
  // kept: a name's stem starts its case forms as written (ठाणे, ठाण; ठाण्यात).
  fold: [
    ['[ङञणनम]\u094D(?=[\u0915-\u092E])', '\u0902'],
    ['\u0901', '\u0902'],
    ['\u093C', ''],
    // After a vowel, Hindi writes the glide either way (रुपये, रुपए; गयी, गई).
    ['(?<=[\u0905-\u0939\u093E-\u094C])\u092F\u0947', '\u090F'],
    ['(?<=[\u0905-\u0939\u093E-\u094C])\u092F\u0940', '\u0908'],
    // Joiners only choose how a conjunct is drawn.
    ['(?<=\\p{Script=Devanagari})[\u200C\u200D]', ''],
  ],
  // Nepali's plural -हरू (also written -हरु), with the case endings after it, off query words
  // (कारखानाहरू, कारखाना); Hindi has no such ending.
  suffixes: ['हरूलाई', 'हरूबाट', 'हरूको', 'हरूमा', 'हरूले', 'हरू', 'हरु'],
  // The light Hindi stemmer (the one Lucene's Hindi analyser uses): कारखाने → कारख, as कारखाना.
  stemmer: 'hindi',
} satisfies WordRules;
