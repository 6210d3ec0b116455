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
} satisfies WordRules;
