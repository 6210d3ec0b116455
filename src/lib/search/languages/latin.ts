import type { WordRules } from '../languages.ts';

// Accents go in Pagefind's folding; these letters are not accented forms, so it keeps them.
export default {
  fold: [
    ['đ', 'd'],
    ['Đ', 'd'],
    ['ł', 'l'],
    ['Ł', 'l'],
    ['ø', 'o'],
    ['Ø', 'o'],
    ['ß', 'ss'],
    ['ẞ', 'ss'],
    ['ı', 'i'],
    ['æ', 'ae'],
    ['Æ', 'ae'],
    ['œ', 'oe'],
    ['Œ', 'oe'],
    // Azerbaijani schwa, typed as e without its key (Gəncə, Gence).
    ['ə', 'e'],
    ['Ə', 'e'],
    // Maltese ħ, typed as h (Ħamrun, Hamrun).
    ['ħ', 'h'],
    ['Ħ', 'h'],
    // Icelandic þ and ð as other languages spell them (Þorlákshöfn, Thorlakshofn).
    ['þ', 'th'],
    ['Þ', 'th'],
    ['ð', 'd'],
    ['Ð', 'd'],
    // The hooked letters of Hausa (and Fula) and the open vowels and eng of West African alphabets,
    // typed as the plain letters (ɗauki, dauki; ƙarama, karama; ŋ as ng, as Latin's other alphabets write it).
    ['ɓ', 'b'],
    ['Ɓ', 'b'],
    ['ɗ', 'd'],
    ['Ɗ', 'd'],
    ['ƙ', 'k'],
    ['Ƙ', 'k'],
    ['ƴ', 'y'],
    ['Ƴ', 'y'],
    ['ɛ', 'e'],
    ['Ɛ', 'e'],
    ['ɔ', 'o'],
    ['Ɔ', 'o'],
    ['ŋ', 'ng'],
    ['Ŋ', 'ng'],
    // The modifier letters of Uzbek oʻ and gʻ and of taʼlim, and the Hawaiian ʻokina, typed as ' or ‘ (which
    // Pagefind drops) or left out: O'zbekiston and Ozbekiston find Oʻzbekiston. (Ukrainian's ʼ goes too, as
    // the Cyrillic rules drop it.) Without context: the header box folds a run of non-ASCII characters alone.
    ['[\u02BB\u02BC]', ''],
  ],
  // Readers without these keys write them as two letters: German ae, oe, ue (Muenchen), Danish and
  // Norwegian oe, aa (Koebenhavn, Aalesund); other languages' words with them gain a harmless spelling.
  respell: [
    ['ä', 'ae'],
    ['ö', 'oe'],
    ['ü', 'ue'],
    ['ø', 'oe'],
    ['å', 'aa'],
  ],
  elision: "'\u2018\u2019",
} satisfies WordRules;

/**
 * Swahili's noun-class prefixes, longest first, and the fewest letters a word keeps without one:
 * the Swahili entry of ../languages.ts indexes its text's words also without them, and the
 * `swahili` retry stemmer (./swahili-classes.ts) takes one off a query word. Here, in the module a
 * Latin query fetches anyway, so that the entry costs no fetch of its own.
 */
export const SWAHILI_CLASS_PREFIXES = ['mw', 'wa', 'ki', 'ch', 'vi', 'vy', 'ma', 'mi', 'ji', 'm'];
export const SWAHILI_LEAST_STEM = 4;

/**
 * Zulu's (and Xhosa's, Ndebele's, Swati's) prefixes joined to a word, longest first: noun classes
 * (umu-, aba-, izi-, ama-…), the locative e- and o-, and the possessive and other concords (ya-, lwe-,
 * kwa-…). Taken off one at a time, then the longest again (lwezigidi → zigidi → gidi), as Swahili's.
 */
export const NGUNI_PREFIXES = [
  'izin',
  'izim',
  'abe',
  'aba',
  'ama',
  'isi',
  'izi',
  'imi',
  'ulu',
  'ubu',
  'uku',
  'umu',
  'lwe',
  'lwa',
  'kwe',
  'kwa',
  'nge',
  'nga',
  'ngo',
  'zi',
  'si',
  'um',
  'im',
  'in',
  'li',
  'wa',
  'ya',
  'la',
  'za',
  'ba',
  'ka',
  'we',
  'ye',
  'le',
  'ze',
  'be',
  'e',
  'i',
  'u',
  'o',
  'a',
];

/**
 * Welsh initial mutations: a word's first letters change after some words (Casnewydd, yng
 * Nghasnewydd; Bethesda, ym Methesda; gweithdy, ei weithdy; pentref, ei phentref). The Welsh entry of
 * ../languages.ts indexes its text's words also with the first letters of the word a dictionary
 * lists (the radical), as a query types it: [pattern, replacement], each an `alternate` form. A
 * mutated letter may come from more than one radical (f from b or m), and a radical word that looks
 * mutated gains a form no query types. Words of four letters or more: the short function words
 * (mae, ei, yn) would become other words. Here, in the module a Latin query fetches anyway.
 */
export const WELSH_MUTATIONS: [pattern: string, replacement: string][] = [
  // Nasal: ngh, mh, nh, ng, m, n for c, p, t, g, b, d.
  ['^ngh(?=\\p{L}{2})', 'c'],
  ['^mh(?=\\p{L}{2})', 'p'],
  ['^nh(?=\\p{L}{2})', 't'],
  ['^ng(?!h)(?=\\p{L}{2})', 'g'],
  ['^m(?!h)(?=\\p{L}{3})', 'b'],
  ['^n(?![gh])(?=\\p{L}{3})', 'd'],
  // Aspirate: ch, ph, th for c, p, t.
  ['^ch(?=\\p{L}{2})', 'c'],
  ['^ph(?=\\p{L}{2})', 'p'],
  ['^th(?=\\p{L}{2})', 't'],
  // Soft: g, b, d, f, dd, l, r for c, p, t, b or m, d, ll, rh, and g dropped.
  ['^g(?!h)(?=\\p{L}{3})', 'c'],
  ['^b(?=\\p{L}{3})', 'p'],
  ['^d(?!d)(?=\\p{L}{3})', 't'],
  ['^f(?!f)(?=\\p{L}{3})', 'b'],
  ['^f(?!f)(?=\\p{L}{3})', 'm'],
  ['^dd(?=\\p{L}{2})', 'd'],
  ['^l(?!l)(?=\\p{L}{3})', 'll'],
  ['^r(?!h)(?=\\p{L}{3})', 'rh'],
  ['^(?=[aeiouwylr]\\p{L}{3})', 'g'],
];
