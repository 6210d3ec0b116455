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
  ],
  // German readers without umlaut keys write ae, oe, ue (Muenchen); other languages' ä, ö and ü gain a harmless spelling.
  respell: [
    ['ä', 'ae'],
    ['ö', 'oe'],
    ['ü', 'ue'],
  ],
} satisfies WordRules;
