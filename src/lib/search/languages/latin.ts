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
    // typed as the plain letters (buɗe, bude; ƙasa, kasa; ŋ as ng, as Latin's other alphabets write it).
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
