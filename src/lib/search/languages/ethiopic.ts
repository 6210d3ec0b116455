import type { WordRules } from '../languages.ts';

/**
 * Ethiopic letters are syllables in series of seven vowel orders. Amharic spells the sounds
 * h, s, ʾ and ts with letters from more than one series (ሐዋሳ, ሀዋሳ), which readers use
 * interchangeably: each order of the second series folds to the same order of the first.
 */
const SAME_SOUND: [from: number, to: number][] = [
  [0x1210, 0x1200], // ሐ → ሀ
  [0x1280, 0x1200], // ኀ → ሀ
  [0x1220, 0x1230], // ሠ → ሰ
  [0x12d0, 0x12a0], // ዐ → አ
  [0x1340, 0x1338], // ፀ → ጸ
];

export default {
  fold: SAME_SOUND.flatMap(([from, to]) =>
    Array.from({ length: 7 }, (_, order): [string, string] => [String.fromCodePoint(from + order), String.fromCodePoint(to + order)]),
  ),
  // Prepositions and the genitive written joined to the next word (በሐዋሳ "in Hawassa", የቡና "of coffee").
  prefixes: ['በ', 'የ', 'ለ', 'ከ'],
  minStem: 2,
} satisfies WordRules;
