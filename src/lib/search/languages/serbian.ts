import type { WordRules } from '../languages.ts';
import cyrillic from './cyrillic.ts';

// Serbian is written in both alphabets, and readers type either: Serbian Cyrillic text is also indexed
// in the Latin alphabet (Крагујевац as kragujevac). ђ is written d, as a Latin query's đ is folded.
export default {
  ...cyrillic,
  respell: [
    ['љ', 'lj'],
    ['њ', 'nj'],
    ['џ', 'dž'],
    ['ђ', 'd'],
    ['ћ', 'ć'],
    ['ч', 'č'],
    ['ш', 'š'],
    ['ж', 'ž'],
    ['ј', 'j'],
    ['а', 'a'],
    ['б', 'b'],
    ['в', 'v'],
    ['г', 'g'],
    ['д', 'd'],
    ['е', 'e'],
    ['з', 'z'],
    ['и', 'i'],
    ['к', 'k'],
    ['л', 'l'],
    ['м', 'm'],
    ['н', 'n'],
    ['о', 'o'],
    ['п', 'p'],
    ['р', 'r'],
    ['с', 's'],
    ['т', 't'],
    ['у', 'u'],
    ['ф', 'f'],
    ['х', 'h'],
    ['ц', 'c'],
  ],
} satisfies WordRules;
